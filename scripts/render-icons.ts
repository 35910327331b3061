/**
 * Renders the toolbar/store icons (public/icon-*.png) from the logo SVG.
 * Run once after changing the logo: `npx tsx scripts/render-icons.ts`.
 */
import { chromium } from '@playwright/test';
import path from 'node:path';
import { renderToString } from 'preact-render-to-string';
import { h } from 'preact';
import { HqLogo } from '../components/shared/HqLogo';
import { chromiumExecutable } from '../tests/launch-browser';

const sizes = [16, 32, 48, 128];
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${renderToString(h(HqLogo, { size }))}`,
  );
  await page.locator('svg').screenshot({ path: path.join('public', `icon-${size}.png`), omitBackground: true });
}
await browser.close();
