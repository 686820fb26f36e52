import { Alert, Button, Input, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { ApiError } from '@/lib/problem';
import { formatOfLanguage, readNumber } from '@/lib/vn-number';

export type GridRow = { key: string; label: string; hint?: string };
export type GridColumn = { key: string; label: string };
export type StoredFigure = { value: number; version?: number; comment?: string };
export type FigureChange = { row: string; column: string; value: number; comment?: string; version?: number };

type Cell = { text: string; comment?: string; state: 'clean' | 'dirty' | 'saved' | 'error'; message?: string };

const cellKey = (row: string, column: string) => `${row}|${column}`;

/**
 * A spreadsheet-like grid of figures (rows × periods): arrow keys and Enter move between cells, Vietnamese
 * numbers are accepted ("4.200", "26,8"), changed cells are marked until saved, and the API's row errors are
 * shown on the cells they concern. Nothing is written until Save; a save is all-or-nothing.
 */
export function FigureGrid({ rows, columns, stored, onSave, caption, locked, onHistory }: {
  rows: GridRow[];
  columns: GridColumn[];
  stored: Map<string, StoredFigure>;
  onSave: (changes: FigureChange[]) => Promise<void>;
  caption: string;
  /** Cells that cannot change (`row|column` → why: the report holding them is submitted or approved). */
  locked?: Map<string, string>;
  /** Shows the history of a stored figure (offered for the focused cell when it holds one). */
  onHistory?: (row: string, column: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [cells, setCells] = useState<Map<string, Cell>>(new Map());
  const [focused, setFocused] = useState<string>();
  const [banner, setBanner] = useState<{ type: 'success' | 'error' | 'info'; text: string }>();
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

  function move(r: number, c: number) {
    const row = rows[Math.max(0, Math.min(rows.length - 1, r))];
    const col = columns[Math.max(0, Math.min(columns.length - 1, c))];
    if (row && col) inputs.current.get(cellKey(row.key, col.key))?.focus();
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>, r: number, c: number) {
    const el = e.currentTarget; // a cell entered by keyboard is all selected: arrows move, typing replaces (as in Excel)
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
      const value = reading.value;
      const [row, column] = k.split('|') as [string, string];
      changes.push({ row, column, value, comment: c.comment, version: stored.get(k)?.version });
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
      if (!(e instanceof ApiError)) throw e;
      setBanner({ type: 'error', text: e.message });
      setCells((m) => {
        const next = new Map(m);
        for (const err of e.problem.errors ?? []) {
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

  const focusedCell = focused ? show(focused) : undefined;
  const focusedLock = focused ? locked?.get(focused) : undefined;
  const historyOffered = !!(focused && onHistory && stored.has(focused));
  const focusedError = [...cells.entries()].find(([, c]) => c.state === 'error');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('entry.keyboard')}</Typography.Text>
      <div style={{ overflowX: 'auto' }}>
        <table className="figure-grid">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('entry.indicator')}</th>
              {columns.map((c) => <th scope="col" key={c.key}>{c.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.key}>
                <th scope="row">{row.label}{row.hint && <div className="muted">{row.hint}</div>}</th>
                {columns.map((col, c) => {
                  const k = cellKey(row.key, col.key);
                  const cell = show(k);
                  const lock = locked?.get(k);
                  return (
                    <td key={col.key} className={lock ? 'cell-locked' : `cell-${cell.state}`}>
                      {/* a locked cell stays focusable (arrow keys pass through it) but cannot be typed in */}
                      <input ref={(el) => { inputs.current.set(k, el); }} value={cell.text} inputMode="decimal" readOnly={!!lock}
                        aria-label={`${row.label}, ${col.label}${lock ? ` (${t('entry.locked')})` : ''}`}
                        aria-invalid={cell.state === 'error' || undefined} aria-readonly={!!lock || undefined}
                        title={lock ?? cell.message ?? cell.comment}
                        onChange={(e) => edit(k, { text: e.target.value })} onFocus={(e) => { setFocused(k); e.target.select(); }}
                        onKeyDown={(e) => onKeyDown(e, r, c)} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {focusedLock && <Alert type="info" showIcon message={focusedLock} />}
      {focused && (!focusedLock || historyOffered) && (
        <Space.Compact style={{ width: '100%' }}>
          {!focusedLock && (
            <Input aria-label={t('entry.comment')} placeholder={t('entry.comment')} value={focusedCell?.comment ?? ''}
              onChange={(e) => edit(focused, { comment: e.target.value })} />
          )}
          {historyOffered && (
            <Button onClick={() => { const [row, column] = focused.split('|') as [string, string]; onHistory!(row, column); }}>
              {t('entry.history')}
            </Button>
          )}
        </Space.Compact>
      )}
      {focusedError && <Alert type="error" showIcon message={`${rows.find((r) => focusedError[0].startsWith(r.key + '|'))?.label}: ${focusedError[1].message}`} />}
      {banner && <Alert type={banner.type} showIcon message={banner.text} />}
      <Space>
        <Button type="primary" onClick={() => void save()} loading={saving}>{t('entry.save')}</Button>
        {dirty.length > 0 && <Typography.Text>{t('entry.unsaved', { count: dirty.length })}</Typography.Text>}
      </Space>
    </Space>
  );
}
