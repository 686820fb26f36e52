import { test, expect, vi } from '../support/fixtures';

test('enter a month of figures like in a spreadsheet; bad cells are flagged and nothing half-saved', async ({
  page,
  api,
  accessible,
  shot,
}) => {
  const commune = await api.unit('an xuyen', 'COMMUNE');
  const total = async () =>
    Number((await api.get(`/api/v1/analytics/values?indicator=VWU-MEM-NEW&unitId=${commune.id}&period=2026`)).rows[0]?.value ?? 0);
  const before = await total();
  await page.goto(`/entry?unitId=${commune.id}&year=2026&type=MONTH`);
  const cell = (month: number) => page.getByLabel(`Số hội viên kết nạp mới, T${month}/2026`);
  await expect(cell(3)).toBeVisible();
  const figure = async (month: number) => Number((await cell(month).inputValue()).replace(/\./g, '') || 0);
  const start = await figure(3);
  const start4 = await figure(4);
  await cell(3).fill(String(start + 12));
  // the keyboard moves like in a spreadsheet
  await cell(3).press('ArrowDown');
  await expect(cell(3)).not.toBeFocused();
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /, T3\/2026$/);
  await page.keyboard.press('ArrowUp');
  await expect(cell(3)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cell(4)).toBeFocused();
  await page.keyboard.type('-5');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('phải từ 0 trở lên', { exact: false }).first()).toBeVisible(); // the API's row error, on its cell
  await expect(cell(4)).toHaveAttribute('aria-invalid', 'true');
  expect(await total(), 'a refused save writes nothing').toBe(before);
  await shot('data-entry-error');
  // A figure April never held, so that the history gains a row even when the journey runs again on the same data.
  const april = start4 + 1200;
  await cell(4).fill(vi(april));
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu 2 ô')).toBeVisible();
  expect(await total(), 'the roll-up has both months at once').toBe(before + 12 + april - start4);
  await accessible('data entry');
  // the cell's history: this change on top, from what it was to the new figure
  await cell(4).click();
  await page.getByRole('button', { name: 'Lịch sử thay đổi' }).click();
  const latest = page.getByRole('dialog', { name: 'Lịch sử: Số hội viên kết nạp mới, T4/2026' }).getByRole('row').nth(1);
  await expect(latest.getByRole('cell', { name: vi(april), exact: true })).toBeVisible();
  await expect(latest).toContainText(start4 ? 'Sửa' : 'Tạo mới');
  await shot('data-entry-history');
  await accessible('value history');
});
