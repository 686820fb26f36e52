import { test, expect } from '../support/fixtures';

test('targets from a CSV file as Excel saves it: checked first, bad lines named, then written', async ({ page, api, accessible, shot }) => {
  const commune = await api.unit('an xuyen', 'COMMUNE');
  await page.goto(`/targets?unitId=${commune.id}&year=2026`);
  const cell = page.getByLabel('Số hội viên kết nạp mới, Năm 2026');
  await expect(cell).toBeVisible();
  const upload = (name: string, text: string, tail: number[] = []) =>
    page
      .locator('input[type=file]')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.concat([Buffer.from(text), Buffer.from(tail)]) });
  const dialog = page.getByRole('dialog');
  const header = 'indicator;unit;period;value;comment\n';
  // Excel's plain "CSV" is in the Windows code page: refused before anything is sent
  await upload('chi-tieu-ansi.csv', `${header}VWU-MEM-NEW;${commune.id};2026;300;K`, [0xea, 0x0a]);
  await expect(dialog.getByText('Tệp không ở dạng UTF-8', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  // a bad line: named with its line in the file, and nothing can be written
  await upload('chi-tieu-sai.csv', `${header}VWU-MEM-NEW;${commune.id};2026;300;\n\nVWU-MEM-NEW;${commune.id};2022-2027;-5;\n`);
  await expect(dialog.getByText('line 4: value', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Ghi' })).toBeDisabled();
  await accessible('csv import errors');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  // a good file, with Vietnamese thousands dots: checked, shown, then written
  await upload('chi-tieu.csv', `${header}VWU-MEM-NEW;${commune.id};2026;1.345;Nghị quyết chi hội\n`);
  await expect(dialog.getByText('Đã kiểm tra 1 dòng, chưa ghi gì', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Ghi' }).click();
  await expect(page.getByText('Đã ghi:', { exact: false })).toBeVisible();
  const stored = (await api.get(`/api/v1/targets?unitId=${commune.id}&indicator=VWU-MEM-NEW&period=2026`)).items[0];
  expect(stored.value).toBe(1345);
  expect(stored.comment).toBe('Nghị quyết chi hội');
  await expect(cell).toHaveValue('1.345');
  await shot('targets-csv-import');
});
