/**
 * `npm start`: the product on its built-in demo. Builds the extension (the
 * e2e build, which may reach loopback without a permission prompt), starts
 * the local HQ server with demo data, opens Chromium with the extension
 * already connected and a demo conversation on screen. Without a display it
 * runs headless and saves screenshots instead. Ctrl-C stops everything.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHqServer } from '../tests/hq-server/server';
import { conversationByTitle } from '../tests/hq-server/demo-data';
import { launchWithExtension } from '../tests/launch-browser';
import { connectExtension } from '../components/options/options.page';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const port = Number(process.env.HQ_PORT ?? 8787);

console.log('Building the extension…');
const build = spawnSync('npm', ['run', 'build:e2e', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hq = await startHqServer({ port });
const demo = conversationByTitle(hq.data, 'Q3 revenue analysis');
const demoPage = `${hq.webAppUrl}/conversations/${demo.id}`;
console.log(`Local HQ server  ${hq.url}  (web app ${hq.webAppUrl})`);
console.log(`Demo token       ${hq.tokens.readWrite}`);
console.log(
  'Sign in with HQ  as ada@example.com, grace@example.com or alan@example.com (sign out first in the options)',
);

const { context, extensionId } = await launchWithExtension({
  userDataDir: mkdtempSync(path.join(tmpdir(), 'hq-demo-profile-')),
  headless,
  viewport: headless ? { width: 1280, height: 800 } : null,
});

// Connect exactly as a person would, through the options page.
const options = await connectExtension(context, extensionId, {
  url: hq.url,
  webAppUrl: hq.webAppUrl,
  token: hq.tokens.readWrite,
});
console.log('Extension connected to the local HQ server.');

const conversation = await context.newPage();
await conversation.goto(demoPage);

if (headless) {
  const folder = path.resolve('screenshots');
  mkdirSync(folder, { recursive: true });
  await options.screenshot({ path: path.join(folder, 'options.png'), fullPage: true });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('listitem').first().waitFor();
  await popup.screenshot({ path: path.join(folder, 'popup.png') });
  await conversation.bringToFront();
  await conversation.getByRole('button', { name: /^Artifacts \(\d+\)/ }).click();
  await conversation.screenshot({ path: path.join(folder, 'conversation.png') });
  console.log(`No display: ran headless. Screenshots saved in ${folder}`);
} else {
  await conversation.bringToFront();
  console.log(`Chromium is open on ${demoPage}. Click the HQ Artifacts toolbar button to see the popup.`);
}
console.log('Press Ctrl-C to stop.');

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await context.close().catch(() => {});
  await hq.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
context.on('close', () => void stop());
