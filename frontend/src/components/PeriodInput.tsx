import { AutoComplete, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '@/lib/dates';
import { formatPeriod, parsePeriod, plain, suggestedPeriods } from '@/lib/periods';

/**
 * A period, shown and typed in words ("Tháng 11/2026", "Quý III/2026", "9 tháng 2026"), with the recent periods
 * offered as one types; what is typed is read by {@link parsePeriod} and handed on as the API's code. Text that
 * reads as no period is kept in the field and said so next to it, never sent.
 */
export function PeriodInput({
  value,
  onChange,
  ariaLabel,
  placeholder,
  allowEmpty = false,
}: {
  value?: string;
  onChange: (code: string | undefined) => void;
  ariaLabel: string;
  placeholder?: string;
  allowEmpty?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const shown = value ? formatPeriod(value, lng) : '';
  // What is being typed; undefined shows the value in words (and follows it when the URL or the language changes).
  const [draft, setDraft] = useState<string>();
  const [wrong, setWrong] = useState<string>();
  const text = draft ?? shown;
  const year = Number(todayInVietnam().slice(0, 4));
  // Untouched, the field offers every recent period; once typed in, those whose words contain what was typed.
  const untouched = draft === undefined || draft === shown;
  const options = suggestedPeriods(year)
    .map((code) => formatPeriod(code, lng))
    .filter((label) => untouched || plain(label).includes(plain(text)))
    .slice(0, 40)
    .map((label) => ({ value: label }));

  function commit(entered: string) {
    if (!entered.trim()) {
      setWrong(undefined);
      setDraft(undefined);
      if (allowEmpty && value !== undefined) onChange(undefined);
      return;
    }
    const code = parsePeriod(entered);
    if (!code) {
      setWrong(entered);
      return;
    }
    setWrong(undefined);
    setDraft(undefined);
    if (code !== value) onChange(code);
  }

  return (
    <div>
      <AutoComplete value={text} options={options} onChange={setDraft} onSelect={(v: string) => commit(v)} style={{ minWidth: 220 }}>
        <Input
          aria-label={ariaLabel}
          placeholder={placeholder}
          status={wrong ? 'error' : undefined}
          aria-invalid={!!wrong}
          onBlur={() => commit(text)}
          onPressEnter={() => commit(text)}
        />
      </AutoComplete>
      {wrong && (
        <div role="alert" className="field-error">
          {t('periods.notUnderstood', { text: wrong })}
        </div>
      )}
    </div>
  );
}
