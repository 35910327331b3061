import { readFileSync } from 'node:fs';
import { test, expect, connectAndOpenPopup } from './fixtures';
import { finishedDownloads } from './downloads';
import { PopupPage } from '../../components/popup/popup.page';
import { OptionsPage } from '../../components/options/options.page';
import { conversationByTitle, findArtifact } from '../hq-server/demo-data';
import { HOSTILE_MD } from '../hq-server/sample-documents';
import type { HqServer } from '../hq-server/server';

/** Newest first, as HQ lists them. */
function expectedOrder(hq: HqServer): string[] {
  return [...hq.data.artifacts].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at)).map((a) => a.name);
}

// The gallery's groups, written out from HQ's docs rather than derived from our own code.
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/svg+xml', 'image/webp'];
const HTML_TYPES = ['text/html'];
const CODE_TYPES = [
  'text/x-python',
  'text/javascript',
  'application/typescript',
  'application/json',
  'application/yaml',
  'application/xml',
  'text/css',
  'application/sql',
  'text/markdown',
  'application/x-sh',
];

function namesOfTypes(hq: HqServer, types: string[] | 'other'): string[] {
  const known = [...IMAGE_TYPES, ...HTML_TYPES, ...CODE_TYPES];
  return expectedOrder(hq).filter((name, i) => {
    const artifact = [...hq.data.artifacts].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))[i]!;
    return types === 'other' ? !known.includes(artifact.content_type) : types.includes(artifact.content_type);
  });
}

