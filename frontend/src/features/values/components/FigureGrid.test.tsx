import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/problem';
import { FigureGrid, type FigureChange, type StoredFigure } from './FigureGrid';

/** Generous upper bounds on a busy machine; every wait ends as soon as its state is reached. */
const SLOW = { timeout: 15_000 };
const rows = [
  { key: 'NEW', label: 'Hội viên mới' },
  { key: 'OUT', label: 'Hội viên ra' },
];
const columns = [
  { key: '2026-01', label: 'T1/2026' },
  { key: '2026-02', label: 'T2/2026' },
];

let router: ReturnType<typeof createMemoryRouter>;

/** The grid on a screen of its own, with another screen to leave for (the grid asks before unsaved work is lost). */
function grid(onSave: (changes: FigureChange[]) => Promise<void>, stored = new Map<string, StoredFigure>()) {
  router = createMemoryRouter(
    [
      {
        path: '/entry',
        element: <FigureGrid rows={rows} columns={columns} stored={stored} onSave={onSave} caption="Xã An Xuyên — 2026" />,
      },
      { path: '/elsewhere', element: <p>Màn hình khác</p> },
    ],
    { initialEntries: ['/entry'] },
  );
  render(<RouterProvider router={router} />);
  return (row: string, column: string) => screen.getByLabelText(`${row}, ${column}`) as HTMLInputElement;
}

describe('FigureGrid', () => {
  it('shows stored figures the Vietnamese way and sends Vietnamese numbers with the version they replace', async () => {
    const onSave = vi.fn(async () => undefined);
    const cell = grid(onSave, new Map([['NEW|2026-01', { value: 4200, version: 3 }]]));
    expect(cell('Hội viên mới', 'T1/2026').value).toBe('4.200');
    fireEvent.change(cell('Hội viên mới', 'T1/2026'), { target: { value: '4.321' } });
    fireEvent.change(cell('Hội viên ra', 'T2/2026'), { target: { value: '26,5' } });
    expect(screen.getByText('2 ô chưa lưu')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await screen.findByText('Đã lưu 2 ô', {}, SLOW);
    expect(onSave).toHaveBeenCalledWith([
      { row: 'NEW', column: '2026-01', value: 4321, comment: undefined, version: 3 },
      { row: 'OUT', column: '2026-02', value: 26.5, comment: undefined, version: undefined },
    ]);
    expect(screen.queryByText(/ô chưa lưu/)).toBeNull();
  });

  it("puts the API's values[i] errors on the cells they name, and only on those", async () => {
    const cell = grid(async () => {
      throw new ApiError({ detail: 'Số liệu không hợp lệ', errors: [{ field: 'values[1].value', message: 'phải từ 0 trở lên' }] });
    });
    fireEvent.change(cell('Hội viên mới', 'T1/2026'), { target: { value: '5' } });
    fireEvent.change(cell('Hội viên ra', 'T1/2026'), { target: { value: '-5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await screen.findByText('Số liệu không hợp lệ', {}, SLOW);
    expect(cell('Hội viên ra', 'T1/2026').getAttribute('aria-invalid')).toBe('true');
    expect(cell('Hội viên mới', 'T1/2026').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('Hội viên ra: phải từ 0 trở lên')).toBeTruthy();
    expect(screen.getByText('2 ô chưa lưu'), 'a refused save keeps every change').toBeTruthy();
  });

  it('refuses what is not a number before sending anything', async () => {
    const onSave = vi.fn(async () => undefined);
    const cell = grid(onSave);
    fireEvent.change(cell('Hội viên mới', 'T2/2026'), { target: { value: 'mười' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(cell('Hội viên mới', 'T2/2026').getAttribute('aria-invalid')).toBe('true'), SLOW);
    expect(screen.getByText('Hội viên mới: Không phải là số')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says there is nothing to save when nothing changed', async () => {
    const onSave = vi.fn(async () => undefined);
    grid(onSave);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await screen.findByText('Không có thay đổi', {}, SLOW);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('moves focus like a spreadsheet: Enter and arrows, left and right only from the ends of the text', () => {
    const cell = grid(async () => undefined, new Map([['NEW|2026-01', { value: 12 }]]));
    const first = cell('Hội viên mới', 'T1/2026');
    first.focus();
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(document.activeElement).toBe(cell('Hội viên ra', 'T1/2026'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
    first.setSelectionRange(1, 1); // the caret inside "12": right arrow moves the caret, not the focus
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(first);
    first.setSelectionRange(2, 2);
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell('Hội viên mới', 'T2/2026'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' }); // the last column: stays
    expect(document.activeElement).toBe(cell('Hội viên mới', 'T2/2026'));
  });

  it('asks before leaving with unsaved figures, stays when asked to, and leaves freely once saved', async () => {
    const cell = grid(async () => undefined);
    // Nothing typed: leaving is free.
    await act(() => router.navigate('/elsewhere'));
    await screen.findByText('Màn hình khác', {}, SLOW);
    await act(() => router.navigate('/entry'));
    fireEvent.change(cell('Hội viên mới', 'T1/2026'), { target: { value: '12' } });
    await act(() => router.navigate('/elsewhere?unitId=x'));
    await screen.findByText('Rời khỏi khi chưa lưu?', {}, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Ở lại để lưu' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/entry'), SLOW);
    expect(cell('Hội viên mới', 'T1/2026').value).toBe('12');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await screen.findByText('Đã lưu 1 ô', {}, SLOW);
    await act(() => router.navigate('/elsewhere'));
    await screen.findByText('Màn hình khác', {}, SLOW);
  });

  it('keeps the typed figures and says why when the connection or the session is lost', async () => {
    let failure: unknown = new TypeError('Failed to fetch');
    const cell = grid(async () => {
      throw failure;
    });
    fireEvent.change(cell('Hội viên mới', 'T1/2026'), { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await screen.findByText(/không kết nối được máy chủ/, {}, SLOW);
    expect(cell('Hội viên mới', 'T1/2026').value).toBe('15');
    expect(screen.getByText('1 ô chưa lưu')).toBeTruthy();
    failure = new ApiError({ status: 401, title: 'Unauthorized', detail: 'Hãy đăng nhập, hoặc gửi mã truy cập API' });
    // jsdom never ends the button's loading-icon animation, so its accessible name keeps a "loading" prefix
    fireEvent.click(screen.getByRole('button', { name: /Lưu thay đổi$/ }));
    await screen.findByText(/phiên làm việc đã hết hạn/, {}, SLOW);
    expect(screen.queryByText(/mã truy cập API/)).toBeNull();
    expect(cell('Hội viên mới', 'T1/2026').value).toBe('15');
  });
});
