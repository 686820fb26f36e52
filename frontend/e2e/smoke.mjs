// End-to-end tests of the SPA in Debian's Chromium (headless) against a running backend with its real database.
// Usage: node e2e/smoke.mjs <base URL> <screenshot dir>      (run by backend SpaEndToEndTest within ./mvnw verify)
import { chromium, request } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deflateSync, gzipSync } from 'node:zlib';
import assert from 'node:assert/strict';

const base = process.argv[2] ?? 'http://localhost:8080';
const shots = process.argv[3] ?? 'target/e2e-screenshots';
mkdirSync(shots, { recursive: true });
const axeReport = [];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-breakpad'],
});
const failures = [];
// The account the tests sign in with (the backend test profile's first administrator, passed by SpaEndToEndTest).
const username = process.env.VWU_E2E_USERNAME ?? 'admin';
const password = process.env.VWU_E2E_PASSWORD ?? '';
/** Cookies of the session opened by the sign-in scenario; every later scenario starts signed in with them. */
let signedIn;

async function test(name, fn, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true,
    storageState: signedIn });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const t0 = Date.now();
  try {
    await fn(page);
    assert.deepEqual(errors, [], 'uncaught errors in the page');
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failures.push(name);
    console.log(`FAIL ${name}: ${e.message}`);
    await page.screenshot({ path: `${shots}/FAILED-${name.replace(/\W+/g, '-')}.png`, fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
}

/** Lets finite animations end (a drawer sliding in, a row expanding): half-faded colours are neither seen nor judged. */
async function settled(page) {
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => {}))));
}

/** axe: no serious or critical violation on the screen. */
async function accessible(page, screen) {
  await settled(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  axeReport.push({ screen, violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })) });
  assert.deepEqual(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes[0]?.target}`), [], `axe on ${screen}`);
}

async function shot(page, name) {
  await settled(page);
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

/** A small valid PNG (solid colour), built here so the test needs no fixture files. */
function png(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4); header[8] = 8; header[9] = 2;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set([196, 29, 127], y * (width * 3 + 1) + 1 + x * 3);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Ant Design lists options twice (a hidden accessible list and the visible one): click the visible one. */
/**
 * Choose an option of the open dropdown. A search's results replace the list while it loads, and a click on an option
 * being replaced is lost: wait until no select is loading, then click, then wait for the list to close (chosen).
 */
async function option(page, label) {
  await page.locator('.ant-select .anticon-loading').first().waitFor({ state: 'detached' });
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await dropdown.locator(`.ant-select-item-option[title="${label}"]`).click();
  await dropdown.waitFor({ state: 'hidden' });
}

const stamp = `e2e${Date.now()}`;
const title = `Truyền thông Luật Trẻ em — ${stamp}`;

await test('sign in: a wrong password is refused with a clear message, the right one opens the app', async (page) => {
  await page.goto(`${base}/units`);
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await accessible(page, 'sign-in');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password + 'x');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Sai tên đăng nhập hoặc mật khẩu').waitFor(); // the API's message, in the language of the screen
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('signed-in-user').waitFor();
  assert.equal(new URL(page.url()).pathname, '/units', 'stays on the address asked for');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'vwu_session');
  assert.ok(cookie?.httpOnly, 'the session cookie is HttpOnly');
  assert.equal(cookie?.sameSite, 'Strict');
  assert.equal(await page.evaluate(() => document.cookie.includes('vwu_session')), false, 'scripts cannot read the session');
  await shot(page, '00-signed-in');
  signedIn = await page.context().storageState();
});

await test('sign out ends the session on the server', async (page) => {
  // A session of its own, so that signing out does not end the one the other scenarios use.
  const own = await page.request.post(`${base}/api/v1/session`, { data: { username, password } });
  assert.equal(own.status(), 200);
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  assert.equal((await page.request.get(`${base}/api/v1/session`)).status(), 401, 'the old cookie no longer works');
});

await test('the tree changes across the reform date', async (page) => {
  // Other tests add units of their own, so the counts come from the API; the provinces' merger is the point.
  const count = async (asOf) => (await (await page.request.get(`${base}/api/v1/units?level=CENTRAL&asOf=${asOf}`)).json()).items[0].childCount;
  const tree = page.getByRole('tree');
  await page.goto(`${base}/units?asOf=2025-06-30`);
  const root = tree.locator('.ant-tree-treenode').first();
  const rootShows = async (asOf) => assert.ok((await root.innerText()).includes(`(${new Intl.NumberFormat('vi-VN').format(await count(asOf))})`),
    `the central union's node shows its ${asOf} count: ${await root.innerText()}`);
  await tree.getByText('Hội LHPN tỉnh Bạc Liêu', { exact: true }).waitFor();
  await rootShows('2025-06-30');
  await shot(page, 'units-2025-06-30');
  await page.goto(`${base}/units?asOf=2025-07-01`);
  await tree.getByText('Hội LHPN tỉnh Cà Mau', { exact: true }).waitFor();
  await rootShows('2025-07-01');
  assert.equal(await tree.getByText('Hội LHPN tỉnh Bạc Liêu', { exact: true }).count(), 0, 'Bạc Liêu merged into Cà Mau');
  assert.equal((await count('2025-06-30')) - (await count('2025-07-01')), 63 - 34, '63 provinces became 34');
  await shot(page, 'units-2025-07-01');
  await accessible(page, 'units');
});

