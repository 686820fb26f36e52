import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '@/lib/dates';
import { useUnits } from '../api/list-units';

/** Pick a unit by typing part of its name (diacritics optional: "ca mau" finds "Cà Mau"). */
export function UnitSelect({ value, onChange, asOf, id, ariaLabel }: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  asOf?: string;
  id?: string;
  ariaLabel?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [label, setLabel] = useState<string>();
  const found = useUnits({ asOf: asOf ?? todayInVietnam(), q: q.trim() || undefined });
  const options = (found.data?.items ?? []).map((u) => ({ value: u.id!, label: u.name! }));
  if (value && label && !options.some((o) => o.value === value)) options.unshift({ value, label });
  return (
    <Select id={id} aria-label={ariaLabel ?? t('activities.unit')} showSearch allowClear value={value} filterOption={false}
      placeholder={t('units.searchPlaceholder')} options={options} onSearch={setQ} loading={found.isFetching}
      style={{ minWidth: 260 }} notFoundContent={found.isFetching ? t('app.loading') : t('app.empty')}
      onChange={(v, option) => {
        setLabel(Array.isArray(option) ? undefined : option?.label);
        onChange?.(v);
      }} />
  );
}
