import { test, expect } from '../support/fixtures';

// The JavaScript budget of this first screen is checked on the build itself (scripts/check-bundle-budget.mjs).
test('home: the year at a glance with a chart', async ({ page, accessible, shot }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /Tổng quan năm/ })).toBeVisible();
  await expect(
    page
      .getByRole('img', { name: /Số hoạt động theo tháng/ })
      .locator('svg')
      .first(),
  ).toBeVisible();
  await expect(page.getByText('chỉ tiêu:', { exact: false }).first()).toBeVisible();
  await shot('home');
  await accessible('home');
});
