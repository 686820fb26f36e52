import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '@/lib/dates';
import { useUnit } from '@/api/units/get-unit';
import { useUnits } from '@/api/units/list-units';

/** Pick a unit by typing part of its name (diacritics optional: "ca mau" finds "Cà Mau"). */
export function UnitSelect({
  value,
  onChange,
  asOf,
  id,
  ariaLabel,
}: {
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
  // a unit chosen earlier (or given in the URL) keeps showing its name, not its id
  const selected = useUnit(value && !label && !options.some((o) => o.value === value) ? value : undefined);
  const selectedLabel = label ?? selected.data?.name;
  if (value && selectedLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: selectedLabel });
  return (
    <Select
      id={id}
      aria-label={ariaLabel ?? t('activities.unit')}
      showSearch
      allowClear
      value={value}
      filterOption={false}
      placeholder={t('units.searchPlaceholder')}
      options={options}
      onSearch={setQ}
      loading={found.isFetching}
      style={{ minWidth: 260 }}
      notFoundContent={found.isFetching ? t('app.loading') : t('app.empty')}
      onChange={(v, option) => {
        setLabel(Array.isArray(option) ? undefined : option?.label);
        onChange?.(v);
      }}
    />
  );
}
