import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';

// The backend serves the built SPA on the API's origin; `npm run dev` proxies the API to it.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: process.env.VWU_SPA_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    // read by scripts/check-bundle-budget.mjs
    manifest: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/q': 'http://localhost:8080' },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**'],
    // A bound for a hung test, not a speed check: a loaded machine takes seconds to render Ant Design's tables.
    testTimeout: 60_000,
  },
});
