import { test, expect, vi } from '../support/fixtures';

test('the tree changes across the reform date', async ({ page, api, accessible, shot }) => {
  // Other journeys add units of their own, so the counts come from the API; the provinces' merger is the point.
  const count = async (asOf: string) => (await api.get(`/api/v1/units?level=CENTRAL&asOf=${asOf}`)).items[0].childCount as number;
  const tree = page.getByRole('tree');
  const root = tree.locator('.ant-tree-treenode').first();
  await page.goto('/units?asOf=2025-06-30');
  await expect(tree.getByText('Hội LHPN tỉnh Bạc Liêu', { exact: true })).toBeVisible();
  await expect(root, "the central union's node shows its count that day").toContainText(`(${vi(await count('2025-06-30'))})`);
  await shot('units-2025-06-30');
  await page.goto('/units?asOf=2025-07-01');
  await expect(tree.getByText('Hội LHPN tỉnh Cà Mau', { exact: true })).toBeVisible();
  await expect(root).toContainText(`(${vi(await count('2025-07-01'))})`);
  await expect(tree.getByText('Hội LHPN tỉnh Bạc Liêu', { exact: true }), 'Bạc Liêu merged into Cà Mau').toHaveCount(0);
  expect((await count('2025-06-30')) - (await count('2025-07-01')), '63 provinces became 34').toBe(63 - 34);
  await shot('units-2025-07-01');
  await accessible('units');
});
