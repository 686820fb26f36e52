import { test, expect } from '../support/fixtures';

test('periods are typed and shown in words: "9 tháng 2025", "T11/2026", never a machine code', async ({ page, api, accessible, shot }) => {
  const caMau = await api.unit('ca mau', 'PROVINCE', '2026-01-01');

  await page.goto(`/achievement?unitId=${caMau.id}&period=2025`);
  const period = page.getByLabel('Kỳ', { exact: true });
  await expect(period).toHaveValue('Năm 2025');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Năm 2025');
  // What a cadre types, in words and without diacritics.
  await period.fill('9 thang 2025');
  await period.press('Enter');
  await expect(page).toHaveURL(/period=2025-01-01\.\.2025-09-30/);
  await expect(period).toHaveValue('9 tháng đầu năm 2025');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('9 tháng đầu năm 2025');
  await expect(page.getByRole('heading', { level: 2 })).not.toContainText('2025-01-01');
  // The nine-month review button: against the year's targets, said in words.
  await page.getByRole('button', { name: 'Sơ kết 9 tháng' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('so với chỉ tiêu Năm 2025');
  // Offered while typing: the quarters of the year.
  await period.fill('quý');
  const offered = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="Quý III/2025"]');
  await offered.click();
  await expect(page).toHaveURL(/period=2025-Q3/);
  await shot('achievement-period-words');
  await accessible('achievement with a period in words');

  // Text that is no period stays in the field, is said to be wrong, and changes nothing.
  await period.fill('tháng mười');
  await period.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Không hiểu kỳ “tháng mười”');
  await expect(page).toHaveURL(/period=2025-Q3/);

  // The activity list reads "T11/2026" as November 2026.
  await page.goto(`/activities?unitId=${caMau.id}`);
  const filter = page.getByLabel('Kỳ', { exact: true });
  await filter.fill('T11/2026');
  await filter.press('Enter');
  await expect(page).toHaveURL(/period=2026-11/);
  await expect(filter).toHaveValue('Tháng 11/2026');
});