await test('search without diacritics, then a province merged in 2025 shows where it went', async (page) => {
  await page.goto(`${base}/units?asOf=2025-06-30`);
  await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('bac lieu');
  await page.getByRole('link', { name: 'Hội LHPN tỉnh Bạc Liêu' }).click();
  await page.getByRole('heading', { name: 'Hội LHPN tỉnh Bạc Liêu' }).waitFor();
  await page.getByText('sáp nhập vào', { exact: false }).waitFor();
  assert.match(await page.locator('main').innerText(), /Hội LHPN tỉnh Bạc Liêu → sáp nhập vào Hội LHPN tỉnh Cà Mau từ 01\/07\/2025/);
  await shot(page, 'unit-bac-lieu');
  await accessible(page, 'unit page');
});

await test('record an activity with a photo, find it, and see it counted in the achievement report', async (page) => {
  const caMau = (await (await page.request.get(`${base}/api/v1/units?q=ca%20mau&level=PROVINCE&asOf=2026-03-08`)).json()).items[0];
  const sessions = async () => Number((await (await page.request.get(
    `${base}/api/v1/analytics/achievement?unitId=${caMau.id}&period=2026&indicator=VWU-ACT-COMM`)).json()).rows[0]?.actual ?? 0);
  const before = await sessions();
  await page.goto(`${base}/activities/new`);
  await page.getByLabel('Đơn vị tổ chức').fill('ca mau');
  await option(page, 'Hội LHPN tỉnh Cà Mau');
  await page.getByLabel('Tên hoạt động').fill(title);
  await page.getByLabel('Loại hình').click();
  await option(page, 'Buổi truyền thông, tuyên truyền');
  await page.getByLabel('Bắt đầu').fill('08/03/2026 08:00');
  await page.getByLabel('Bắt đầu').press('Enter');
  await page.getByLabel('Tổng cộng').fill('120');
  await page.getByLabel('Nữ', { exact: true }).fill('100');
  await page.getByLabel('Nam', { exact: true }).fill('30');
  await page.locator('input[type=file]').setInputFiles({ name: 'buổi truyền thông.png', mimeType: 'image/png', buffer: png(64, 48) });
  await page.getByRole('button', { name: 'Lưu' }).click();
  // women + men exceed the total: the API's message appears next to the field, and nothing is saved
  await page.getByText('vượt tổng số', { exact: false }).first().waitFor(); // the API's rule, in Vietnamese, on its field
  await shot(page, 'activity-form-error');
  await page.getByLabel('Nam', { exact: true }).fill('20');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.waitForURL(/\/activities\?unitId=/);
  await page.getByRole('searchbox', { name: 'Tìm theo nội dung' }).fill(stamp); // newest first: find it among the demo data
  await page.getByRole('searchbox', { name: 'Tìm theo nội dung' }).press('Enter');
  await page.getByText(title).waitFor();
  await shot(page, 'activities');
  await accessible(page, 'activities');
  const found = await (await page.request.get(`${base}/api/v1/activities?q=${encodeURIComponent('e2e')}&size=100`)).json();
  const saved = found.items.find((a) => a.title === title);
  assert.ok(saved, 'the activity is in the API');
  assert.equal(saved.attachments, 1, 'its photo was uploaded');
  assert.equal(saved.participants.total, 120);

  // open it, see its photo's preview, correct the title
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('img', { name: 'buổi truyền thông.png' }).waitFor();
  await page.getByRole('button', { name: 'Sửa' }).click();
  await page.getByLabel('Tên hoạt động').fill(`${title} (đã sửa)`);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('heading', { name: `${title} (đã sửa)` }).waitFor();
  await shot(page, 'activity-detail');
  // axe judges contrast mid-animation: let the "saved" toast finish fading in and out first
  await page.waitForFunction(() => document.querySelectorAll('.ant-message-notice').length === 0, null, { timeout: 10_000 });
  await accessible(page, 'activity detail');
  const edited = await (await page.request.get(`${base}/api/v1/activities/${saved.id}`)).json();
  assert.equal(edited.version, 1);
  assert.equal(edited.participants.total, 120, 'fields not edited are kept');
  await page.goBack();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Xuất Excel' }).click();
  const file = await (await download).path();
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an XLSX (zip) file');

  await page.goto(`${base}/achievement?unitId=${saved.unit.id}&period=2026`);
  await page.getByText('chỉ tiêu:', { exact: false }).first().waitFor();
  const row = page.getByRole('row', { name: /Số buổi truyền thông, tuyên truyền/ });
  await row.waitFor();
  assert.equal(await sessions(), before + 1, 'the derived indicator counts the new session at once');
  const shown = new Intl.NumberFormat('vi-VN').format(before + 1);
  assert.ok((await row.innerText()).split(/\s+/).includes(shown), `the report shows ${shown}: ${await row.innerText()}`);
  await shot(page, 'achievement');
  await accessible(page, 'achievement');
  const report = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Xuất Excel' }).click();
  const workbook = await report;
  assert.match(workbook.suggestedFilename(), /^ket-qua-96-2026\.xlsx$/);
  assert.equal(readFileSync(await workbook.path()).subarray(0, 2).toString(), 'PK');
  // the nine-month review: January–September measured against the year's targets
  await page.getByRole('button', { name: 'Sơ kết 9 tháng' }).click();
  await page.getByRole('heading', { name: /2026-01-01\.\.2026-09-30 \(so với chỉ tiêu 2026\)/ }).waitFor();
  assert.match(page.url(), /period=2026-01-01\.\.2026-09-30&targetPeriod=2026/);
  await accessible(page, 'nine-month review');
});

