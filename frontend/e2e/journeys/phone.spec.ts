import { test, expect } from '../support/fixtures';

test.use({ viewport: { width: 360, height: 740 } });

test('works on a 360 px phone', async ({ page, shot }) => {
  await page.goto('/activities');
  await expect(page.getByRole('heading', { name: 'Hoạt động' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page does not scroll sideways').toBeLessThanOrEqual(1);
  await shot('activities-phone');
});
