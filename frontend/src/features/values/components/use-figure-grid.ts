import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { GridColumn } from '@/lib/periods';
import { ApiError } from '@/lib/problem';
import { formatOfLanguage, readNumber } from '@/lib/vn-number';

export type GridRow = { key: string; label: string; hint?: string };
export type StoredFigure = { value: number; version?: number; comment?: string };
export type FigureChange = { row: string; column: string; value: number; comment?: string; version?: number };
export type Cell = { text: string; comment?: string; state: 'clean' | 'dirty' | 'saved' | 'error'; message?: string };
type Banner = { type: 'success' | 'error' | 'info'; text: string };

export const cellKey = (row: string, column: string) => `${row}|${column}`;

/**
 * The state of a grid of figures: what each cell shows, what changed, saving all changes at once, and the API's
 * row errors (`values[i]`) put back on the cells they concern.
 */
export function useFigureGrid({
  rows,
  columns,
  stored,
  onSave,
}: {
  rows: GridRow[];
  columns: GridColumn[];
  stored: Map<string, StoredFigure>;
  onSave: (changes: FigureChange[]) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [cells, setCells] = useState<Map<string, Cell>>(new Map());
  const [focused, setFocused] = useState<string>();
  const [banner, setBanner] = useState<Banner>();
  const [saving, setSaving] = useState(false);
  const inputs = useRef(new Map<string, HTMLInputElement | null>());

  const show = (k: string): Cell => {
    const own = cells.get(k);
    if (own) return own;
    const s = stored.get(k);
    return { text: s ? formatNumber(s.value, i18n.language, 6) : '', comment: s?.comment, state: 'clean' };
  };
  const edit = (k: string, patch: Partial<Cell>) =>
    setCells((m) => new Map(m).set(k, { ...show(k), ...patch, state: 'dirty', message: undefined }));
  const dirty = [...cells.entries()].filter(([, c]) => c.state === 'dirty' || c.state === 'error');
  const firstError = [...cells.entries()].find(([, c]) => c.state === 'error');

  /** Focuses the cell at (r, c), kept inside the grid. */
  function move(r: number, c: number) {
    const row = rows[Math.max(0, Math.min(rows.length - 1, r))];
    const col = columns[Math.max(0, Math.min(columns.length - 1, c))];
    if (row && col) inputs.current.get(cellKey(row.key, col.key))?.focus();
  }

  /** Arrow keys and Enter move as in a spreadsheet; left and right only from the text's ends. */
  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>, r: number, c: number) {
    const el = e.currentTarget;
    if (e.key === 'ArrowDown' || e.key === 'Enter') move(r + 1, c);
    else if (e.key === 'ArrowUp') move(r - 1, c);
    else if (e.key === 'ArrowRight' && el.selectionEnd === el.value.length) move(r, c + 1);
    else if (e.key === 'ArrowLeft' && el.selectionStart === 0) move(r, c - 1);
    else return;
    e.preventDefault();
  }

  async function save() {
    setBanner(undefined);
    const changes: FigureChange[] = [];
    const keys: string[] = [];
    let invalid = 0;
    for (const [k, c] of dirty) {
      // The UI's language declares how numbers are written: "4.200" is 4200 in Vietnamese, 4.2 in English.
      const reading = readNumber(c.text, formatOfLanguage(i18n.language));
      if (reading.kind !== 'number') {
        invalid++;
        setCells((m) => new Map(m).set(k, { ...c, state: 'error', message: t('entry.notANumber') }));
        continue;
      }
      const [row, column] = k.split('|') as [string, string];
      changes.push({ row, column, value: reading.value, comment: c.comment, version: stored.get(k)?.version });
      keys.push(k);
    }
    if (invalid > 0) return;
    if (changes.length === 0) {
      setBanner({ type: 'info', text: t('entry.nothingToSave') });
      return;
    }
    setSaving(true);
    try {
      await onSave(changes);
      setCells((m) => {
        const next = new Map(m);
        keys.forEach((k) => next.set(k, { ...next.get(k)!, state: 'saved', message: undefined }));
        return next;
      });
      setBanner({ type: 'success', text: t('entry.saved', { count: changes.length }) });
    } catch (e) {
      // Whatever went wrong, the typed figures stay on the screen, unsaved, for the next Save.
      if (!(e instanceof ApiError)) {
        setBanner({ type: 'error', text: t('entry.offline') }); // fetch itself failed: no connection
        return;
      }
      if (e.problem.status === 401) {
        setBanner({ type: 'error', text: t('entry.sessionExpired') }); // the sign-in dialog is over the screen
        return;
      }
      setBanner({ type: 'error', text: e.message });
      setCells((m) => {
        const next = new Map(m);
        for (const err of e.problem.errors ?? []) {
          // the API names a refused figure by its index in what was sent: values[3].value
          const index = /\[(\d+)\]/.exec(err.field ?? '')?.[1];
          const k = index === undefined ? undefined : keys[Number(index)];
          if (k) next.set(k, { ...next.get(k)!, state: 'error', message: err.message });
        }
        return next;
      });
    } finally {
      setSaving(false);
    }
  }

  return { show, edit, dirty, firstError, focused, setFocused, banner, saving, save, onKeyDown, inputs: inputs.current };
}
