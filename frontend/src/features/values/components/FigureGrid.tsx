import { Alert, Button, Input, Space, Typography } from 'antd';
import { LeaveGuard } from '@/components/LeaveGuard';
import { useTranslation } from 'react-i18next';
import type { GridColumn } from '@/lib/periods';
import { FigureCell } from './FigureCell';
import { cellKey, useFigureGrid, type FigureChange, type GridRow, type StoredFigure } from './use-figure-grid';

export type { FigureChange, GridRow, StoredFigure };

/**
 * A spreadsheet-like grid of figures (rows × periods): arrow keys and Enter move between cells, Vietnamese
 * numbers are accepted ("4.200", "26,8"), changed cells are marked until saved, and the API's row errors are
 * shown on the cells they concern. Nothing is written until Save; a save is all-or-nothing.
 */
export function FigureGrid({
  rows,
  columns,
  stored,
  onSave,
  caption,
  locked,
  onHistory,
}: {
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
  const { t } = useTranslation();
  const grid = useFigureGrid({ rows, columns, stored, onSave });
  const { focused } = grid;
  const focusedLock = focused ? locked?.get(focused) : undefined;
  const historyOffered = !!(focused && onHistory && stored.has(focused));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <LeaveGuard when={grid.dirty.length > 0} />
      <Typography.Text type="secondary">{t('entry.keyboard')}</Typography.Text>
      <div style={{ overflowX: 'auto' }}>
        <table className="figure-grid">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('entry.indicator')}</th>
              {columns.map((c) => (
                <th scope="col" key={c.key}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.label}
                  {row.hint && <div className="muted">{row.hint}</div>}
                </th>
                {columns.map((col, c) => {
                  const k = cellKey(row.key, col.key);
                  return (
                    <FigureCell
                      key={col.key}
                      cell={grid.show(k)}
                      label={`${row.label}, ${col.label}`}
                      lock={locked?.get(k)}
                      register={(el) => {
                        grid.inputs.set(k, el);
                      }}
                      onChange={(text) => grid.edit(k, { text })}
                      onFocus={() => grid.setFocused(k)}
                      onKeyDown={(e) => grid.onKeyDown(e, r, c)}
                    />
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
            <Input
              aria-label={t('entry.comment')}
              placeholder={t('entry.comment')}
              value={grid.show(focused).comment ?? ''}
              onChange={(e) => grid.edit(focused, { comment: e.target.value })}
            />
          )}
          {historyOffered && (
            <Button
              onClick={() => {
                const [row, column] = focused.split('|') as [string, string];
                onHistory!(row, column);
              }}
            >
              {t('entry.history')}
            </Button>
          )}
        </Space.Compact>
      )}
      {grid.firstError && (
        <Alert
          type="error"
          showIcon
          message={`${rows.find((r) => grid.firstError![0].startsWith(r.key + '|'))?.label}: ${grid.firstError[1].message}`}
        />
      )}
      {grid.banner && <Alert type={grid.banner.type} showIcon message={grid.banner.text} />}
      <Space>
        <Button type="primary" onClick={() => void grid.save()} loading={grid.saving}>
          {t('entry.save')}
        </Button>
        {grid.dirty.length > 0 && <Typography.Text>{t('entry.unsaved', { count: grid.dirty.length })}</Typography.Text>}
      </Space>
    </Space>
  );
}
