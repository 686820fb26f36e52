import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '@/components/UnitSelect';

/** The unit and year every figure grid starts from. */
export function UnitYearFields({
  unitId,
  year,
  onChange,
}: {
  unitId?: string;
  year: number;
  onChange: (patch: { unitId?: string; year?: string }) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        <div>{t('activities.unit')}</div>
        <UnitSelect value={unitId} onChange={(v) => onChange({ unitId: v })} />
      </label>
      <label>
        <div>{t('entry.year')}</div>
        <Input
          aria-label={t('entry.year')}
          type="number"
          defaultValue={year}
          style={{ width: 120 }}
          onBlur={(e) => onChange({ year: e.target.value })}
          onPressEnter={(e) => onChange({ year: e.currentTarget.value })}
        />
      </label>
    </>
  );
}