await test('enter a month of figures like in a spreadsheet; bad cells are flagged and nothing half-saved', async (page) => {
  const commune = (await (await page.request.get(`${base}/api/v1/units?q=an%20xuyen&level=COMMUNE&asOf=2026-01-01`)).json()).items[0];
  const total = async () => Number((await (await page.request.get(
    `${base}/api/v1/analytics/values?indicator=VWU-MEM-NEW&unitId=${commune.id}&period=2026`)).json()).rows[0]?.value ?? 0);
  const before = await total();
  await page.goto(`${base}/entry?unitId=${commune.id}&year=2026&type=MONTH`);
  const cell = (month) => page.getByLabel(`Số hội viên kết nạp mới, T${month}/2026`);
  await cell(3).waitFor();
  const start = Number((await cell(3).inputValue()).replace(/\./g, '') || 0);
  const start4 = Number((await cell(4).inputValue()).replace(/\./g, '') || 0);
  await cell(3).fill(String(start + 12));
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  await cell(3).press('ArrowDown'); // the keyboard moves like in a spreadsheet
  assert.match(await focused(), /, T3\/2026$/);
  assert.notEqual(await focused(), 'Số hội viên kết nạp mới, T3/2026');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), 'Số hội viên kết nạp mới, T3/2026');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'Số hội viên kết nạp mới, T4/2026');
  await page.keyboard.type('-5');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await page.getByText('phải từ 0 trở lên', { exact: false }).first().waitFor(); // the API's row error, in Vietnamese, on its cell
  assert.equal(await cell(4).getAttribute('aria-invalid'), 'true');
  assert.equal(await total(), before, 'a refused save writes nothing');
  await shot(page, 'data-entry-error');
  await cell(4).fill('1.200');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await page.getByText('Đã lưu 2 ô').waitFor();
  assert.equal(await total(), before + 12 + 1200 - start4, 'the roll-up has both months at once');
  await accessible(page, 'data entry');
  // the cell's history: this change on top, from what it was to 1.200
  await cell(4).click();
  await page.getByRole('button', { name: 'Lịch sử thay đổi' }).click();
  const history = page.getByRole('dialog', { name: 'Lịch sử: Số hội viên kết nạp mới, T4/2026' });
  const latest = history.getByRole('row').nth(1);
  await latest.getByRole('cell', { name: '1.200', exact: true }).waitFor();
  assert.match(await latest.textContent(), start4 ? /Sửa/ : /Tạo mới/);
  await shot(page, 'data-entry-history');
  await accessible(page, 'value history');
});

