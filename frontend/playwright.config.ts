import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The browser journeys run against a running backend that serves the built SPA (SpaEndToEndTest starts one within
// `./mvnw verify`; `npm run e2e` uses VWU_E2E_BASE_URL, default http://localhost:8080).
const output = process.env.VWU_E2E_OUTPUT ?? 'test-results';

/** The browser a laptop has: CHROMIUM if set, else Debian's Chromium, Google Chrome or Edge where they are installed. */
const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];
const browser = process.env.CHROMIUM || BROWSERS.find((b) => existsSync(b));
if (!browser) {
  throw new Error(
    'No Chromium-based browser found: install Chromium (Debian: apt-get install -y chromium), Google Chrome or ' +
      'Microsoft Edge, or set CHROMIUM to its path',
  );
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: join(output, 'artifacts'),
  // One journey at a time: they share one server, and a busy two-core machine must not time them out.
  workers: 1,
  fullyParallel: false,
  // A journey that fails fails: no retry hides a flaky one.
  retries: 0,
  forbidOnly: true,
  // Generous bounds: they only matter when something is wrong, and a loaded machine is slow, not wrong.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: join(output, 'results.json') }], ['junit', { outputFile: join(output, 'junit.xml') }]],
  use: {
    baseURL: process.env.VWU_E2E_BASE_URL ?? 'http://localhost:8080',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: browser,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-breakpad',
      ],
    },
  },
  projects: [
    { name: 'sign-in', testMatch: /auth\.setup\.ts/ },
    {
      name: 'journeys',
      testMatch: /journeys\/.*\.spec\.ts/,
      dependencies: ['sign-in'],
      use: { storageState: join(output, 'admin-session.json') },
    },
  ],
});
