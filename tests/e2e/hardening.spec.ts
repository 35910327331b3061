import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect, connectAndOpenPopup } from './fixtures';
import { finishedDownloads } from './downloads';
import { openWithContentScriptWorld } from './content-script-world';
import { heardMessages, recordRuntimeMessages } from './runtime-messages';
import { PopupPage } from '../../components/popup/popup.page';
import { ConversationPanelPage } from '../../components/conversation-panel/conversation-panel.page';
import { artifactsOf, conversationByTitle, findArtifact } from '../hq-server/demo-data';
import type { HqServer } from '../hq-server/server';

/*
 * The promises of the README's Security section, checked against a hostile
 * world: a server that redirects downloads to another origin, connections
 * that break mid-file, unreadable answers, spoofing names, and a content
 * script that asks for more than its page shows.
 */

async function completed(worker: Worker, count: number) {
  await expect
    .poll(async () => (await finishedDownloads(worker)).filter((d) => d.state === 'complete').length, {
      timeout: 30_000,
    })
    .toBe(count);
  return (await finishedDownloads(worker)).filter((d) => d.state === 'complete');
}

/** Opens the conversation page, opens its panel and asks for "Download all … as ZIP" until it is saved. */
async function zipFromPanel(
  context: BrowserContext,
  hq: HqServer,
  conversationId: string,
  count: number,
): Promise<ConversationPanelPage> {
  const page = await ConversationPanelPage.open(context, hq.webAppUrl, conversationId);
  await page.showArtifacts(count);
  await page.downloadAll(count);
  await expect(page.status).toContainText('ZIP saved', { timeout: 45_000 });
  return page;
}

/** Requests that reached the "object storage" origin, and whether any carried the token. */
function storageRequests(hq: HqServer) {
  return hq.requests.filter((r) => r.path.startsWith('/storage/'));
}

test.describe('the token stays with HQ, redirects included', () => {
  test('a popup download follows the redirect, arrives whole, and storage never sees the token', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    // HQ answers downloads with a 302 to object storage on another origin (localhost vs 127.0.0.1).
    hq.faults.redirectDownloadsTo(hq.webAppUrl);
    await popup.download('dataset.bin');
    await expect(popup.lastStatus).toContainText('Saved dataset.bin');
    const [record] = await completed(serviceWorker, 1);
    expect(readFileSync(record!.filename).equals(Buffer.from(findArtifact(hq.data, 'dataset.bin').bytes))).toBe(true);
    expect(storageRequests(hq)).toHaveLength(1);
    expect(storageRequests(hq).map((r) => r.authorization)).toEqual([null]);
  });

  test('HQ’s conversation ZIP and a panel download do the same', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    hq.faults.redirectDownloadsTo(hq.webAppUrl);
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const page = await zipFromPanel(context, hq, conversation.id, 4);
    const [zip] = await completed(serviceWorker, 1);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(zip!.filename)))).sort()).toEqual([
      'chart (1).png',
      'chart.png',
      'report (1).html',
      'report.html',
    ]);

    await page.download('report.html');
    await expect(page.status).toContainText('Saved report.html');
    await completed(serviceWorker, 2);
    const paths = new Set(storageRequests(hq).map((r) => r.path.replace(/[\w-]+$/, '…')));
    expect(paths).toEqual(new Set(['/storage/conversations/…', '/storage/artifacts/…']));
    expect(storageRequests(hq).every((r) => r.authorization === null)).toBe(true);
  });

  test('the ZIP the extension builds fetches every file through the redirect without the token', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    hq.faults.redirectDownloadsTo(hq.webAppUrl);
    hq.faults.failNext({ status: 404, pathPattern: '/artifacts/download', times: 1 }); // HQ's ZIP route is missing
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    await zipFromPanel(context, hq, conversation.id, 4);
    const [zip] = await completed(serviceWorker, 1);
    const entries = unzipSync(new Uint8Array(readFileSync(zip!.filename)));
    expect(Object.keys(entries).sort()).toEqual(['chart (1).png', 'chart.png', 'report (1).html', 'report.html']);
    expect(storageRequests(hq)).toHaveLength(4);
    expect(storageRequests(hq).every((r) => r.authorization === null)).toBe(true);
  });

  test('while the extension builds a ZIP and saves a file, the popup never hears the token', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    // Every runtime message the popup receives (pages of the extension listen for the background's notices).
    await popup.page.evaluate(recordRuntimeMessages);
    await popup.search('chart exports');
    await popup.page.getByRole('checkbox').first().click();
    await popup.page.getByRole('checkbox').nth(1).click();
    await popup.downloadSelectedAsZip();
    await expect(popup.lastStatus).toContainText('with 2 artifacts');
    await popup.search('dataset');
    await popup.download('dataset.bin');
    await completed(serviceWorker, 2);
    const heard = (await heardMessages(popup.page)).map((message) => JSON.stringify(message));
    expect(heard.length).toBeGreaterThan(0); // it did hear the background's notices
    expect(heard.filter((message) => message.includes(hq.tokens.readWrite))).toEqual([]);
  });
});

