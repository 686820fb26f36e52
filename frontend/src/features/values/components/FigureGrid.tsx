import { Alert, Button, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LeaveGuard } from '@/components/LeaveGuard';
import { todayInVietnam } from '@/lib/dates';
import { within, type GridColumn } from '@/lib/periods';
import { useNarrowScreen } from '@/lib/use-narrow-screen';
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
  // On a phone one period at a time (today's by default), the indicators down the screen; elsewhere all periods.
  const narrow = useNarrowScreen();
  const [chosen, setChosen] = useState<string>();
  const thisMonth = todayInVietnam().slice(0, 7);
  const shownKey = columns.find((c) => c.key === chosen)?.key ?? columns.find((c) => within(thisMonth, c.key))?.key ?? columns[0]?.key;
  const visible = narrow && columns.length > 1 ? columns.filter((c) => c.key === shownKey) : columns;
  const grid = useFigureGrid({ rows, columns: visible, stored, onSave });
  // Each period's column is as wide as its longest figure (1.250.000.000.000 đồng fits), at least six characters.
  const width = (column: string) => `calc(${Math.max(6, ...rows.map((r) => grid.show(cellKey(r.key, column)).text.length)) + 1}ch + 16px)`;
  const { focused } = grid;
  const focusedLock = focused ? locked?.get(focused) : undefined;
  const historyOffered = !!(focused && onHistory && stored.has(focused));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <LeaveGuard when={grid.dirty.length > 0} />
      <Typography.Text type="secondary">{t('entry.keyboard')}</Typography.Text>
      {narrow && columns.length > 1 && (
        <Select
          aria-label={t('entry.shownPeriod')}
          value={shownKey}
          options={columns.map((c) => ({ value: c.key, label: c.label }))}
          onChange={setChosen}
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
        />
      )}
      <div style={{ overflowX: 'auto' }}>
        <table className="figure-grid">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('entry.indicator')}</th>
              {visible.map((c) => (
                <th scope="col" key={c.key} style={{ minWidth: width(c.key) }}>
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
                {visible.map((col, c) => {
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
