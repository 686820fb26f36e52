import { Timeline } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '@/api/schema';
import { formatDateVi } from '@/lib/dates';

type Lineage = components['schemas']['UnitLineage'];
type Step = components['schemas']['LineageStep'];

/** "Hội LHPN tỉnh Bạc Liêu → sáp nhập vào Hội LHPN tỉnh Cà Mau từ 01/07/2025", and split communes with their parts. */
export function LineageTimeline({ lineage }: { lineage: Lineage }) {
  const { t } = useTranslation();
  const share = (s: Step) => (s.share === 'PART' ? (s.weight ? `${Math.round(s.weight * 100)}%` : t('units.shareUnknown')) : '100%');
  const values = (s: Step) => ({
    name: lineage.unit?.name,
    other: s.unit?.name,
    share: share(s),
    date: formatDateVi(s.reorganization?.effectiveDate ?? s.validFrom ?? ''),
  });
  const components = (s: Step) => ({ unit: <strong />, other: <Link to={`/units/${s.unit?.id}`} /> });
  const items = [
    ...(lineage.predecessors ?? []).map((s) => ({
      key: 'p' + s.unit?.id,
      children: <Trans i18nKey="units.cameFrom" values={values(s)} components={components(s)} />,
    })),
    ...(lineage.successors ?? []).map((s) => ({
      key: 's' + s.unit?.id,
      color: 'red',
      children: (
        <Trans
          i18nKey={s.share === 'PART' ? 'units.splitInto' : s.reorganization?.type === 'MERGE' ? 'units.mergedInto' : 'units.became'}
          values={values(s)}
          components={components(s)}
        />
      ),
    })),
  ];
  if (items.length === 0) return <p className="muted">{t('units.noLineage')}</p>;
  return <Timeline items={items} />;
}
