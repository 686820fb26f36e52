// The JavaScript budget of the first screen, checked on the build (run by `npm run build`, so CI fails when it is over).
// What the home screen needs before its chart: the entry chunk, the home route's chunk, and every chunk they import
// statically, gzipped as a server or CDN would send them. Reads Vite's manifest (build.manifest).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Measured 324 KB once the home screen dropped antd Card and List; the goal for any signed-in screen is 300 KB.
const BUDGET_KB = 330;
const dist = process.env.VWU_SPA_OUT_DIR ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const firstScreen = ['index.html', 'src/app/routes/home/HomeRoute.tsx'];

const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build's manifest: update firstScreen in ${import.meta.url}`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
firstScreen.forEach(visit);

let bytes = 0;
for (const file of files) bytes += gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = Math.round(bytes / 1024);
// The manifest is for this check only: the backend would otherwise serve it with the SPA.
rmSync(join(dist, '.vite'), { recursive: true });
console.log(`first screen's JavaScript: ${files.size} files, ${kb} KB gzipped (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`over the JavaScript budget by ${kb - BUDGET_KB} KB`);
  process.exit(1);
}
