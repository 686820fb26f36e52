import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/problem';
import type { NumberFormat } from '@/lib/vn-number';
import { renderWithProviders } from '@/testing/render';
import { CsvImport } from './CsvImport';

/** Generous upper bounds on a busy machine; every wait ends as soon as its state is reached. */
const SLOW = { timeout: 15_000 };
const FILE = 'indicator,unit,period,value\nVWU-MEM-NEW,00004,2026,4.200\n';

describe('CsvImport', () => {
  it('lets the person declare how the file writes numbers when one reads two ways', async () => {
    const run = vi.fn(async (_csv: string, _dryRun: boolean, numberFormat?: NumberFormat) => {
      if (!numberFormat) {
        throw new ApiError({
          detail: '1 dòng không hợp lệ',
          errors: [{ field: 'line 2: value', message: "'4.200' có thể hiểu là 4200 hoặc 4.2" }],
        });
      }
      return { received: 1, created: 1, updated: 0, unchanged: 0, dryRun: true };
    });
    const { container } = renderWithProviders(
      <App>
        <CsvImport label="Nhập từ tệp CSV" run={run} />
      </App>,
    );
    const input = container.querySelector('input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File([FILE], 'chi-tieu.csv', { type: 'text/csv' })] } });
    await screen.findByText(/có thể hiểu là 4200 hoặc 4.2/, {}, SLOW);
    fireEvent.click(screen.getByLabelText('1.234,5 (Việt Nam)'));
    await screen.findByText(/Đã kiểm tra 1 dòng/, {}, SLOW);
    expect(run).toHaveBeenLastCalledWith(FILE, true, 'vi');
    const write = screen.getByText('Ghi').closest('button')!;
    // A button still showing the check's spinner ignores clicks: wait for the state, not for time.
    await waitFor(() => expect(write.className).not.toMatch(/loading/), SLOW);
    fireEvent.click(write);
    await waitFor(() => expect(run).toHaveBeenLastCalledWith(FILE, false, 'vi'), SLOW);
  }, 60_000); // the whole journey, on a busy machine: jsdom renders antd's modal slowly
});
