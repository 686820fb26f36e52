import { test, expect, choose, vi, type API } from '../support/fixtures';
import { uniqueStamp } from '../support/env';
import type { Page } from '@playwright/test';

/** A commune of this journey's own with a loan balance above a thousand billion đồng in March 2026. */
async function communeWithLargeAmount(api: API) {
  const stamp = uniqueStamp();
  const caMau = await api.unit('ca mau', 'PROVINCE', '2026-01-01');
  const commune = await api.call('POST', '/api/v1/units', {
    code: `${stamp}-G`,
    name: `Hội LHPN xã Lưới Số ${stamp}`,
    level: 'COMMUNE',
    kind: 'xã',
    parentId: caMau.id,
    validFrom: '2026-01-01',
  });
  await api.call('PUT', '/api/v1/values', {
    values: [{ indicator: 'VWU-ECO-VBSP', unitId: commune.id, period: '2026-03', value: 1_250_000_000_000 }],
  });
  return commune.id as string;
}

/** Whether an element lies within the screen's width (it may be further down: the test data has many indicators). */
const withinWidth = async (page: Page, label: string) => {
  const box = await page.getByLabel(label, { exact: true }).boundingBox();
  return !!box && box.x >= 0 && box.x + box.width <= page.viewportSize()!.width;
};

/** Whether an input shows all of its text (none cut off). */
const showsAll = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((el) => (el as HTMLInputElement).scrollWidth <= (el as HTMLInputElement).clientWidth);

test.describe('on a 1366 × 768 laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the grid shows all twelve months, whole amounts, and keeps the indicators in view', async ({ page, api, shot }) => {
    const unitId = await communeWithLargeAmount(api);
    await page.goto(`/entry?unitId=${unitId}&year=2026&type=MONTH`);
    const march = page.getByLabel('Dư nợ ủy thác NHCSXH qua Hội, T3/2026', { exact: true });
    await expect(march).toHaveValue(vi(1_250_000_000_000));
    expect(await showsAll(page, 'Dư nợ ủy thác NHCSXH qua Hội, T3/2026'), 'the amount is not cut off').toBe(true);
    await expect(page.getByLabel('Số hội viên kết nạp mới, T12/2026', { exact: true })).toBeVisible();
    expect(await withinWidth(page, 'Số hội viên kết nạp mới, T12/2026'), 'December fits the laptop screen').toBe(true);
    await shot('grid-laptop');
  });
});

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the grid shows one period at a time, chosen from a list, with the indicators beside it', async ({ page, api, shot }) => {
    const unitId = await communeWithLargeAmount(api);
    await page.goto(`/entry?unitId=${unitId}&year=2026&type=MONTH`);
    await choose(page.getByLabel('Kỳ đang nhập'), 'T3/2026', 'T3/');
    const march = page.getByLabel('Dư nợ ủy thác NHCSXH qua Hội, T3/2026', { exact: true });
    await expect(march).toHaveValue(vi(1_250_000_000_000));
    expect(await withinWidth(page, 'Dư nợ ủy thác NHCSXH qua Hội, T3/2026'), 'the period fits the phone screen').toBe(true);
    await expect(page.getByLabel('Dư nợ ủy thác NHCSXH qua Hội, T4/2026', { exact: true })).toHaveCount(0);
    expect(await showsAll(page, 'Dư nợ ủy thác NHCSXH qua Hội, T3/2026'), 'the amount is not cut off').toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the page does not scroll sideways').toBeLessThanOrEqual(1);
    // A figure typed in one period is kept while another is shown, and saved with Save.
    await march.fill('1.300.000.000.000');
    await choose(page.getByLabel('Kỳ đang nhập'), 'T4/2026', 'T4/');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.getByText('Đã lưu 1 ô')).toBeVisible();
    const saved = await api.get(`/api/v1/values?unitId=${unitId}&indicator=VWU-ECO-VBSP&period=2026-03`);
    expect(Number(saved.items[0].value)).toBe(1_300_000_000_000);
    await shot('grid-phone');
  });
});
