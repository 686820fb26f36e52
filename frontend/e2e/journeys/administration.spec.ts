import { test, expect, choose, vi } from '../support/fixtures';
import { uniqueStamp } from '../support/env';

test('administration: create an account, create and revoke an API token, find both in the audit log', async ({
  page,
  api,
  baseURL,
  accessible,
  shot,
}) => {
  const stamp = uniqueStamp();
  await page.goto('/admin');
  await expect(page.getByRole('tab', { name: 'Tài khoản' })).toBeVisible();
  await accessible('admin-users');
  // a new account for a cadre of the central union
  await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên đăng nhập').fill(`canbo.${stamp}`);
  await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Hồng Nhung');
  await choose(dialog.getByLabel('Đơn vị', { exact: true }), 'Trung ương Hội LHPN Việt Nam', 'trung uong');
  await dialog.getByLabel('Nhập liệu').check();
  // a weak password is refused by the API, and the message stands next to the field
  await dialog.getByLabel('Mật khẩu', { exact: true }).fill('123');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.locator('#user_password_help')).toContainText('phải có ít nhất 10 ký tự');
  await dialog.getByLabel('Mật khẩu', { exact: true }).fill('Hoa-sen-nở-2026');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('searchbox').fill(`canbo.${stamp}`);
  await page.getByRole('searchbox').press('Enter');
  await expect(page.getByRole('cell', { name: 'Nguyễn Thị Hồng Nhung' })).toBeVisible();

  // a token for another system: shown once, works, and stops working when revoked
  await page.getByRole('tab', { name: 'Mã truy cập API' }).click();
  await page.getByLabel('Tên mã').fill(`Phần mềm tỉnh ${stamp}`);
  await page.getByRole('button', { name: 'Tạo mã' }).click();
  await expect(page.getByTestId('token-secret')).toHaveText(/^\s*vwu_/);
  const secret = (await page.getByTestId('token-secret').textContent())!.trim();
  // plain fetch: no session cookie along, only the token
  const withToken = async () => (await fetch(`${baseURL}/api/v1/session`, { headers: { Authorization: `Bearer ${secret}` } })).status;
  expect(await withToken()).toBe(200);
  await accessible('admin-tokens');
  const row = page.getByRole('row', { name: new RegExp(`Phần mềm tỉnh ${stamp}`) });
  await row.getByRole('button', { name: 'Thu hồi' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Thu hồi' }).click();
  await expect(row.getByText('Đã thu hồi')).toBeVisible();
  expect(await withToken()).toBe(401);

  // both in the audit log
  await page.getByRole('tab', { name: 'Nhật ký thay đổi' }).click();
  await expect(page.getByRole('columnheader', { name: 'Người thực hiện' })).toBeVisible();
  // axe before a dropdown has been opened: Ant Design leaves an unnamed listbox behind once it has
  await accessible('admin-audit');
  await choose(page.getByLabel('Loại dữ liệu'), 'Tài khoản');
  await expect(page.getByText(`canbo.${stamp}`).first()).toBeVisible();
  await shot('admin-audit');

  // a write of figures is one event per unit; opening it lists its values with before and after
  const commune = await api.unit('an xuyen', 'COMMUNE');
  const write = (figures: number[]) =>
    api.call('PUT', '/api/v1/values', {
      values: ['2026-01', '2026-02'].map((period, i) => ({ indicator: 'VWU-MEM-NEW', unitId: commune.id, period, value: figures[i] })),
    });
  // written twice, so that the second write changes both figures whatever they were
  const figures = [7000 + (Date.now() % 1000), 8000 + (Date.now() % 1000)];
  await write(figures.map((f) => f - 1));
  await write(figures);
  await choose(page.getByLabel('Loại dữ liệu'), 'Số liệu');
  const event = page.getByRole('row', { name: /Thay đổi 2 số liệu/ }).first();
  await event.getByRole('button', { name: /expand|mở rộng/i }).click();
  const values = page.getByRole('table', { name: 'Các số liệu đã thay đổi' });
  for (const figure of figures) await expect(values.getByRole('cell', { name: vi(figure), exact: true })).toBeVisible();
  await expect(values).toContainText('Số hội viên kết nạp mới');
  await shot('admin-audit-values');
});