test.describe('outcomes are told as they are', () => {
  test('a download whose connection breaks mid-file is an alert, never “Saved”', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    hq.faults.cutBodyNext({ pathPattern: findArtifact(hq.data, 'dataset.bin').id });
    await popup.download('dataset.bin');
    await expect(popup.lastAlert).toContainText('Could not download dataset.bin');
    await expect(popup.lastStatus).not.toContainText('Saved');
    expect((await finishedDownloads(serviceWorker)).filter((d) => d.state === 'complete')).toHaveLength(0);
  });

  test('a rate-limited download says HQ is busy', async ({ context, extensionId, hq }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    hq.faults.failNext({ status: 429, retryAfter: 30, pathPattern: '/download' });
    await popup.download('forecast.py');
    await expect(popup.lastAlert).toContainText('HQ is busy');
  });

  test('the built ZIP retries a file cut mid-body, and lists one that keeps failing in _errors.txt', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    const conversation = conversationByTitle(hq.data, 'Chart exports');
    const big = findArtifact(hq.data, 'dataset.bin');
    big.conversation_id = conversation.id; // a 5 MiB file in this conversation
    const firstChart = artifactsOf(hq.data, conversation.id).find((a) => a.name === 'chart.png');
    hq.faults.failNext({ status: 404, pathPattern: `/conversations/${conversation.id}/artifacts/download`, times: 2 });
    hq.faults.cutBodyNext({ pathPattern: big.id, times: 2 }); // twice, then whole
    hq.faults.cutBodyNext({ pathPattern: firstChart!.id, times: 50 }); // never whole
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    await zipFromPanel(context, hq, conversation.id, 5);
    const [zip] = await completed(serviceWorker, 1);
    const entries = unzipSync(new Uint8Array(readFileSync(zip!.filename)));
    expect(Buffer.from(entries['dataset.bin']!).equals(Buffer.from(big.bytes))).toBe(true);
    // After each cut it asked only for the bytes it did not have (this server ignores that and sends it all).
    const bigRequests = hq.requests.filter((r) => r.path === `/v1/api/artifacts/${big.id}/download`);
    expect(bigRequests).toHaveLength(3);
    expect(bigRequests[0]!.range).toBeNull();
    expect(bigRequests.slice(1).map((r) => r.range)).toEqual([
      expect.stringMatching(/^bytes=[1-9]\d*-$/),
      expect.stringMatching(/^bytes=[1-9]\d*-$/),
    ]);
    expect(entries['chart.png']).toBeUndefined();
    expect(new TextDecoder().decode(entries['_errors.txt'])).toMatch(/chart\.png: .*after 4 attempts/);
  });

  test('an answer whose rows are all unreadable keeps the cached list and says so', async ({
    context,
    extensionId,
    hq,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await expect(popup.rows.first()).toBeVisible(); // the list from HQ, now cached
    const before = await popup.rowNames();
    await popup.close();
    hq.faults.malformRowsNext({ pathPattern: '/v1/api/artifacts' });
    const again = await PopupPage.open(context, extensionId);
    await expect(again.alerts.first()).toContainText('did not understand');
    expect(await again.rowNames()).toEqual(before);
    await expect(again.page.getByText('No artifacts yet')).toHaveCount(0);
  });

  test('a name with a direction override shows, and saves, with its real extension', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    findArtifact(hq.data, 'deploy.sh').name = 'Quarterly report\u202efdp.exe';
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    await expect
      .poll(async () => (await popup.rowNames()).find((name) => name.startsWith('Quarterly')))
      .toBe('Quarterly reportfdp.exe');
    await popup.download('Quarterly reportfdp.exe');
    // The name the extension gave the downloads manager (under Playwright the file on disk gets a GUID name).
    await expect(popup.lastStatus).toContainText('Saved Quarterly reportfdp.exe');
    await completed(serviceWorker, 1);
  });
});

