import { test, expect } from '../support/fixtures';

const ENUMS = /\b(MONTH|QUARTER|HALF_YEAR|YEAR|TERM|RANGE|SUM|RATIO|COUNT_UNITS|LAST|AVERAGE|KHONG_DTTS|DTTS)\b/;

test('in Vietnamese, units of measure, category options and rules are words, never the catalogue codes', async ({ page, api, shot }) => {
  const catalogue = (await api.get('/api/v1/indicators?size=200&q=VWU-')).items as { unitOfMeasure: string }[];
  // English codes such as "person" or "commune union" (VND and percent read the same in both languages).
  const codes = [...new Set(catalogue.map((i) => i.unitOfMeasure))].filter((c) => /^[a-z ]+$/.test(c) && c !== 'percent');
  expect(codes.length, 'the catalogue has units of measure to check').toBeGreaterThan(5);
  const raw = new RegExp(`(\\(|· )(${codes.join('|')})\\b`);
  const commune = await api.unit('an xuyen', 'COMMUNE');
  const caMau = await api.unit('ca mau', 'PROVINCE', '2026-01-01');
  for (const [screen, path, ready] of [
    ['data entry', `/entry?unitId=${commune.id}&year=2026&type=MONTH`, 'Tổng số hội viên — Dân tộc thiểu số'],
    ['achievement', `/achievement?unitId=${caMau.id}&period=2025`, 'Tên chỉ tiêu'],
    ['indicators', '/indicators', 'Đơn vị tính'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(ready).first()).toBeVisible();
    const text = await page.locator('body').innerText();
    expect(text.match(raw)?.[0], `${screen}: a unit of measure shown as its code`).toBeUndefined();
    expect(text.match(ENUMS)?.[0], `${screen}: a code shown instead of its words`).toBeUndefined();
    await shot(`words-${screen.replace(' ', '-')}`);
  }
  // The catalogue's first page differs between the demo and the test data; some rule is on it, in words.
  await expect(page.getByText(/; (cộng các kỳ|lấy số cuối kỳ|bình quân các kỳ)$/).first()).toBeVisible();
});
