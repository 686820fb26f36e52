import { test as base, expect, type Page, type Locator, type APIRequestContext } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { screenshots } from './env';

type Journey = {
  /** Fails the journey on any uncaught error in the page. */
  pageErrors: void;
  /** axe (WCAG 2 A and AA): no serious or critical violation on the screen; the full list goes to screenshots/axe-*.json. */
  accessible: (screen: string) => Promise<void>;
  /** A full-page screenshot for people to look at, once animations have ended. */
  shot: (name: string) => Promise<void>;
  /** The API with the journey's own session, writes marked as coming from a script (the API's CSRF rule). */
  api: API;
};

export const test = base.extend<Journey>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  accessible: async ({ page }, use) => {
    await use(async (screen) => {
      await settled(page);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      mkdirSync(screenshots, { recursive: true });
      writeFileSync(
        join(screenshots, `axe-${screen.replace(/\W+/g, '-')}.json`),
        JSON.stringify(
          result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
          null,
          2,
        ),
      );
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        bad.map((v) => `${v.id} (${v.impact}): ${v.nodes[0]?.target}`),
        `axe on ${screen}`,
      ).toEqual([]);
    });
  },
  shot: async ({ page }, use) => {
    await use(async (name) => {
      await settled(page);
      await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
    });
  },
  api: async ({ page }, use) => {
    await use(new API(page.request));
  },
});

export { expect };

/** Lets finite animations end (a drawer sliding in, a row expanding): half-faded colours are neither seen nor judged. */
async function settled(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** An API answer as the journeys read it: their assertions check its shape, the types do not. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = any;

/** Calls to the API that fail the journey, with the answer, when they do not succeed. */
export class API {
  constructor(readonly request: APIRequestContext) {}

  async get<T = Answer>(path: string): Promise<T> {
    return this.call('GET', path);
  }

  async call<T = Answer>(method: string, path: string, data?: unknown): Promise<T> {
    const answer = await this.request.fetch(path, { method, data, headers: { 'X-Requested-With': 'e2e' } });
    expect(answer.ok(), `${method} ${path}: ${answer.status()} ${await answer.text()}`).toBe(true);
    return answer.status() === 204 ? ({} as T) : answer.json();
  }

  /** The first unit whose name matches q (diacritics optional) at a level on a day. */
  async unit(q: string, level: string, asOf = '2026-01-01') {
    return (await this.get(`/api/v1/units?q=${encodeURIComponent(q)}&level=${level}&asOf=${asOf}`)).items[0];
  }
}

/**
 * Chooses an option of an Ant Design select, typing `search` first when the select searches the API. Done when the
 * select shows the option as its value. A search's results replace the list while they load, and a click on an option
 * being replaced is lost: so it waits until no select is loading, clicks the visible copy (Ant Design lists options
 * twice, a hidden accessible list and the visible one), and checks what the select then shows.
 */
export async function choose(field: Locator, label: string, search?: string) {
  const page = field.page();
  const select = field.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  if (search !== undefined) await field.fill(search);
  else await field.click();
  await expect(select.locator('.anticon-loading')).toHaveCount(0);
  await dropdown.locator(`.ant-select-item-option[title="${label}"]`).click();
  await expect(dropdown).toBeHidden();
  await expect(select).toContainText(label);
}

/** A small valid PNG (solid colour), built here so the journeys need no fixture files. */
export function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set([196, 29, 127], y * (width * 3 + 1) + 1 + x * 3);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A number as vi-VN writes it (1.200). */
export const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
