import { unzipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { test, expect, connect, connectWithToken } from './fixtures';
import { clickButton, clickElement, count, fill, find, rowNames, waitForText } from './page-queries';
import { completedFiles } from './downloads';
import { waitUntil } from './firefox-browser';
import { artifactsOf, conversationByTitle, findArtifact } from '../hq-server/demo-data';
import type { HqServer } from '../hq-server/server';
import { HOSTILE_HTML, HOSTILE_MD, HOSTILE_SVG } from '../hq-server/sample-documents';
import { opfsFileNames } from '../opfs-files';

/*
 * The product in Firefox ESR: the same extension, built as Firefox's
 * Manifest V3 (an event page instead of a service worker, ZIPs and files made
 * in the background page itself), driven as a person would.
 */

/**
 * Searches the popup's list down to the one artifact `name`, as a person does
 * in a long list. dataset.bin is the third row from the end: clicked in the
 * whole list, it is reached with the list scrolled to its end, where
 * "Finding older artifacts…" (below the list) going away as the walk ends
 * grows the list, clamps its scroll and moves every row down under the
 * pointer (36 px; a Download button is 32 px high). The walk ends when it
 * ends, so the click missed now and then. Alone at the top of the list, the
 * row stays put whatever happens below it.
 */
async function showOnly(popup: Page, name: string): Promise<void> {
  await fill(popup, 'Search artifacts', name);
  await waitUntil(popup, `document.querySelectorAll('#artifact-list .row-name').length === 1`);
  expect(await rowNames(popup)).toEqual([name]);
}

function newestFirst(hq: HqServer): string[] {
  return [...hq.data.artifacts].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at)).map((a) => a.name);
}

test.describe('connecting', () => {
  test('connects with a token through the options page and says who we are', async ({ firefox, hq }) => {
    const options = await firefox.openExtensionPage('options.html');
    await connectWithToken(options, hq);
    await waitForText(options, '[role="status"]', /Connected as Ada Lovelace/);
    expect(
      hq.requests.some((r) => r.path === '/v1/api/me' && r.authorization === `Bearer ${hq.tokens.readWrite}`),
    ).toBe(true);
  });

  test('explains a rejected token and saves nothing', async ({ firefox, hq }) => {
    const options = await firefox.openExtensionPage('options.html');
    await connectWithToken(options, hq, 'hq_pat_not_a_real_token');
    await waitForText(options, '[role="alert"]', /rejected|not valid|invalid/i);
    const popup = await firefox.openExtensionPage('popup.html');
    await find(popup, 'h1, h2', 'Connect to HQ');
  });

  test('Sign in with HQ: HQ’s window, consent, and the popup lists with the OAuth token', async ({ firefox, hq }) => {
    const options = await firefox.openExtensionPage('options.html');
    await openAdvanced(options, hq);
    const opened = new Promise<Page>((resolve) => {
      firefox.browser.on('targetcreated', (target) => void target.page().then((page) => page && resolve(page)));
    });
    await clickButton(options, 'Sign in with HQ');
    const window = await opened;
    await find(window, 'h1, h2', 'Sign in to HQ');
    await fill(window, 'Email', 'ada@example.com');
    await clickButton(window, 'Sign in');
    await clickButton(window, 'Allow');
    await waitForText(options, '[role="status"]', /Connected as Ada Lovelace/, 30_000);
    expect(hq.oauth.stats.codeGrants).toBe(1);
    // Firefox's redirect address, caught by the browser before it leaves the machine.
    expect(
      hq.requests.some(
        (r) =>
          r.path === '/v1/oauth/authorize' &&
          /redirect_uri=https%3A%2F%2F[a-z0-9]+\.extensions\.allizom\.org%2F/.test(r.query),
      ),
    ).toBe(true);

    const popup = await firefox.openExtensionPage('popup.html');
    expect(await rowNames(popup)).toEqual(newestFirst(hq));
    const listed = hq.requests.filter((r) => r.path === '/v1/api/artifacts');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r) => r.authorization?.startsWith('Bearer hq_oat_'))).toBe(true);
  });

  test('sign out forgets the connection, and the popup asks to connect', async ({ firefox, hq }) => {
    const options = await firefox.openExtensionPage('options.html');
    await connectWithToken(options, hq);
    await waitForText(options, '[role="status"]', /Connected as/);
    await clickButton(options, 'Sign out');
    await waitForText(options, '[role="status"]', /Signed out/);
    const popup = await firefox.openExtensionPage('popup.html');
    await find(popup, 'h1, h2', 'Connect to HQ');
  });
});