test.describe('popup', () => {
  test('lists the workspace newest first with name, size, time and conversation', async ({
    context,
    extensionId,
    hq,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await expect(popup.rows.first()).toBeVisible();
    expect(await popup.rowNames()).toEqual(expectedOrder(hq));

    const detached = popup.row('archived-notes.md');
    await expect(detached).toContainText('Detached');
    await expect(detached).toContainText('Kept after its conversation was deleted');
    const untitled = popup.row('deploy.sh');
    await expect(untitled).toContainText('Untitled');
    const sensitive = popup.row('salaries-2026.csv');
    await expect(sensitive).toContainText('sensitive');
    const big = popup.row('dataset.bin');
    await expect(big).toContainText('5 MB');
    await expect(popup.page.getByText(/Updated/)).toBeVisible();
    // Exactly one list request for one popup open.
    expect(hq.requests.filter((r) => r.path === '/v1/api/artifacts').length).toBe(1);
  });

  test('opens from its page, one file of code and the bundler’s runtime: no stylesheet or shared chunk', async ({
    context,
    extensionId,
    hq,
  }) => {
    // Each file an extension page loads is a round trip through the browser process before the first rows can show.
    await (await connectAndOpenPopup(context, extensionId, hq)).page.close();
    const loaded: string[] = [];
    const popup = await PopupPage.open(context, extensionId, {
      beforeLoad: async (page) => void page.on('request', (request) => loaded.push(new URL(request.url()).pathname)),
    });
    await expect(popup.rows.first()).toBeVisible();
    const atOpen = loaded.filter((file) => file !== '/popup.html');
    expect(atOpen.filter((file) => file.endsWith('.css'))).toEqual([]);
    expect(atOpen.filter((file) => /^\/chunks\/popup-[\w-]+\.js$/.test(file))).toHaveLength(1);
    // The only other code: the bundler's runtime, shared with what the popup loads on first use.
    expect(atOpen.filter((file) => file.endsWith('.js') && !/^\/chunks\/(popup|rolldown-runtime)-/.test(file))).toEqual(
      [],
    );
    // Styled all the same: the header is laid out by the popup's own rules.
    await expect(popup.page.locator('.popup-head')).toHaveCSS('display', 'flex');
  });

  test('each type filter shows exactly its artifacts, with counts', async ({ context, extensionId, hq }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await expect(popup.rows.first()).toBeVisible();
    const cases: Array<[string, string[]]> = [
      ['Images', namesOfTypes(hq, IMAGE_TYPES)],
      ['HTML', namesOfTypes(hq, HTML_TYPES)],
      ['Code', namesOfTypes(hq, CODE_TYPES)],
      ['Files', namesOfTypes(hq, 'other')],
      ['All', expectedOrder(hq)],
    ];
    for (const [tab, names] of cases) {
      const button = popup.filterTab(tab);
      await popup.filter(tab);
      await expect(button).toHaveAttribute('aria-selected', 'true');
      await expect(button).toContainText(String(names.length));
      expect(await popup.rowNames(), tab).toEqual(names);
    }
    expect(namesOfTypes(hq, 'other')).toEqual(
      expect.arrayContaining(['quarterly-revenue.csv', 'q3-revenue.pdf', 'nightly-report.txt', 'dataset.bin']),
    );
  });

  test('search filters by name, caption and conversation title as you type', async ({ context, extensionId, hq }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await popup.search('FORECAST');
    expect(await popup.rowNames()).toEqual(['forecast.py']);
    await popup.search('homepage mockup v3'); // a caption
    expect(await popup.rowNames()).toEqual(['homepage-mockup.jpg']);
    await popup.search('chart exports'); // a conversation title
    expect((await popup.rowNames()).sort()).toEqual(['chart.png', 'chart.png', 'report.html', 'report.html']);
    await popup.filter('Images');
    expect(await popup.rowNames()).toEqual(['chart.png', 'chart.png']);
    await popup.search('no such thing at all');
    await expect(popup.page.getByText('Nothing matches')).toBeVisible();
  });

  test('keyboard: into the list, move, preview, step, close back to the row', async ({ context, extensionId, hq }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    const order = expectedOrder(hq);
    await expect(popup.rows.first()).toBeVisible();
    await popup.searchBox.focus();
    await popup.press('ArrowDown');
    await popup.press('ArrowDown');
    const focusedRow = popup.page.locator('.row-main:focus');
    await expect(focusedRow).toContainText(order[1]!);
    await popup.press('Enter');
    await expect(popup.previewHeading).toHaveText(order[1]!);
    await popup.press('ArrowRight');
    await expect(popup.previewHeading).toHaveText(order[2]!);
    await popup.press('ArrowLeft');
    await popup.press('ArrowLeft');
    await expect(popup.previewHeading).toHaveText(order[0]!);
    await popup.press('Escape');
    await expect(popup.dialog).toBeHidden();
    await expect(focusedRow).toContainText(order[0]!);
  });

  test('previews images, code, markdown and text', async ({ context, extensionId, hq }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    const dialog = popup.dialog;

    await popup.search('revenue-by-region');
    await popup.preview('revenue-by-region.png');
    const image = dialog.getByRole('img');
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(10);
    await popup.press('Escape');

    await popup.search('forecast.py');
    await popup.preview('forecast.py');
    await expect(dialog.locator('pre code .tok-keyword').first()).toBeVisible();
    await popup.press('Escape');

    await popup.search('README.md');
    await popup.preview('README.md');
    await expect(popup.previewFrame.locator('h1, h2').first()).toBeVisible();
    await popup.press('Escape');

    await popup.search('nightly-report');
    await popup.preview('nightly-report.txt');
    await expect(dialog.locator('pre')).toContainText(
      new TextDecoder().decode(findArtifact(hq.data, 'nightly-report.txt').bytes).slice(0, 20),
    );
    await popup.press('Escape');

    await popup.search('dataset.bin');
    await popup.preview('dataset.bin');
    await expect(dialog.getByText(/too large to preview|no preview for/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Download dataset.bin' }).first()).toBeVisible();
  });

  test('renders a PDF’s pages with pdf.js', async ({ context, extensionId, hq }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    const errors: string[] = [];
    popup.page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await popup.search('q3-revenue.pdf');
    await popup.preview('q3-revenue.pdf');
    const page = popup.dialog.getByRole('img', { name: 'Page 1 of 1' });
    await expect(page).toBeVisible();
    // Drawn, not blank: the title text leaves dark pixels on the white page.
    const darkPixels = await page.evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 3]! > 0) dark++;
      return dark;
    });
    expect(darkPixels).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });

  test('a very wide CSV opens as a capped table with a note of what is not shown', async ({
    context,
    extensionId,
    hq,
  }) => {
    // The case: 600 KB of "x," on one line, then 250 short rows — 60 million cells uncapped.
    const wide = `${'x,'.repeat(300_000)}x\n${Array.from({ length: 250 }, (_, i) => `r${i},${i}`).join('\n')}\n`;
    hq.addArtifact(conversationByTitle(hq.data, 'Chart exports').id, {
      name: 'wide.csv',
      content_type: 'text/csv',
      bytes: wide,
    });
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await popup.search('wide.csv');
    await popup.preview('wide.csv');
    const dialog = popup.dialog;
    await expect(dialog.getByText(/Showing the first 100 rows and 100 of 300,001 columns/)).toBeVisible();
    await expect(dialog.getByRole('table').getByRole('columnheader')).toHaveCount(100);
    await expect(dialog.getByRole('table').getByRole('row')).toHaveCount(101);
  });

  test('shows a CSV as a table', async ({ context, extensionId, hq }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await popup.search('quarterly-revenue.csv');
    await popup.preview('quarterly-revenue.csv');
    const table = popup.dialog.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['quarter', 'region', 'revenue']);
    const lines = new TextDecoder().decode(findArtifact(hq.data, 'quarterly-revenue.csv').bytes).trim().split('\n');
    await expect(table.getByRole('row')).toHaveCount(lines.length);
    await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(lines[1]!.split(','));
  });

  test('hostile HTML, Markdown and SVG previews run no script and load nothing', async ({
    context,
    extensionId,
    hq,
  }) => {
    hq.addArtifact(findArtifact(hq.data, 'untrusted-widget.html').conversation_id!, {
      name: 'untrusted-notes.md',
      content_type: 'text/markdown',
      bytes: HOSTILE_MD,
    });
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    // Any attempt to reach these hosts is recorded; one the browser blocked
    // itself (CSP) never left it, one that failed otherwise did go out.
    const attempts = new Map<string, string>();
    const watched = (url: string) => url.startsWith('http://127.0.0.1:1/') || url.includes('beacon');
    context.on('request', (request) => {
      if (watched(request.url())) attempts.set(request.url(), 'sent');
    });
    context.on('requestfailed', (request) => {
      if (watched(request.url())) attempts.set(request.url(), request.failure()?.errorText ?? 'failed');
    });
    await popup.page.evaluate(() => {
      (window as unknown as { pwned: unknown[] }).pwned = [];
      window.addEventListener('message', (event) => (window as unknown as { pwned: unknown[] }).pwned.push(event.data));
    });
    const dialog = popup.dialog;

    // Each window below proves that nothing runs late: it opens once the preview has loaded, when every
    // inline script, load and error handler would have had its turn.
    await popup.search('untrusted-widget');
    await popup.preview('untrusted-widget.html');
    const iframe = dialog.locator('iframe');
    await expect(iframe).toHaveAttribute('sandbox', '');
    const frame = popup.previewFrame;
    await expect(frame.locator('body')).not.toBeEmpty();
    await popup.previewFrameLoaded();
    await popup.page.waitForTimeout(500);
    const frameTitle = await frame.locator('html').evaluate(() => document.title);
    expect(frameTitle).not.toBe('PWNED');
    await popup.press('Escape');

    // Markdown's raw HTML gets the same frame: shown, never run, nothing fetched.
    await popup.search('untrusted-notes');
    await popup.preview('untrusted-notes.md');
    await expect(dialog.locator('iframe')).toHaveAttribute('sandbox', '');
    await expect(popup.previewFrame.getByRole('heading', { name: 'Meeting notes' })).toBeVisible();
    await popup.previewFrameLoaded();
    await popup.page.waitForTimeout(500);
    expect(await popup.previewFrame.locator('html').evaluate(() => document.title)).not.toBe('PWNED');
    await popup.press('Escape');

    await popup.search('evil-badge');
    await popup.preview('evil-badge.svg');
    await expect(dialog.getByRole('img')).toBeVisible();
    expect(await dialog.locator('svg script').count()).toBe(0); // never inlined into the DOM
    await popup.previewImageLoaded();
    await popup.page.waitForTimeout(500);

    expect(await popup.page.title()).not.toBe('PWNED');
    expect(await popup.page.evaluate(() => (window as unknown as { pwned: unknown[] }).pwned)).toEqual([]);
    // Playwright reports a policy block as "csp" (or net::ERR_BLOCKED_BY_*): the request never left.
    const leaked = [...attempts].filter(([, outcome]) => !/^csp$|BLOCKED_BY_(CSP|CLIENT|RESPONSE)/i.test(outcome));
    expect(leaked).toEqual([]);
  });

  test('sensitive previews stay hidden until asked for', async ({ context, extensionId, hq }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await popup.search('salaries');
    const before = hq.requests.length;
    await popup.preview('salaries-2026.csv');
    const dialog = popup.dialog;
    await expect(dialog).toContainText('marked sensitive');
    expect(hq.requests.length).toBe(before); // not even fetched
    await dialog.getByRole('button', { name: 'Show' }).click();
    await expect(dialog.getByRole('table')).toBeVisible();
  });

  test('too-large files get a download prompt instead of a preview', async ({ context, extensionId, hq }) => {
    const base = findArtifact(hq.data, 'nightly-report.txt');
    hq.data.artifacts.push({
      ...base,
      id: 'a0000000-0000-4000-8000-0000000000ee',
      name: 'huge-log.txt',
      bytes: new Uint8Array(2 * 1024 * 1024).fill(65),
    });
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await popup.search('huge-log');
    await popup.preview('huge-log.txt');
    await expect(popup.dialog).toContainText('too large to preview');
    await expect(popup.dialog.getByRole('button', { name: 'Download huge-log.txt' }).last()).toBeVisible();
  });

  test('download streams the file with the token under a safe name', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await popup.download('../x.txt');
    await expect(popup.lastStatus).toContainText('Saved x.txt to your downloads');

    await popup.download('dataset.bin');
    await expect(popup.lastStatus).toContainText('Saved dataset.bin');
    await expect
      .poll(async () => (await finishedDownloads(serviceWorker)).filter((d) => d.state === 'complete').length)
      .toBe(2);

    const dataset = findArtifact(hq.data, 'dataset.bin');
    // The service worker fetches the file with the token and streams it to the downloads manager from a
    // one-time address of the extension's own, which carries no token; under Playwright files on disk get
    // GUID names (download-names.spec.ts checks the names), so find it by its bytes.
    const records = await finishedDownloads(serviceWorker);
    const streamAddress = new RegExp(`^chrome-extension://${extensionId}/download-stream/[0-9a-f-]{36}$`);
    expect(records.map((d) => d.url)).toEqual([
      expect.stringMatching(streamAddress),
      expect.stringMatching(streamAddress),
    ]);
    expect(records.some((d) => readFileSync(d.filename).equals(Buffer.from(dataset.bytes)))).toBe(true);
    const downloadRequests = hq.requests.filter((r) => r.path.endsWith('/download'));
    expect(downloadRequests.map((r) => r.authorization)).toEqual([
      `Bearer ${hq.tokens.readWrite}`,
      `Bearer ${hq.tokens.readWrite}`,
    ]);
  });

  test('download of a file deleted meanwhile says so and drops the row', async ({ context, extensionId, hq }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    const victim = findArtifact(hq.data, 'metrics.json');
    await expect(popup.rows.first()).toBeVisible();
    hq.data.artifacts.splice(hq.data.artifacts.indexOf(victim), 1);
    await popup.download('metrics.json');
    await expect(popup.lastAlert).toContainText('no longer on HQ');
    await expect(popup.downloadButton('metrics.json')).toHaveCount(0);
  });

  test('delete: refused for a read-only token, done after confirmation with a write token', async ({
    context,
    extensionId,
    hq,
  }) => {
    let popup = await connectAndOpenPopup(context, extensionId, hq, hq.tokens.readOnly);
    await popup.delete('forecast.py');
    await expect(popup.lastAlert).toContainText('conversations:write');
    // Known now: Delete stays but is disabled with the reason, also in the next popup, and asks nothing.
    for (const page of [popup, await PopupPage.open(context, extensionId)]) {
      const button = page.deleteButton('forecast.py');
      await expect(button).toHaveAttribute('aria-disabled', 'true');
      await expect(button).toHaveAttribute('title', /may not delete|may only read/);
      await button.click({ force: true }); // Playwright will not click what says it is disabled; a person can
      await expect(page.dialog).toHaveCount(0);
      await expect(page.lastAlert).toContainText('cannot be deleted');
      await page.close();
    }

    popup = await connectAndOpenPopup(context, extensionId, hq, hq.tokens.readWrite);
    await popup.delete('forecast.py', 'Cancel');
    await expect(popup.deleteButton('forecast.py')).toBeVisible();
    await popup.delete('forecast.py');
    await expect(popup.lastStatus).toContainText('Deleted forecast.py');
    await expect(popup.deleteButton('forecast.py')).toHaveCount(0);
    expect(hq.data.artifacts.some((a) => a.name === 'forecast.py')).toBe(false);

    // The cache was updated too: with HQ down, the row stays gone.
    await hq.stop();
    try {
      const again = await PopupPage.open(context, extensionId);
      await expect(again.alerts.first()).toContainText('Offline');
      await expect(again.rows.first()).toBeVisible();
      expect(await again.rowNames()).not.toContain('forecast.py');
    } finally {
      await hq.start();
    }
  });

  test('the cached list shows at once, before a slow server answers, and with the server down', async ({
    context,
    extensionId,
    hq,
  }) => {
    const first = await connectAndOpenPopup(context, extensionId, hq);
    await expect(first.rows.first()).toBeVisible();
    await first.close();

    hq.faults.latency(3000);
    const slow = await PopupPage.open(context, extensionId);
    await expect(slow.rows.first()).toBeVisible({ timeout: 1500 });
    await expect(slow.page.getByText(/Updating/)).toBeVisible();
    await expect(slow.page.getByText(/^Updated/)).toBeVisible({ timeout: 10_000 });
    hq.faults.clear();

    await hq.stop();
    try {
      const offline = await PopupPage.open(context, extensionId);
      await expect(offline.alerts.first()).toContainText('Offline — could not reach HQ. Showing the list from');
      expect(await offline.rowNames()).toEqual(expectedOrder(hq));
    } finally {
      await hq.start();
    }
  });

  test('a rejected token asks to reconnect and keeps the cached list', async ({ context, extensionId, hq }) => {
    const first = await connectAndOpenPopup(context, extensionId, hq);
    await expect(first.rows.first()).toBeVisible();
    hq.faults.failNext({ status: 401, times: 1, pathPattern: '/v1/api/artifacts' });
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.alerts.first()).toContainText('no longer accepts the saved token');
    await expect(popup.page.getByRole('button', { name: 'Reconnect' })).toBeVisible();
    await expect(popup.rows.first()).toBeVisible();
  });

  test('sign-out clears the cache: the next account never sees the previous list', async ({
    context,
    extensionId,
    hq,
  }) => {
    const first = await connectAndOpenPopup(context, extensionId, hq);
    await expect(first.rows.first()).toBeVisible();
    const options = await OptionsPage.open(context, extensionId);
    await options.signOut();
    await expect(options.notConnected).toBeVisible();
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.page.getByRole('heading', { name: 'Connect to HQ' })).toBeVisible();
    await expect(popup.rows).toHaveCount(0);
    const cacheEntries = await popup.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('hq-cache');
          open.onsuccess = () => {
            const count = open.result.transaction('lists').objectStore('lists').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(cacheEntries).toBe(0);
  });

  test('an empty workspace says so', async ({ context, extensionId, hq }) => {
    hq.data.artifacts.length = 0;
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await expect(popup.page.getByRole('heading', { name: 'No artifacts yet' })).toBeVisible();
  });
});