test.describe('a page gets only its own conversation', () => {
  const privileged = [
    ['connection:get', {}],
    ['connection:connect', { serverUrl: 'http://127.0.0.1:1', webAppUrl: 'http://127.0.0.1:1', token: 'x' }],
    ['connection:sign-out', {}],
    ['artifact-list:refresh', {}],
    ['file-jobs:download', { artifactId: 'a' }],
    ['artifact-list:delete', { artifactId: 'a' }],
    ['preview:artifact', { artifactId: 'a' }],
    ['file-jobs:download-zip', { artifactIds: ['a'] }],
  ] as const;

  test('a content script is refused every privileged request and every other conversation’s file', async ({
    context,
    extensionId,
    hq,
    serviceWorker,
  }) => {
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    const shown = conversationByTitle(hq.data, 'Chart exports');
    const secret = findArtifact(hq.data, 'salaries-2026.csv'); // sensitive, in another conversation
    const world = await openWithContentScriptWorld(context, `${hq.webAppUrl}/conversations/${shown.id}`);
    const ask = (type: string, payload: unknown) =>
      world.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ type, payload })})`) as Promise<{
        ok: boolean;
        error?: { kind: string };
      }>;

    for (const [type, payload] of privileged) {
      expect(await ask(type, payload), type).toMatchObject({ ok: false, error: { kind: 'denied' } });
    }
    // Another conversation's file: by naming that conversation, or by naming this one.
    expect(
      await ask('conversation-panel:download', { conversationId: secret.conversation_id, artifactId: secret.id }),
    ).toMatchObject({ ok: false, error: { kind: 'denied' } });
    expect(await ask('conversation-panel:download', { conversationId: shown.id, artifactId: secret.id })).toMatchObject(
      { ok: false, error: { kind: 'denied' } },
    );
    expect(
      await ask('conversation-panel:list', { source: 'network', conversationId: secret.conversation_id }),
    ).toMatchObject({ ok: false, error: { kind: 'denied' } });
    expect(hq.requests.some((r) => r.path.includes(secret.id))).toBe(false);
    expect(await finishedDownloads(serviceWorker)).toHaveLength(0);

    // Its own conversation's file is fine.
    const own = artifactsOf(hq.data, shown.id)[0]!;
    expect(await ask('conversation-panel:download', { conversationId: shown.id, artifactId: own.id })).toMatchObject({
      ok: true,
    });
  });

  test('a flood of malformed messages leaves the background answering', async ({ context, extensionId, hq }) => {
    await (await connectAndOpenPopup(context, extensionId, hq)).close();
    const shown = conversationByTitle(hq.data, 'Chart exports');
    const world = await openWithContentScriptWorld(context, `${hq.webAppUrl}/conversations/${shown.id}`);
    const refused = await world.evaluate(`(async () => {
      const junk = [null, 42, 'x', [], {}, { type: 'nope' }, { type: 'conversation-panel:download', payload: { conversationId: '../..', artifactId: 'x' } },
        { type: 'conversation-panel:list', payload: { source: 'network', conversationId: 1 } }, { type: 'conversation-panel:download-zip', payload: { extra: true } }, { type: 'connection:get' }];
      const send = (m) => Promise.resolve().then(() => chrome.runtime.sendMessage(m)).catch((e) => ({ ok: false, thrown: String(e) }));
      const replies = await Promise.all(Array.from({ length: 1000 }, (_, i) => send(junk[i % junk.length])));
      return replies.filter((r) => r && r.ok === false).length;
    })()`);
    expect(refused).toBe(1000);
    expect(
      await world.evaluate(
        `chrome.runtime.sendMessage({ type: 'conversation-panel:list', payload: { source: 'cache', conversationId: '${shown.id}' } })`,
      ),
    ).toMatchObject({ ok: true });
  });

  test('page script cannot click the panel, and a content script cannot fake the popup’s ZIP progress', async ({
    context,
    extensionId,
    hq,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, hq);
    const shown = conversationByTitle(hq.data, 'Chart exports');
    const world = await openWithContentScriptWorld(context, `${hq.webAppUrl}/conversations/${shown.id}`);
    // The page's own script finds the open shadow root and clicks "Download all".
    await world.page.evaluate(() => {
      const root = document.querySelector('hq-artifacts-panel')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.toggle')!.click();
      root.querySelector<HTMLButtonElement>('.zip')!.click();
    });
    // Had the clicks counted, the panel would have asked the background for the ZIP: a message the content
    // script sends now reaches the background after that one, so once it is answered the background would
    // have started on the ZIP. The window then proves that no request for it reaches HQ.
    await world.evaluate(
      `chrome.runtime.sendMessage({ type: 'conversation-panel:list', payload: { source: 'cache', conversationId: '${shown.id}' } })`,
    );
    await world.page.waitForTimeout(500);
    expect(hq.requests.some((r) => r.path.endsWith('/artifacts/download'))).toBe(false);
    await expect(new ConversationPanelPage(world.page).region).toBeHidden();

    await popup.page.bringToFront();
    await popup.page.getByRole('checkbox').first().click();
    const zipButton = popup.zipButton;
    await expect(zipButton).toBeEnabled();
    await popup.page.evaluate(recordRuntimeMessages);
    // In today's notice format and in the one before it.
    await world.evaluate(
      `chrome.runtime.sendMessage({ notice: 'file-jobs:progress', payload: { done: 1, total: 9, failed: 0 } }).catch(() => {})`,
    );
    await world.evaluate(
      `chrome.runtime.sendMessage({ type: 'file-jobs:progress', done: 1, total: 9, failed: 0 }).catch(() => {})`,
    );
    // Both have reached the popup (its own listeners heard them in the same dispatch): the window proves
    // that neither changes the button.
    await expect
      .poll(
        async () =>
          (await heardMessages(popup.page)).filter((m) => JSON.stringify(m).includes('file-jobs:progress')).length,
      )
      .toBe(2);
    await popup.page.waitForTimeout(300);
    await expect(zipButton).toHaveText('Download selected as ZIP');
  });
});

test('a name padded with blank-looking letters shows and saves with its real extension, and its type from that extension', async ({
  context,
  extensionId,
  hq,
  serviceWorker,
}) => {
  const conversation = conversationByTitle(hq.data, 'Chart exports');
  hq.addArtifact(conversation.id, {
    name: `Q3-report.pdf${'\u3164'.repeat(40)}.exe`,
    content_type: 'application/pdf',
    bytes: 'MZ not a pdf',
  });
  const popup = await connectAndOpenPopup(context, extensionId, hq);
  const row = popup.rows.filter({ hasText: 'Q3-report.pdf' });
  await expect(row.locator('.row-name')).toHaveText('Q3-report.pdf .exe');
  await expect(row.locator('.type-icon')).toHaveText('EXE');
  await row.getByRole('button', { name: 'Download Q3-report.pdf .exe' }).click();
  // The name the downloads manager was given (Playwright stores Chromium's downloads under ids; the Firefox suite reads the file's own name).
  await expect(popup.lastStatus).toContainText('Saved Q3-report.pdf .exe to your downloads', {
    timeout: 30_000,
  });
  await expect
    .poll(async () => (await finishedDownloads(serviceWorker)).filter((d) => d.state === 'complete').length, {
      timeout: 30_000,
    })
    .toBe(1);
});
