import { test, expect } from '../support/fixtures';
import { credentials } from '../support/env';

test('a session that expires while figures are typed: sign in over the screen, nothing typed is lost', async ({ page, api, shot }) => {
  const commune = await api.unit('an xuyen', 'COMMUNE');
  await page.goto(`/entry?unitId=${commune.id}&year=2026&type=MONTH`);
  const may = page.getByLabel('Số hội viên giảm (chuyển đi, ra khỏi tổ chức), T5/2026', { exact: true });
  await expect(may).toBeVisible();
  const figure = Number((await may.inputValue()).replace(/\./g, '') || 0) + 3;
  await may.fill(String(figure));

  // The session ends (expired, or signed out elsewhere): the next request answers 401.
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đăng nhập' });
  await expect(dialog).toContainText('Phiên làm việc đã hết hạn');
  await expect(dialog.getByLabel('Tên đăng nhập')).toHaveValue(credentials.username);
  await expect(may).toHaveValue(String(figure)); // still there, behind the dialog
  await shot('session-expired');

  await dialog.getByLabel('Mật khẩu').fill(credentials.password);
  await dialog.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(dialog).toBeHidden();
  await expect(may).toHaveValue(String(figure));
  await expect(page.getByText('1 ô chưa lưu')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu 1 ô')).toBeVisible();
  const stored = await api.get(`/api/v1/values?unitId=${commune.id}&indicator=VWU-MEM-OUT&period=2026-05`);
  expect(Number(stored.items[0].value)).toBe(figure);
});