await test('targets from a CSV file as Excel saves it: checked first, bad lines named, then written', async (page) => {
  const commune = (await (await page.request.get(`${base}/api/v1/units?q=an%20xuyen&level=COMMUNE&asOf=2026-01-01`)).json()).items[0];
  await page.goto(`${base}/targets?unitId=${commune.id}&year=2026`);
  const cell = page.getByLabel('Số hội viên kết nạp mới, Năm 2026');
  await cell.waitFor();
  const upload = (name, text, tail = []) => page.locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.concat([Buffer.from(text), Buffer.from(tail)]) });
  const dialog = page.getByRole('dialog');
  const header = 'indicator;unit;period;value;comment\n';
  // Excel's plain "CSV" is in the Windows code page: refused before anything is sent
  await upload('chi-tieu-ansi.csv', `${header}VWU-MEM-NEW;${commune.id};2026;300;K`, [0xea, 0x0a]);
  await dialog.getByText('Tệp không ở dạng UTF-8', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  // a bad line: named with its line in the file, and nothing can be written
  await upload('chi-tieu-sai.csv', `${header}VWU-MEM-NEW;${commune.id};2026;300;\n\nVWU-MEM-NEW;${commune.id};2022-2027;-5;\n`);
  await dialog.getByText('line 4: value', { exact: false }).waitFor();
  assert.equal(await dialog.getByRole('button', { name: 'Ghi' }).isDisabled(), true);
  await accessible(page, 'csv import errors');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  // a good file, with Vietnamese thousands dots: checked, shown, then written
  await upload('chi-tieu.csv', `${header}VWU-MEM-NEW;${commune.id};2026;1.345;Nghị quyết chi hội\n`);
  await dialog.getByText('Đã kiểm tra 1 dòng, chưa ghi gì', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Ghi' }).click();
  await page.getByText('Đã ghi:', { exact: false }).waitFor();
  const stored = (await (await page.request.get(`${base}/api/v1/targets?unitId=${commune.id}&indicator=VWU-MEM-NEW&period=2026`)).json()).items[0];
  assert.equal(stored.value, 1345);
  assert.equal(stored.comment, 'Nghị quyết chi hội');
  await page.waitForFunction(() => document.querySelector('[aria-label="Số hội viên kết nạp mới, Năm 2026"]')?.value === '1.345');
  await shot(page, 'targets-csv-import');
});

await test('home: the year at a glance with a chart, within the JavaScript budget', async (page) => {
  const scripts = new Set();
  page.on('response', (r) => { if (r.url().endsWith('.js')) scripts.add(r.url()); });
  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: /Tổng quan năm/ }).waitFor();
  // What the first screen needs before its chart, gzipped as a server or CDN would send it
  const beforeChart = [...scripts].filter((u) => !/TrendChart/.test(u));
  let bytes = 0;
  for (const u of beforeChart) bytes += gzipSync(Buffer.from(await (await page.request.get(u)).body()), { level: 9 }).length;
  console.log(`     initial JavaScript: ${beforeChart.length} files, ${Math.round(bytes / 1024)} KB gzipped`);
  writeFileSync(`${shots}/bundle.json`, JSON.stringify({ files: beforeChart.length, gzipBytes: bytes }, null, 2));
  assert.ok(bytes <= 350 * 1024, `initial JavaScript ${Math.round(bytes / 1024)} KB > 350 KB`);
  await page.getByRole('img', { name: /Số hoạt động theo tháng/ }).locator('svg').first().waitFor();
  await page.getByText('chỉ tiêu:', { exact: false }).first().waitFor();
  await shot(page, 'home');
  await accessible(page, 'home');
});

