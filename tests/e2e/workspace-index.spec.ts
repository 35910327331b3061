import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { test, expect, connectAndOpenPopup } from './fixtures';
import { finishedDownloads } from './downloads';
import { OptionsPage } from '../../components/options/options.page';
import { PopupPage } from '../../components/popup/popup.page';
import { heardNotices, recordRuntimeMessages } from './runtime-messages';
import { startHqServer, type HqServer } from '../hq-server/server';
import { artifactsOf, byCreatedAt, conversationByTitle } from '../hq-server/demo-data';

/** What HQ lets anyone reach: every artifact in a conversation, and detached ones only while among the newest 500. */
function reachable(hq: HqServer): number {
  const newest = new Set(
    [...hq.data.artifacts]
      .sort((a, b) => byCreatedAt(b, a))
      .slice(0, 500)
      .map((a) => a.id),
  );
  return hq.data.artifacts.filter((a) => a.conversation_id !== null || newest.has(a.id)).length;
}

test.describe('the whole workspace', () => {
  let big: HqServer;
  test.beforeAll(async () => {
    // The size the issue was tried on: 864 artifacts in 155 conversations, beyond the demo's.
    big = await startHqServer({ workspace: { conversations: 155, artifacts: 864 } });
  });
  test.afterAll(async () => big.close());
  test.beforeEach(() => big.reset());

  test('finds artifacts older than HQ’s newest 500, counts and searches them, and a reopen costs a handful of requests', async ({
    context,
    extensionId,
  }) => {
    const popup = await connectAndOpenPopup(context, extensionId, big);
    const total = reachable(big);
    expect(total).toBeGreaterThan(500);
    await expect(popup.filterTab('All')).toHaveText(`All ${total}`, { timeout: 30_000 });
    await expect(popup.findingOlder).toHaveCount(0);

    // The oldest demo file is far below the newest 500: HQ's list alone cannot show it.
    const oldest = [...big.data.artifacts].filter((a) => a.conversation_id).sort(byCreatedAt)[0]!;
    await popup.search(oldest.name);
    expect(await popup.rowNames()).toContain(oldest.name);
    await popup.close();

    const before = big.requests.length;
    // The popup hears the background's notices from its first moment: the walk's last says it is done.
    const again = await PopupPage.open(context, extensionId, {
      beforeLoad: (page) => page.addInitScript(recordRuntimeMessages),
    });
    await expect(again.filterTab('All')).toHaveText(`All ${total}`);
    await expect(again.page.getByText(/Updated just now/)).toBeVisible();
    // Let the background finish its incremental look: its walk tells when it is done.
    await expect
      .poll(async () => (await heardNotices(again.page, 'workspace-index:status')).some((s) => s.state === 'done'))
      .toBe(true);
    const reopen = big.requests.slice(before).filter((r) => r.path.startsWith('/v1/'));
    expect(reopen.length, reopen.map((r) => r.path).join('\n')).toBeLessThanOrEqual(5);
  });
});

test('Conversations view: HQ’s search, a conversation’s artifacts, and its ZIP with all of them', async ({
  context,
  extensionId,
  hq,
  serviceWorker,
}) => {
  const popup = await connectAndOpenPopup(context, extensionId, hq);
  await popup.showConversations();
  const list = popup.conversationList;
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await popup.conversationSearch.fill('chart');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const conversation = conversationByTitle(hq.data, 'Chart exports');
  const artifacts = artifactsOf(hq.data, conversation.id);
  await expect(list.getByRole('listitem')).toContainText(`${artifacts.length} artifacts`);
  await expect(list.getByRole('link', { name: 'Open Chart exports in HQ' })).toHaveAttribute(
    'href',
    `${hq.webAppUrl}/conversations/${conversation.id}`,
  );

  await list
    .getByRole('button', { name: `Download all ${artifacts.length} artifacts of Chart exports as ZIP` })
    .click();
  await expect(popup.statuses.filter({ hasText: 'ZIP saved' })).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(async () => (await finishedDownloads(serviceWorker)).filter((d) => d.state === 'complete').length, {
      timeout: 30_000,
    })
    .toBe(1);
  const saved = (await finishedDownloads(serviceWorker)).find((d) => d.state === 'complete')!;
  expect(Object.keys(unzipSync(new Uint8Array(readFileSync(saved.filename)))).sort()).toEqual([
    'chart (1).png',
    'chart.png',
    'report (1).html',
    'report.html',
  ]);

  await list.getByRole('button', { name: 'Show the artifacts of Chart exports' }).click();
  await expect(popup.page.getByText('In “Chart exports”')).toBeVisible();
  expect((await popup.rowNames()).sort()).toEqual(artifacts.map((a) => a.name).sort());
  await popup.page.getByRole('button', { name: 'Show all artifacts' }).click();
  expect((await popup.rowNames()).length).toBeGreaterThan(artifacts.length);
});

test('“Save into a folder per conversation” saves a file and a ZIP’s entries under their conversation', async ({
  context,
  extensionId,
  hq,
  serviceWorker,
}) => {
  const options = await OptionsPage.openConnected(context, extensionId, {
    url: hq.url,
    webAppUrl: hq.webAppUrl,
    token: hq.tokens.readWrite,
  });
  const folderOption = options.folderPerConversation;
  await expect(folderOption).not.toBeChecked();
  await folderOption.check();
  await expect(options.page.getByText('Saved.')).toBeVisible();
  await options.page.reload();
  await expect(options.folderPerConversation).toBeChecked();
  await options.close();

  const popup = await PopupPage.open(context, extensionId);
  await popup.download('forecast.py');
  await expect(popup.lastStatus).toContainText('Saved Q3 revenue analysis/forecast.py');

  // A selection from two conversations: a folder each in the ZIP.
  for (const name of ['forecast.py', 'README.md']) await popup.checkbox(name).check();
  await popup.downloadSelectedAsZip();
  await expect(popup.lastStatus).toContainText('with 2 artifacts');
  await expect
    .poll(async () => (await finishedDownloads(serviceWorker)).filter((d) => d.state === 'complete').length)
    .toBe(2);
  const files = (await finishedDownloads(serviceWorker))
    .filter((d) => d.state === 'complete')
    .map((d) => readFileSync(d.filename));
  const zip = files.find((bytes) => bytes.subarray(0, 2).toString() === 'PK')!;
  expect(Object.keys(unzipSync(new Uint8Array(zip))).sort()).toEqual([
    'Q3 revenue analysis/forecast.py',
    'Website redesign/README.md',
  ]);
});
