import { join } from 'node:path';

/** Where results, screenshots and the saved session go (SpaEndToEndTest: backend/target/e2e). */
export const output = process.env.VWU_E2E_OUTPUT ?? 'test-results';
export const screenshots = join(output, 'screenshots');
export const adminSession = join(output, 'admin-session.json');

/** The account the journeys act as (the backend test profile's first administrator, passed by SpaEndToEndTest). */
export const credentials = {
  username: process.env.VWU_E2E_USERNAME ?? 'demo.admin',
  password: process.env.VWU_E2E_PASSWORD ?? 'PhuNu@2026demo', // the demo accounts' documented password
};

/** A mark unique to one run of one journey, for the names and codes of the data it makes. */
export const uniqueStamp = () => `e2e${Date.now()}${Math.floor(Math.random() * 1000)}`;
