import { test, expect } from '../support/fixtures';
import { credentials } from '../support/env';

test.use({ storageState: { cookies: [], origins: [] } });

test('sign in: a wrong password is refused with a clear message, the right one opens the app', async ({ page, accessible, shot }) => {
  await page.goto('/units');
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await accessible('sign-in');
  await page.getByLabel('Tên đăng nhập').fill(credentials.username);
  await page.getByLabel('Mật khẩu').fill(credentials.password + 'x');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Sai tên đăng nhập hoặc mật khẩu')).toBeVisible(); // the API's message, in the screen's language
  await page.getByLabel('Mật khẩu').fill(credentials.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
  expect(new URL(page.url()).pathname, 'stays on the address asked for').toBe('/units');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'vwu_session');
  expect(cookie?.httpOnly, 'the session cookie is HttpOnly').toBe(true);
  expect(cookie?.sameSite).toBe('Strict');
  expect(await page.evaluate(() => document.cookie.includes('vwu_session')), 'scripts cannot read the session').toBe(false);
  await shot('00-signed-in');
});
