import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { totals } from '@/testing/factories';
import { ActivitySummaryTable } from './ActivitySummaryTable';

describe('ActivitySummaryTable', () => {
  it('lists each type and a total row in Vietnamese formats', () => {
    renderWithProviders(
      <ActivitySummaryTable
        summary={{
          groupBy: 'TYPE',
          groups: [
            { key: 'COMMUNICATION', label: 'Buổi truyền thông, tuyên truyền', totals: totals({ activities: 60, participants: 3000 }) },
            { key: 'CHARITY_HOUSE', label: 'Mái ấm tình thương', totals: totals({ activities: 26, funds: 2_800_000_000 }) },
          ],
          total: totals({ activities: 86, participants: 3000, funds: 2_800_000_000 }),
        }}
      />,
    );
    const total = screen.getByText('Tổng cộng').closest('tr')!;
    expect(within(total).getByText('86')).toBeTruthy();
    expect(within(total).getByText('3.000')).toBeTruthy();
    expect(within(total).getByText('2.800.000.000 ₫')).toBeTruthy();
    expect(screen.getByText('Buổi truyền thông, tuyên truyền')).toBeTruthy();
  });
});
