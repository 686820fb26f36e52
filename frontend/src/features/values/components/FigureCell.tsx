import { useTranslation } from 'react-i18next';
import type { Cell } from './use-figure-grid';

/** One figure of the grid: an input named "<row>, <period>" for screen readers and tests alike. */
export function FigureCell({
  cell,
  label,
  lock,
  register,
  onChange,
  onFocus,
  onKeyDown,
}: {
  cell: Cell;
  label: string;
  /** Why the cell cannot change, when it cannot. */
  lock?: string;
  register: (el: HTMLInputElement | null) => void;
  onChange: (text: string) => void;
  onFocus: () => void;
  onKeyDown: (e: React.KeyboardEvent<HTMLInputElement>) => void;
}) {
  const { t } = useTranslation();
  return (
    <td className={lock ? 'cell-locked' : `cell-${cell.state}`}>
      {/* a locked cell stays focusable (arrow keys pass through it) but cannot be typed in */}
      <input
        ref={register}
        value={cell.text}
        inputMode="decimal"
        readOnly={!!lock}
        aria-label={`${label}${lock ? ` (${t('entry.locked')})` : ''}`}
        aria-invalid={cell.state === 'error' || undefined}
        aria-readonly={!!lock || undefined}
        title={lock ?? cell.message ?? cell.comment}
        onChange={(e) => onChange(e.target.value)}
        // a cell entered by keyboard is all selected: arrows move, typing replaces (as in Excel)
        onFocus={(e) => {
          onFocus();
          e.target.select();
        }}
        onKeyDown={onKeyDown}
      />
    </td>
  );
}
