import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { lineage, unitRef } from '@/testing/factories';
import { LineageTimeline } from './LineageTimeline';

describe('LineageTimeline', () => {
  it('says where a merged province went, with a link to it', () => {
    const caMau = unitRef({ name: 'Hội LHPN tỉnh Cà Mau' });
    renderWithProviders(
      <LineageTimeline
        lineage={lineage({
          successors: [{ unit: caMau, share: 'WHOLE', reorganization: { type: 'MERGE', effectiveDate: '2025-07-01' } }],
        })}
      />,
    );
    expect(document.body.textContent).toContain('Hội LHPN tỉnh Bạc Liêu → sáp nhập vào Hội LHPN tỉnh Cà Mau từ 01/07/2025');
    expect(screen.getByRole('link', { name: 'Hội LHPN tỉnh Cà Mau' }).getAttribute('href')).toBe(`/units/${caMau.id}`);
  });

  it('shows the parts of a split commune with their shares', () => {
    renderWithProviders(
      <LineageTimeline
        lineage={lineage({
          unit: unitRef({ name: 'Phường Đại Mỗ', level: 'COMMUNE' }),
          successors: [
            {
              unit: unitRef({ name: 'Phường Đại Mỗ mới' }),
              share: 'PART',
              weight: 0.2,
              reorganization: { type: 'SPLIT', effectiveDate: '2025-07-01' },
            },
            { unit: unitRef({ name: 'Phường Tây Mỗ' }), share: 'PART', reorganization: { type: 'SPLIT', effectiveDate: '2025-07-01' } },
          ],
        })}
      />,
    );
    expect(document.body.textContent).toContain('một phần (20%) chuyển về Phường Đại Mỗ mới');
    expect(document.body.textContent).toContain('một phần (phần chia đều) chuyển về Phường Tây Mỗ');
  });

  it('says so when nothing happened', () => {
    renderWithProviders(<LineageTimeline lineage={lineage({ successors: [], predecessors: [] })} />);
    expect(screen.getByText('Không có thay đổi về tổ chức')).toBeTruthy();
  });
});
