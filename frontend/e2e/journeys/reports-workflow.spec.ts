import { request } from '@playwright/test';
import { test, expect, API } from '../support/fixtures';
import { uniqueStamp } from '../support/env';

test('reports: two communes submit their month; the province approves one and returns the other with a reason', async ({
  page,
  api,
  baseURL,
  accessible,
  shot,
}) => {
  const stamp = uniqueStamp();
  // Codes with a dash: reference codes have none, and a backend test counts those.
  const central = (await api.get('/api/v1/units?level=CENTRAL&asOf=2026-01-01')).items[0].id;
  const unit = (parentId: string, level: string, name: string, code: string) =>
    api.call('POST', '/api/v1/units', { code, name, level, kind: level === 'PROVINCE' ? 'tỉnh' : 'xã', parentId, validFrom: '2026-01-01' });
  const province = (await unit(central, 'PROVINCE', `Tỉnh báo cáo ${stamp}`, `${stamp}-P`)).id;
  const communes: string[] = [];
  for (const [n, code] of [
    ['Một', 1],
    ['Hai', 2],
  ] as const)
    communes.push((await unit(province, 'COMMUNE', `Xã ${n} ${stamp}`, `${stamp}-${code}`)).id);
  // The communes' reports are submitted by an editor of the province: nobody approves what they submitted themselves.
  const editor = `bc.${stamp}`.toLowerCase();
  await api.call('POST', '/api/v1/users', {
    username: editor,
    fullName: 'Cán bộ nhập liệu',
    unitId: province,
    roles: ['EDITOR'],
    password: 'Mật-khẩu-ban-đầu-1',
  });
  const asEditor = new API(await request.newContext({ baseURL }));
  await asEditor.call('POST', '/api/v1/session', { username: editor, password: 'Mật-khẩu-ban-đầu-1' });
  await asEditor.call('PUT', '/api/v1/session/password', { currentPassword: 'Mật-khẩu-ban-đầu-1', newPassword: 'Hoa-cúc-vàng-ven-sông-3' });
  for (const c of communes) {
    await api.call('PUT', '/api/v1/values', {
      values: [
        { indicator: 'VWU-MEM-TOTAL', unitId: c, period: '2026-08', categoryOption: 'KHONG_DTTS', value: 812 },
        { indicator: 'VWU-MEM-NEW', unitId: c, period: '2026-08', value: 9 },
      ],
    });
    const report = await api.call('POST', '/api/v1/reports', { form: 'BC-THANG', unitId: c, period: '2026-08' });
    await asEditor.call('POST', `/api/v1/reports/${report.id}/submit`);
  }
  await asEditor.request.dispose();

  await page.goto(`/reports?unitId=${province}&form=BC-THANG&period=2026-08`);
  const row = (n: string) => page.getByRole('row', { name: new RegExp(`Xã ${n} ${stamp}`) });
  await expect(row('Một').getByText('Đã gửi')).toBeVisible();
  await accessible('reports');
  await row('Một').getByRole('button', { name: 'Duyệt' }).click();
  await expect(row('Một').getByText('Đã duyệt')).toBeVisible();
  await row('Hai').getByRole('button', { name: 'Trả lại' }).click();
  await page.getByLabel('Lý do (đơn vị sẽ thấy để sửa):').fill('Số hội viên mới chưa khớp danh sách kết nạp');
  await page.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click();
  await expect(row('Hai').getByText('Bị trả lại')).toBeVisible();
  // August was due on 5 September: submitted today, both are late; the returned one no longer counts as submitted.
  await expect(page.getByTestId('completeness-counts')).toContainText(
    /2 đơn vị: 0 gửi đúng hạn, 1 trễ hạn, 1 đã duyệt, 1 bị trả lại, 0 chưa gửi/,
  );
  // The approved commune's figures are locked now.
  const locked = await page.request.put('/api/v1/values', {
    headers: { 'X-Requested-With': 'e2e' },
    data: { values: [{ indicator: 'VWU-MEM-NEW', unitId: communes[0], period: '2026-08', value: 10 }] },
  });
  expect(locked.status()).toBe(409);
  await shot('reports');
  // The data-entry grid shows those figures locked (August only, and only the form's indicators).
  await page.goto(`/entry?unitId=${communes[0]}&year=2026&type=MONTH`);
  const lockedCell = page.getByRole('textbox', { name: /T8\/2026 \(đã khóa\)/ }).first();
  await expect(lockedCell).toHaveAttribute('readonly', '');
  await expect(page.getByRole('textbox', { name: /T9\/2026 \(đã khóa\)/ })).toHaveCount(0);
  await lockedCell.focus();
  await expect(page.getByText(/Đã khóa: thuộc Báo cáo tháng \(Tháng 8\/2026\) đã được duyệt/)).toBeVisible();
});
