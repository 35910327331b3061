import { defineConfig } from '@playwright/test';

// The Firefox suite: Firefox ESR driven over WebDriver BiDi by puppeteer-core (tests/firefox/).
export default defineConfig({
  testDir: 'tests/firefox',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : 'list',
});