async function openAdvanced(options: Page, hq: HqServer): Promise<void> {
  await clickElement(options, await find(options, 'summary', 'Advanced'));
  await fill(options, 'Server URL', hq.url);
  await fill(options, 'Web app URL', hq.webAppUrl);
}

test.describe('popup', () => {
  test('lists the workspace newest first; filters and search narrow it', async ({ firefox, hq }) => {
    await connect(firefox, hq);
    const popup = await firefox.openExtensionPage('popup.html');
    expect(await rowNames(popup)).toEqual(newestFirst(hq));

    const images = newestFirst(hq).filter((name) => /^image\//.test(findArtifact(hq.data, name).content_type));
    await clickButton(popup, /^Images/);
    await waitUntil(popup, `document.querySelectorAll('#artifact-list .row-name').length === ${images.length}`);
    expect(await rowNames(popup)).toEqual(images);
    await waitForText(popup, '[role="tab"][aria-selected="true"]', `Images ${images.length}`);

    await clickButton(popup, /^All/);
    await fill(popup, 'Search artifacts', 'forecast');
    await waitUntil(popup, `document.querySelectorAll('#artifact-list .row-name').length === 1`);
    expect(await rowNames(popup)).toEqual(['forecast.py']);
  });

  test('previews code highlighted, a CSV as a table and a PDF drawn by pdf.js', async ({ firefox, hq }) => {
    await connect(firefox, hq);
    const popup = await firefox.openExtensionPage('popup.html');
    await rowNames(popup);

    await fill(popup, 'Search artifacts', 'forecast.py');
    await clickButton(popup, /^forecast\.py/);
    await waitUntil(popup, `document.querySelector('dialog pre code .tok-keyword') !== null`);
    await popup.keyboard.press('Escape');
    await waitUntil(popup, `document.querySelector('dialog') === null`);

    await fill(popup, 'Search artifacts', 'quarterly-revenue.csv');
    await clickButton(popup, /^quarterly-revenue\.csv/);
    await waitUntil(popup, `document.querySelectorAll('dialog table th').length === 3`);
    const lines = new TextDecoder().decode(findArtifact(hq.data, 'quarterly-revenue.csv').bytes).trim().split('\n');
    expect(
      await popup.evaluate(() => [...document.querySelectorAll('dialog table th')].map((th) => th.textContent)),
    ).toEqual(lines[0]!.split(','));
    expect(await count(popup, 'dialog table tr')).toBe(lines.length);
    await popup.keyboard.press('Escape');

    await fill(popup, 'Search artifacts', 'q3-revenue.pdf');
    await clickButton(popup, /^q3-revenue\.pdf/);
    await find(popup, 'dialog canvas', 'Page 1 of 1', 30_000);
    // Drawn, not blank: the title text leaves dark pixels on the white page.
    await waitUntil(
      popup,
      `(() => {
      const canvas = document.querySelector('dialog canvas');
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 100 && data[i + 3] > 0) dark++;
      return dark > 100;
    })()`,
    );
  });

  test('hostile HTML, Markdown and SVG previews run no script and load nothing', async ({ firefox, hq }) => {
    // The same hostile documents, aimed at the local server, which records every request that reaches it.
    const aimed = (doc: string) => doc.replaceAll('http://127.0.0.1:1/', `${hq.url}/beacon/`);
    const conversationId = conversationByTitle(hq.data, 'Security review').id;
    hq.addArtifact(conversationId, {
      name: 'hostile-page.html',
      content_type: 'text/html',
      bytes: aimed(HOSTILE_HTML),
    });
    hq.addArtifact(conversationId, {
      name: 'hostile-notes.md',
      content_type: 'text/markdown',
      bytes: aimed(HOSTILE_MD),
    });
    hq.addArtifact(conversationId, {
      name: 'hostile-badge.svg',
      content_type: 'image/svg+xml',
      bytes: aimed(HOSTILE_SVG),
    });
    await connect(firefox, hq);
    const popup = await firefox.openExtensionPage('popup.html');
    await rowNames(popup);
    await popup.evaluate(() => {
      const heard: unknown[] = ((window as unknown as { heard: unknown[] }).heard = []);
      window.addEventListener('message', (event) => heard.push(event.data));
    });
    for (const name of ['hostile-page.html', 'hostile-notes.md', 'hostile-badge.svg']) {
      await fill(popup, 'Search artifacts', name);
      await clickButton(popup, new RegExp(`^${name.replace('.', '\\.')}`));
      if (name.endsWith('.svg')) await find(popup, 'dialog img', /.*/);
      else {
        await waitUntil(popup, `document.querySelector('dialog iframe')?.getAttribute('sandbox') === ''`);
        // Shown in the frame; were its script or handlers to run, they would fetch a beacon or post to the popup (both checked below).
        await waitUntil(
          popup,
          `/Interactive widget|Meeting notes/.test(document.querySelector('dialog iframe').getAttribute('srcdoc'))`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(await popup.evaluate(() => document.querySelector('dialog svg script'))).toBeNull();
      await popup.keyboard.press('Escape');
      await waitUntil(popup, `document.querySelector('dialog') === null`);
    }
    expect(await popup.evaluate(() => document.title)).not.toBe('PWNED');
    expect(await popup.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
    expect(hq.requests.filter((r) => r.path.startsWith('/beacon/')).map((r) => r.path)).toEqual([]);
  });

  test('a download arrives whole, fetched with the token', async ({ firefox, hq }) => {
    await connect(firefox, hq);
    const popup = await firefox.openExtensionPage('popup.html');
    await showOnly(popup, 'dataset.bin');
    await clickButton(popup, 'Download dataset.bin');
    await waitForText(popup, '[role="status"]', /Saved dataset\.bin/, 30_000);
    const [file] = await completedFiles(firefox.downloadsDir, 1);
    const dataset = findArtifact(hq.data, 'dataset.bin');
    expect(file!.name).toBe('dataset.bin');
    expect(file!.bytes.equals(Buffer.from(dataset.bytes))).toBe(true);
    const fetched = hq.requests.filter((r) => r.path === `/v1/api/artifacts/${dataset.id}/download`);
    expect(fetched.map((r) => r.authorization)).toEqual([`Bearer ${hq.tokens.readWrite}`]);
  });

  test('a name padded with blank-looking letters is saved with its real extension', async ({ firefox, hq }) => {
    hq.addArtifact(conversationByTitle(hq.data, 'Chart exports').id, {
      name: `Q3-report.pdf${'\u3164'.repeat(40)}.exe`,
      content_type: 'application/pdf',
      bytes: 'MZ not a pdf',
    });
    await connect(firefox, hq);
    const popup = await firefox.openExtensionPage('popup.html');
    await clickButton(popup, 'Download Q3-report.pdf .exe');
    // completedFiles counts on the download being complete: the extension says so once it is.
    await waitForText(popup, '[role="status"]', /Saved Q3-report\.pdf \.exe/, 30_000);
    const [file] = await completedFiles(firefox.downloadsDir, 1);
    expect(file!.name).toBe('Q3-report.pdf .exe');
  });

  test('a download HQ redirects to another origin arrives whole, and the token never goes there', async ({
    firefox,
    hq,
  }) => {
    await connect(firefox, hq);
    const popup = await firefox.openExtensionPage('popup.html');
    await showOnly(popup, 'dataset.bin');
    // HQ answers with a 302 to "object storage" on another origin (localhost vs 127.0.0.1).
    hq.faults.redirectDownloadsTo(hq.webAppUrl);
    await clickButton(popup, 'Download dataset.bin');
    await waitForText(popup, '[role="status"]', /Saved dataset\.bin/, 30_000);
    const [file] = await completedFiles(firefox.downloadsDir, 1);
    expect(file!.bytes.equals(Buffer.from(findArtifact(hq.data, 'dataset.bin').bytes))).toBe(true);
    const storage = hq.requests.filter((r) => r.path.startsWith('/storage/'));
    expect(storage.map((r) => r.authorization)).toEqual([null]);
  });

  test('a download HQ refuses says why in plain words, and leaves nothing in Downloads', async ({ firefox, hq }) => {
    // Firefox's downloads manager fetches the file itself; when HQ answers with an error, the extension asks again
    // with fetch to say why. A file deleted meanwhile (404), then HQ busy (429).
    await connect(firefox, hq);
    const popup = await firefox.openExtensionPage('popup.html');
    await showOnly(popup, 'metrics.json');
    const victim = findArtifact(hq.data, 'metrics.json');
    hq.data.artifacts.splice(hq.data.artifacts.indexOf(victim), 1);
    await clickButton(popup, 'Download metrics.json');
    await waitForText(popup, '[role="alert"]', /no longer on HQ/, 30_000);
    await showOnly(popup, 'dataset.bin');
    hq.faults.failNext({ status: 429, retryAfter: 30, pathPattern: '/download', times: 2 });
    await clickButton(popup, 'Download dataset.bin');
    await waitForText(popup, '[role="alert"]', /HQ is busy/, 30_000);
    expect(await completedFiles(firefox.downloadsDir, 0)).toEqual([]);
  });

  test('selected artifacts download as one ZIP the extension builds, byte for byte', async ({ firefox, hq }) => {
    await connect(firefox, hq);
    const popup = await firefox.openExtensionPage('popup.html');
    await rowNames(popup);
    await fill(popup, 'Search artifacts', 'chart exports');
    await waitUntil(popup, `document.querySelectorAll('#artifact-list .row-name').length === 4`);
    for (const index of [0, 1, 2])
      await clickElement(popup, (await popup.$$('#artifact-list input[type="checkbox"]'))[index]!);
    await waitForText(popup, 'body', '3 selected');
    await clickButton(popup, 'Download selected as ZIP');
    await waitForText(popup, '[role="status"]', /with 3 artifacts/, 30_000);
    const [file] = await completedFiles(firefox.downloadsDir, 1);
    const entries = unzipSync(new Uint8Array(file!.bytes));
    expect(Object.keys(entries)).toHaveLength(3);
    // Each entry holds exactly the bytes of one of the conversation's artifacts of that name.
    const chartExports = artifactsOf(hq.data, conversationByTitle(hq.data, 'Chart exports').id);
    for (const [entry, bytes] of Object.entries(entries)) {
      expect(entry).toMatch(/^(chart|report)( \(1\))?\.(png|html)$/);
      const candidates = chartExports.filter((a) => a.name === entry.replace(' (1)', ''));
      expect(
        candidates.some((a) => Buffer.from(a.bytes).equals(Buffer.from(bytes))),
        entry,
      ).toBe(true);
    }
  });
});

test.describe('conversation pages', () => {
  test('the panel appears, and “Download all” saves HQ’s ZIP', async ({ firefox, hq }) => {
    await connect(firefox, hq);
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const page = await firefox.browser.newPage();
    await page.goto(`${hq.webAppUrl}/conversations/${conversation.id}`);
    await clickButton(page, 'Artifacts (4)');
    await waitUntil(
      page,
      `document.querySelector('hq-artifacts-panel').shadowRoot.querySelectorAll('section.panel li').length === 4`,
    );
    await clickButton(page, 'Download all 4 artifacts as ZIP');
    await waitForText(page, '[role="status"]', /ZIP saved/, 30_000);
    const [file] = await completedFiles(firefox.downloadsDir, 1);
    expect(Object.keys(unzipSync(new Uint8Array(file!.bytes))).sort()).toEqual([
      'chart (1).png',
      'chart.png',
      'report (1).html',
      'report.html',
    ]);
    expect(hq.requests.some((r) => r.path === `/v1/api/conversations/${conversation.id}/artifacts/download`)).toBe(
      true,
    );
  });

  test('without HQ’s ZIP route, the background page builds the ZIP with every file, byte for byte', async ({
    firefox,
    hq,
  }) => {
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    await connect(firefox, hq);
    hq.faults.failNext({ status: 404, times: 10, pathPattern: `/conversations/${conversation.id}/artifacts/download` });
    const page = await firefox.browser.newPage();
    await page.goto(`${hq.webAppUrl}/conversations/${conversation.id}`);
    await clickButton(page, 'Download all 4 artifacts as ZIP');
    await waitForText(page, '[role="status"]', /ZIP saved/, 30_000);
    const [file] = await completedFiles(firefox.downloadsDir, 1);
    const entries = unzipSync(new Uint8Array(file!.bytes));
    const charts = artifactsOf(hq.data, conversation.id).filter((a) => a.name === 'chart.png');
    expect(Object.keys(entries).sort()).toEqual(['chart (1).png', 'chart.png', 'report (1).html', 'report.html']);
    expect(Buffer.from(entries['chart.png']!).equals(Buffer.from(charts[0]!.bytes))).toBe(true);
    expect(Buffer.from(entries['chart (1).png']!).equals(Buffer.from(charts[1]!.bytes))).toBe(true);
  });

  test('a conversation HQ lists in pages: the panel counts every artifact and the background page’s ZIP holds them all', async ({
    firefox,
    hq,
  }) => {
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    // 130 artifacts: two of the extension's pages of 100, five of HQ's default 25.
    for (let i = 4; i < 130; i++)
      hq.addArtifact(conversation.id, {
        name: `older-${i}.txt`,
        bytes: `file ${i}`,
        created_at: new Date(Date.UTC(2022, 0, 1, 0, i)).toISOString(),
      });
    await connect(firefox, hq);
    hq.faults.failNext({ status: 404, times: 10, pathPattern: `/conversations/${conversation.id}/artifacts/download` });
    const page = await firefox.browser.newPage();
    await page.goto(`${hq.webAppUrl}/conversations/${conversation.id}`);
    await clickButton(page, 'Artifacts (130)');
    await waitUntil(
      page,
      `document.querySelector('hq-artifacts-panel').shadowRoot.querySelectorAll('section.panel li').length === 130`,
    );
    await clickButton(page, 'Download all 130 artifacts as ZIP');
    await waitForText(page, '[role="status"]', /ZIP saved.* with 130 artifacts\./, 60_000);
    const [file] = await completedFiles(firefox.downloadsDir, 1);
    expect(Object.keys(unzipSync(new Uint8Array(file!.bytes)))).toHaveLength(130);
    const pages = hq.requests
      .filter((r) => r.path === `/v1/api/conversations/${conversation.id}/artifacts`)
      .map((r) => new URLSearchParams(r.query).get('page'));
    expect(new Set(pages)).toEqual(new Set(['1', '2']));
  });

  test('signing out during a ZIP the background page builds stops it: no request after, no temporary file, nothing saved', async ({
    firefox,
    hq,
  }) => {
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const fiveMiB = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    for (let i = 0; i < 20; i++)
      hq.addArtifact(conversation.id, {
        name: `part-${i}.bin`,
        content_type: 'application/octet-stream',
        bytes: fiveMiB,
      });
    const options = await firefox.openExtensionPage('options.html');
    await connectWithToken(options, hq);
    await waitForText(options, '[role="status"]', /Connected as/);
    hq.faults.failNext({ status: 404, times: 5, pathPattern: `/conversations/${conversation.id}/artifacts/download` });
    hq.faults.latency(400);
    const page = await firefox.browser.newPage();
    await page.goto(`${hq.webAppUrl}/conversations/${conversation.id}`);
    await clickButton(page, 'Download all 24 artifacts as ZIP');
    const fileRequests = () => hq.requests.filter((r) => /^\/v1\/api\/artifacts\/[^/]+\/download$/.test(r.path));
    await expect.poll(() => fileRequests().length, { timeout: 15_000 }).toBeGreaterThan(3);

    // The job is writing its file: the check below sees files there.
    await expect.poll(() => options.evaluate(opfsFileNames)).toContainEqual(expect.stringMatching(/^job-/));
    await options.bringToFront();
    await clickButton(options, 'Sign out');
    await waitForText(options, '[role="status"]', /Signed out/);
    const signedOutAt = Date.now();
    await waitForText(page, '[role="alert"]', /Stopped because you signed out/, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(hq.requests.filter((r) => r.time > signedOutAt && r.path.startsWith('/v1/')).map((r) => r.path)).toEqual([]);
    expect(await options.evaluate(opfsFileNames)).toEqual([]);
    expect(await completedFiles(firefox.downloadsDir, 0)).toEqual([]);
  });

  test('Escape closes the panel, and one artifact downloads from it', async ({ firefox, hq }) => {
    await connect(firefox, hq);
    const conversation = conversationByTitle(hq.data, 'Q3 revenue analysis');
    const page = await firefox.browser.newPage();
    await page.goto(`${hq.webAppUrl}/conversations/${conversation.id}`);
    await clickButton(page, /^Artifacts \(\d+\)/);
    await find(page, 'button', 'Download forecast.py');
    await page.keyboard.press('Escape');
    await waitUntil(
      page,
      `document.querySelector('hq-artifacts-panel').shadowRoot.querySelector('section.panel').hidden`,
    );
    await clickButton(page, /^Artifacts \(\d+\)/);
    await clickButton(page, 'Download forecast.py');
    await waitForText(page, '[role="status"]', /Saved forecast\.py/, 30_000);
    const [file] = await completedFiles(firefox.downloadsDir, 1);
    expect(file!.bytes.equals(Buffer.from(findArtifact(hq.data, 'forecast.py').bytes))).toBe(true);
  });
});