await test('catalogues and English', async (page) => {
  await page.goto(`${base}/indicators`);
  await page.getByRole('searchbox').fill('hoi vien ket nap');
  await page.getByRole('searchbox').press('Enter');
  await page.getByText('VWU-MEM-NEW').waitFor();
  await accessible(page, 'indicators');
  await page.goto(`${base}/programmes`);
  await page.getByText('DA8', { exact: true }).waitFor();
  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('columnheader', { name: 'Kind' }).waitFor();
  await shot(page, 'programmes-en');
  await accessible(page, 'programmes');
});

await test('reports: two communes submit their month; the province approves one and returns the other with a reason', async (page) => {
  const call = async (method, path, data) => {
    const r = await page.request.fetch(`${base}${path}`, { method, data, headers: { 'X-Requested-With': 'e2e' } });
    assert.ok(r.ok(), `${method} ${path}: ${r.status()} ${await r.text()}`);
    return r.status() === 204 ? {} : r.json();
  };
  // Codes with a dash: reference codes have none, and a test counts those.
  const central = (await call('GET', '/api/v1/units?level=CENTRAL&asOf=2026-01-01')).items[0].id;
  const unit = (parentId, level, name, code) => call('POST', '/api/v1/units',
    { code, name, level, kind: level === 'PROVINCE' ? 'tỉnh' : 'xã', parentId, validFrom: '2026-01-01' });
  const province = (await unit(central, 'PROVINCE', `Tỉnh báo cáo ${stamp}`, `${stamp}-P`)).id;
  const communes = [];
  for (const n of ['Một', 'Hai']) communes.push((await unit(province, 'COMMUNE', `Xã ${n} ${stamp}`, `${stamp}-${n === 'Một' ? 1 : 2}`)).id);
  // The communes' reports are submitted by an editor of the province: nobody approves what they submitted themselves.
  const editor = `bc.${stamp}`.toLowerCase();
  await call('POST', '/api/v1/users', { username: editor, fullName: 'Cán bộ nhập liệu', unitId: province, roles: ['EDITOR'],
    password: 'Mật-khẩu-ban-đầu-1' });
  const asEditor = await request.newContext({ extraHTTPHeaders: { 'X-Requested-With': 'e2e' } });
  const signedIn = await asEditor.post(`${base}/api/v1/session`, { data: { username: editor, password: 'Mật-khẩu-ban-đầu-1' } });
  assert.ok(signedIn.ok(), `editor sign-in: ${signedIn.status()}`);
  const chosen = await asEditor.put(`${base}/api/v1/session/password`,
    { data: { currentPassword: 'Mật-khẩu-ban-đầu-1', newPassword: 'Hoa-cúc-vàng-ven-sông-3' } });
  assert.ok(chosen.ok(), `editor password: ${chosen.status()}`);
  for (const c of communes) {
    await call('PUT', '/api/v1/values', { values: [
      { indicator: 'VWU-MEM-TOTAL', unitId: c, period: '2026-08', categoryOption: 'KHONG_DTTS', value: 812 },
      { indicator: 'VWU-MEM-NEW', unitId: c, period: '2026-08', value: 9 }] });
    const report = await call('POST', '/api/v1/reports', { form: 'BC-THANG', unitId: c, period: '2026-08' });
    const submitted = await asEditor.post(`${base}/api/v1/reports/${report.id}/submit`);
    assert.ok(submitted.ok(), `submit: ${submitted.status()} ${await submitted.text()}`);
  }
  await asEditor.dispose();
  await page.goto(`${base}/reports?unitId=${province}&form=BC-THANG&period=2026-08`);
  const row = (n) => page.getByRole('row', { name: new RegExp(`Xã ${n} ${stamp}`) });
  await row('Một').getByText('Đã gửi').waitFor();
  await accessible(page, 'reports');
  await row('Một').getByRole('button', { name: 'Duyệt' }).click();
  await row('Một').getByText('Đã duyệt').waitFor();
  await row('Hai').getByRole('button', { name: 'Trả lại' }).click();
  await page.getByLabel('Lý do (đơn vị sẽ thấy để sửa):').fill('Số hội viên mới chưa khớp danh sách kết nạp');
  await page.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click();
  await row('Hai').getByText('Bị trả lại').waitFor();
  const counts = await page.getByTestId('completeness-counts').textContent();
  // August was due on 5 September: submitted today, both are late; the returned one no longer counts as submitted.
  assert.match(counts, /2 đơn vị: 0 gửi đúng hạn, 1 trễ hạn, 1 đã duyệt, 1 bị trả lại, 0 chưa gửi/);
  // The approved commune's figures are locked now.
  const locked = await page.request.put(`${base}/api/v1/values`, { headers: { 'X-Requested-With': 'e2e' },
    data: { values: [{ indicator: 'VWU-MEM-NEW', unitId: communes[0], period: '2026-08', value: 10 }] } });
  assert.equal(locked.status(), 409);
  await shot(page, 'reports');
  // The data-entry grid shows those figures locked (August only, and only the form's indicators).
  await page.goto(`${base}/entry?unitId=${communes[0]}&year=2026&type=MONTH`);
  const lockedCell = page.getByRole('textbox', { name: /T8\/2026 \(đã khóa\)/ }).first();
  await lockedCell.waitFor();
  assert.equal(await lockedCell.getAttribute('readonly'), '');
  assert.equal(await page.getByRole('textbox', { name: /T9\/2026 \(đã khóa\)/ }).count(), 0);
  await lockedCell.focus();
  await page.getByText(/Đã khóa: thuộc Báo cáo tháng kỳ 2026-08 đã được duyệt/).waitFor();
});

