import { test, expect } from '../support/fixtures';

test('catalogues and English', async ({ page, accessible, shot }) => {
  await page.goto('/indicators');
  await page.getByRole('searchbox').fill('hoi vien ket nap');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.getByText('VWU-MEM-NEW')).toBeVisible();
  await accessible('indicators');
  await page.goto('/programmes');
  await expect(page.getByText('DA8', { exact: true })).toBeVisible();
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'Kind' })).toBeVisible();
  await shot('programmes-en');
  await accessible('programmes');
});
