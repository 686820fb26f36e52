import { test, expect } from '../support/fixtures';
import { uniqueStamp } from '../support/env';

test('a new account chooses its own password before anything else', async ({ page, api, accessible, shot }) => {
  // An administrator makes the account...
  const username = `moi.${uniqueStamp()}`;
  const central = (await api.get('/api/v1/units?level=CENTRAL')).items[0];
  await api.call('POST', '/api/v1/users', {
    username,
    fullName: 'Lê Thị Mới',
    unitId: central.id,
    roles: ['VIEWER'],
    password: 'Hoa-sen-nở-2026',
  });
  await page.context().clearCookies(); // ...and the cadre signs in on their own computer
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('Hoa-sen-nở-2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Chọn mật khẩu của riêng bạn' })).toBeVisible();
  await expect(page.getByRole('navigation'), 'no way around it').toHaveCount(0);
  expect((await page.request.get('/api/v1/units?level=PROVINCE')).status(), 'nor through the API').toBe(403);
  await accessible('password change');
  await page.getByLabel('Mật khẩu hiện tại').fill('Hoa-sen-nở-2026');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Hoa-sen-nở-2026');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('Hoa-sen-nở-2026');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText('phải khác mật khẩu hiện tại')).toBeVisible(); // the API's rule, next to its field
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Sen-hồng-Đồng-Tháp-2027');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('Sen-hồng-Đồng-Tháp-2028');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText('Hai lần nhập mật khẩu mới không khớp')).toBeVisible();
  await page.getByLabel('Nhập lại mật khẩu mới').fill('Sen-hồng-Đồng-Tháp-2027');
  await shot('password-change');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  expect((await page.request.get('/api/v1/units?level=PROVINCE')).status()).toBe(200);
});
