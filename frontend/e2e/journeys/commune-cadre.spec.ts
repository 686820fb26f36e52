import { test, expect, choose, png } from '../support/fixtures';
import { uniqueStamp } from '../support/env';

test('a commune cadre: every screen opens on their commune, typed figures are not lost, a refused file never doubles an activity', async ({
  page,
  api,
  accessible,
  shot,
}) => {
  const stamp = uniqueStamp();
  const caMau = await api.unit('ca mau', 'PROVINCE', '2026-01-01');
  const name = `Hội LHPN xã Cán Bộ ${stamp}`;
  const commune = await api.call('POST', '/api/v1/units', {
    code: `${stamp}-X`,
    name,
    level: 'COMMUNE',
    kind: 'xã',
    parentId: caMau.id,
    validFrom: '2026-01-01',
  });
  const username = `xa.${stamp}`.toLowerCase();
  await api.call('POST', '/api/v1/users', {
    username,
    fullName: 'Cán bộ xã',
    unitId: commune.id,
    roles: ['EDITOR'],
    password: 'Mật-khẩu-ban-đầu-1',
  });
  // From here the browser is the cadre's: the administrator's cookie goes, and page.request (the api fixture too)
  // shares the browser's cookies.
  await page.context().clearCookies();
  const headers = { 'X-Requested-With': 'e2e' };
  expect((await page.request.post('/api/v1/session', { headers, data: { username, password: 'Mật-khẩu-ban-đầu-1' } })).status()).toBe(200);
  const changed = await page.request.put('/api/v1/session/password', {
    headers,
    data: { currentPassword: 'Mật-khẩu-ban-đầu-1', newPassword: 'Hoa-mai-nở-sớm-2026' },
  });
  expect(changed.status()).toBe(204);

  // Data entry opens on the commune with its rows, no unit to choose and no id in sight.
  await page.goto('/entry');
  const cell = page.getByLabel('Số hội viên kết nạp mới, T3/2026');
  await expect(cell).toBeVisible();
  await expect(page.locator('.ant-select').filter({ hasText: name })).toBeVisible();
  await expect(page.getByText(/[0-9a-f]{8}-[0-9a-f]{4}-/)).toHaveCount(0);
  await accessible('data entry (commune cadre)');

  // Typed and not saved: leaving asks first; staying keeps the figure.
  await cell.fill('7');
  await page.getByRole('link', { name: 'Hoạt động', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Rời khỏi khi chưa lưu?' });
  await expect(dialog).toBeVisible();
  await shot('leave-unsaved');
  await dialog.getByRole('button', { name: 'Ở lại để lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(cell).toHaveValue('7');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu 1 ô')).toBeVisible();
  // Saved: leaving is free.
  await page.getByRole('link', { name: 'Giao chỉ tiêu', exact: true }).first().click();
  await expect(page.locator('.ant-select').filter({ hasText: name })).toBeVisible();
  await page.getByRole('link', { name: 'Kết quả thực hiện', exact: true }).first().click();
  await expect(page.locator('.ant-select').filter({ hasText: name })).toBeVisible();

  // A new activity: the commune is already chosen; a file too large or of the wrong kind is refused before any upload.
  await page.goto('/activities/new');
  await expect(page.locator('.ant-select').filter({ hasText: name })).toBeVisible();
  const files = page.locator('input[type=file]');
  await files.setInputFiles({ name: 'ảnh hội nghị.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(11 * 1024 * 1024, 1) });
  await expect(page.getByRole('alert')).toContainText('nặng 11 MB, vượt mức tối đa 10 MB');
  await files.setInputFiles({ name: 'chương trình.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await expect(page.getByRole('alert')).toContainText('không phải ảnh JPEG, PNG');
  await expect(page.locator('.ant-upload-list-item')).toHaveCount(0);
  await shot('activity-file-refused');

  // A file the browser lets through but the API refuses (not a PNG inside): the activity is saved once, the cadre
  // lands on its page told which file to attach again, and there is no form left to save a second copy from.
  const title = `Sinh hoạt chi hội — ${stamp}`;
  await page.getByLabel('Tên hoạt động').fill(title);
  await choose(page.getByLabel('Loại hình'), 'Buổi truyền thông, tuyên truyền');
  await page.getByLabel('Bắt đầu').fill('08/03/2026 08:00');
  await page.getByLabel('Bắt đầu').press('Enter');
  await files.setInputFiles([
    { name: 'ảnh tốt.png', mimeType: 'image/png', buffer: png(32, 24) },
    { name: 'ảnh hỏng.png', mimeType: 'image/png', buffer: Buffer.from('không phải ảnh') },
  ]);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('1 tệp chưa được đính kèm: ảnh hỏng.png', { exact: false })).toBeVisible();
  await shot('activity-saved-file-refused');
  const mine = (
    await api.get(
      // as the cadre: their commune's activities
      `/api/v1/activities?q=${encodeURIComponent(stamp)}&size=10`,
    )
  ).items;
  expect(mine.length, 'one activity, never two').toBe(1);
  expect(mine[0].attachments, 'the good photo is attached').toBe(1);
});