await test('administration: create an account, create and revoke an API token, find both in the audit log', async (page) => {
  await page.goto(`${base}/admin`);
  await page.getByRole('tab', { name: 'Tài khoản' }).waitFor();
  await accessible(page, 'admin-users');
  // a new account for a cadre of the central union
  await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên đăng nhập').fill(`canbo.${stamp}`);
  await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Hồng Nhung');
  await dialog.getByLabel('Đơn vị', { exact: true }).fill('trung uong');
  await option(page, 'Trung ương Hội LHPN Việt Nam');
  await dialog.getByLabel('Nhập liệu').check();
  // a weak password is refused by the API, and the message stands next to the field
  await dialog.getByLabel('Mật khẩu', { exact: true }).fill('123');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  assert.match(await dialog.locator('#user_password_help').textContent(), /phải có ít nhất 10 ký tự/);
  await dialog.getByLabel('Mật khẩu', { exact: true }).fill('Hoa-sen-nở-2026');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('searchbox').fill(`canbo.${stamp}`);
  await page.getByRole('searchbox').press('Enter');
  await page.getByRole('cell', { name: 'Nguyễn Thị Hồng Nhung' }).waitFor();

  // a token for another system: shown once, works, and stops working when revoked
  await page.getByRole('tab', { name: 'Mã truy cập API' }).click();
  await page.getByLabel('Tên mã').fill(`Phần mềm tỉnh ${stamp}`);
  await page.getByRole('button', { name: 'Tạo mã' }).click();
  const secret = (await page.getByTestId('token-secret').textContent()).trim();
  assert.match(secret, /^vwu_/);
  // plain fetch: no session cookie along, only the token
  const withToken = () => fetch(`${base}/api/v1/session`, { headers: { Authorization: `Bearer ${secret}` } });
  assert.equal((await withToken()).status, 200);
  await accessible(page, 'admin-tokens');
  const row = page.getByRole('row', { name: new RegExp(`Phần mềm tỉnh ${stamp}`) });
  await row.getByRole('button', { name: 'Thu hồi' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Thu hồi' }).click();
  await row.getByText('Đã thu hồi').waitFor();
  assert.equal((await withToken()).status, 401);

  // both in the audit log
  await page.getByRole('tab', { name: 'Nhật ký thay đổi' }).click();
  await page.getByRole('columnheader', { name: 'Người thực hiện' }).waitFor();
  // axe before a dropdown has been opened: Ant Design leaves an unnamed listbox behind once it has
  await accessible(page, 'admin-audit');
  await page.getByLabel('Loại dữ liệu').click();
  await option(page, 'Tài khoản');
  await page.getByText(`canbo.${stamp}`).first().waitFor();
  await shot(page, 'admin-audit');

  // a write of figures is one event per unit; opening it lists its values with before and after
  const commune = (await (await page.request.get(`${base}/api/v1/units?q=an%20xuyen&level=COMMUNE&asOf=2026-01-01`)).json()).items[0];
  const months = ['2026-01', '2026-02'].map((period, i) => ({ indicator: 'VWU-MEM-NEW', unitId: commune.id, period, value: 7000 + i }));
  const put = await page.request.put(`${base}/api/v1/values`, { headers: { 'X-Requested-With': 'e2e' }, data: { values: months } });
  assert.equal(put.status(), 200, await put.text());
  await page.getByLabel('Loại dữ liệu').click();
  await option(page, 'Số liệu');
  const event = page.getByRole('row', { name: /Thay đổi 2 số liệu/ }).first();
  await event.getByRole('button', { name: /expand|mở rộng/i }).click();
  const values = page.getByRole('table', { name: 'Các số liệu đã thay đổi' });
  await values.getByRole('cell', { name: '7.000', exact: true }).waitFor();
  await values.getByRole('cell', { name: '7.001', exact: true }).waitFor();
  assert.match(await values.textContent(), /Số hội viên kết nạp mới/);
  await shot(page, 'admin-audit-values');
});

await test('a new account chooses its own password before anything else', async (page) => {
  // An administrator makes the account (this journey stands alone: it does not reuse the administration one's)...
  const central = (await (await page.request.get(`${base}/api/v1/units?level=CENTRAL`)).json()).items[0];
  const made = await page.request.post(`${base}/api/v1/users`, { headers: { 'X-Requested-With': 'e2e' },
    data: { username: `moi.${stamp}`, fullName: 'Lê Thị Mới', unitId: central.id, roles: ['VIEWER'], password: 'Hoa-sen-nở-2026' } });
  assert.equal(made.status(), 201, await made.text());
  await page.context().clearCookies(); // ...and the cadre signs in on their own computer
  await page.goto(`${base}/`);
  await page.getByLabel('Tên đăng nhập').fill(`moi.${stamp}`);
  await page.getByLabel('Mật khẩu').fill('Hoa-sen-nở-2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Chọn mật khẩu của riêng bạn' }).waitFor();
  assert.equal(await page.getByRole('navigation').count(), 0, 'no way around it');
  assert.equal((await page.request.get(`${base}/api/v1/units?level=PROVINCE`)).status(), 403, 'nor through the API');
  await accessible(page, 'password change');
  await page.getByLabel('Mật khẩu hiện tại').fill('Hoa-sen-nở-2026');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Hoa-sen-nở-2026');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('Hoa-sen-nở-2026');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.getByText('phải khác mật khẩu hiện tại').waitFor(); // the API's rule, next to its field
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Sen-hồng-Đồng-Tháp-2027');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('Sen-hồng-Đồng-Tháp-2028');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.getByText('Hai lần nhập mật khẩu mới không khớp').waitFor();
  await page.getByLabel('Nhập lại mật khẩu mới').fill('Sen-hồng-Đồng-Tháp-2027');
  await shot(page, 'password-change');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.getByRole('navigation').waitFor();
  assert.equal((await page.request.get(`${base}/api/v1/units?level=PROVINCE`)).status(), 200);
});

await test('works on a 360 px phone', async (page) => {
  await page.goto(`${base}/activities`);
  await page.getByRole('heading', { name: 'Hoạt động' }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow} px`);
  await shot(page, 'activities-phone');
}, { width: 360, height: 740 });

await browser.close();
writeFileSync(`${shots}/axe.json`, JSON.stringify(axeReport, null, 2));
console.log(failures.length ? `${failures.length} e2e test(s) failed: ${failures.join('; ')}` : 'all e2e tests passed');
process.exit(failures.length ? 1 : 0);
