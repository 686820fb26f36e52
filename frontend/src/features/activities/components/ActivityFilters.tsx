import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PeriodInput } from '@/components/PeriodInput';
import { UnitSelect } from '@/components/UnitSelect';
import { useProgrammes } from '@/api/programmes/list-programmes';
import { useActivityTypes } from '../api/list-activity-types';
import type { ActivityQuery } from '../api/list-activities';

/** Unit (with its subtree), period, type, programme, status and words; every change updates the query. */
export function ActivityFilters({ value, onChange }: { value: ActivityQuery; onChange: (q: ActivityQuery) => void }) {
  const { t, i18n } = useTranslation();
  const types = useActivityTypes();
  const programmes = useProgrammes();
  const set = (patch: Partial<ActivityQuery>) => onChange({ ...value, ...patch, page: 0 });
  return (
    <div className="toolbar" role="search">
      <label>
        <div>{t('activities.unit')}</div>
        <UnitSelect value={value.unitId} onChange={(unitId) => set({ unitId })} />
      </label>
      <label>
        <div>{t('activities.period')}</div>
        <PeriodInput
          ariaLabel={t('activities.period')}
          value={value.period}
          allowEmpty
          placeholder={t('periods.any')}
          onChange={(period) => set({ period })}
        />
      </label>
      <label>
        <div>{t('activities.type')}</div>
        <Select
          aria-label={t('activities.type')}
          allowClear
          value={value.type}
          style={{ minWidth: 200 }}
          options={(types.data ?? []).map((x) => ({ value: x.code!, label: i18n.language === 'en' ? (x.nameEn ?? x.name) : x.name }))}
          onChange={(type) => set({ type })}
        />
      </label>
      <label>
        <div>{t('activities.programme')}</div>
        <Select
          aria-label={t('activities.programme')}
          allowClear
          value={value.programme}
          style={{ minWidth: 200 }}
          showSearch
          optionFilterProp="label"
          options={(programmes.data?.items ?? []).map((p) => ({ value: p.code!, label: p.code + ' — ' + p.name }))}
          onChange={(programme) => set({ programme })}
        />
      </label>
      <label>
        <div>{t('activities.status')}</div>
        <Select
          aria-label={t('activities.status')}
          allowClear
          value={value.status}
          style={{ minWidth: 140 }}
          options={(['PLANNED', 'DONE', 'CANCELLED'] as const).map((s) => ({ value: s, label: t(`activities.statuses.${s}`) }))}
          onChange={(status) => set({ status })}
        />
      </label>
      <label>
        <div>{t('activities.search')}</div>
        <Input.Search
          aria-label={t('activities.search')}
          allowClear
          defaultValue={value.q}
          placeholder="truyen thong tre em"
          onSearch={(q) => set({ q: q.trim() || undefined })}
        />
      </label>
    </div>
  );
}