test('popup: select several artifacts (shift-click for a range) and download them as one ZIP', async ({
  context,
  extensionId,
  hq,
  serviceWorker,
}) => {
  const { readFileSync } = await import('node:fs');
  const { unzipSync } = await import('fflate');
  const popup = await connectAndOpenPopup(context, extensionId, hq);
  await popup.search('chart exports');
  const names = await popup.rowNames(); // chart.png ×2, report.html ×2
  await popup.checkbox(names[0]!).first().click();
  await popup.page
    .getByRole('checkbox')
    .nth(2)
    .click({ modifiers: ['Shift'] });
  await expect(popup.selected(3)).toBeVisible();
  await popup.downloadSelectedAsZip();
  await expect(popup.lastStatus).toContainText('with 3 artifacts');
  await expect
    .poll(async () => (await finishedDownloads(serviceWorker)).filter((d) => d.state === 'complete').length)
    .toBe(1);
  const record = (await finishedDownloads(serviceWorker)).find((d) => d.state === 'complete')!;
  const entries = Object.keys(unzipSync(new Uint8Array(readFileSync(record.filename)))).sort();
  expect(entries).toHaveLength(3);
  expect(new Set(entries).size).toBe(3);
  for (const entry of entries) expect(entry).toMatch(/^(chart|report)( \(1\))?\.(png|html)$/);
  await expect(popup.selected(3)).toBeHidden();
});

test('popup: “Open in tab” shows the same list in a full tab', async ({ context, extensionId, hq }) => {
  const popup = await connectAndOpenPopup(context, extensionId, hq);
  const tab = await popup.openInTab();
  await expect(tab.page).toHaveURL(/popup\.html\?view=tab$/);
  await expect(tab.rows.first()).toBeVisible();
  expect(await tab.rowNames()).toHaveLength(hq.data.artifacts.length);
});

test('popup: keys still work after clicking into an HTML preview', async ({ context, extensionId, hq }) => {
  const popup = await connectAndOpenPopup(context, extensionId, hq);
  await popup.search('landing-page');
  await popup.preview('landing-page.html');
  const dialog = popup.dialog;
  await popup.previewFrame.locator('body').click();
  // The click moved focus into the frame, where keys go nowhere: the dialog takes it back (on the window's blur).
  await popup.page.waitForFunction(() => !(document.activeElement instanceof HTMLIFrameElement));
  await popup.press('Escape');
  await expect(dialog).toBeHidden();
});
