import { test, expect } from '../support/fixtures';

test('search without diacritics, then a province merged in 2025 shows where it went', async ({ page, accessible, shot }) => {
  await page.goto('/units?asOf=2025-06-30');
  await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('bac lieu');
  await page.getByRole('link', { name: 'Hội LHPN tỉnh Bạc Liêu' }).click();
  await expect(page.getByRole('heading', { name: 'Hội LHPN tỉnh Bạc Liêu' })).toBeVisible();
  await expect(page.locator('main')).toContainText(/Hội LHPN tỉnh Bạc Liêu → sáp nhập vào Hội LHPN tỉnh Cà Mau từ 01\/07\/2025/);
  await shot('unit-bac-lieu');
  await accessible('unit page');
});
