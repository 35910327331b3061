/* Driving the built extension's ZIP for the bench: the files HQ serves, the request, and when the downloads are complete. */
import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import type { HqServer } from '../tests/hq-server/server';
import { CONVERSATION_IDS } from '../tests/hq-server/demo-data';
import { launchWithExtension } from '../tests/launch-browser';
import { connectExtension } from '../components/options/options.page';

export const CONVERSATION = CONVERSATION_IDS.largeExport;

/** The bench conversation holds exactly `count` files of `size` random bytes. */
export function useFiles(hq: HqServer, count: number, size: number): void {
  for (let i = hq.data.artifacts.length - 1; i >= 0; i--)
    if (hq.data.artifacts[i]!.conversation_id === CONVERSATION) hq.data.artifacts.splice(i, 1);
  for (let i = 0; i < count; i++) {
    hq.data.artifacts.push({
      id: `b0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `blob-${String(i).padStart(3, '0')}.bin`,
      content_type: 'application/octet-stream',
      caption: null,
      sensitive: false,
      created_at: new Date(Date.UTC(2026, 5, 1, 0, i)).toISOString().replace(/\.\d+Z$/, 'Z'),
      conversation_id: CONVERSATION,
      bytes: new Uint8Array(randomBytes(size)),
    });
  }
}

export const fileIds = (hq: HqServer) =>
  hq.data.artifacts.filter((a) => a.conversation_id === CONVERSATION).map((a) => a.id);

export async function completedDownloads(context: BrowserContext): Promise<number> {
  const worker = context.serviceWorkers()[0]!;
  return worker.evaluate(async () => {
    const c = (
      globalThis as unknown as { chrome: { downloads: { search(q: object): Promise<Array<{ state: string }>> } } }
    ).chrome;
    return (await c.downloads.search({})).filter((d) => d.state === 'complete').length;
  });
}

export async function untilDownloaded(context: BrowserContext, count: number): Promise<void> {
  while ((await completedDownloads(context)) < count) await new Promise((r) => setTimeout(r, 10));
}

/** Sends a request to the background as the popup does, from an extension page. */
export async function ask(page: Page, type: string, payload: object): Promise<{ ok: boolean; error?: unknown }> {
  return page.evaluate(
    async ([t, p]) => {
      const c = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: unknown }> } };
        }
      ).chrome;
      return c.runtime.sendMessage({ type: t, payload: p });
    },
    [type, payload] as const,
  );
}

/** The conversation's ZIP, built by the extension (HQ's route answers 404), until it is in Downloads. */
export async function timeZip(context: BrowserContext, page: Page, hq: HqServer): Promise<number> {
  hq.faults.failNext({ status: 404, times: 1000, pathPattern: `/conversations/${CONVERSATION}/artifacts/download` });
  const before = await completedDownloads(context);
  const start = performance.now();
  const reply = await ask(page, 'conversations:download-zip', { conversationId: CONVERSATION });
  if (!reply.ok) throw new Error(`ZIP failed: ${JSON.stringify(reply.error)}`);
  await untilDownloaded(context, before + 1);
  const elapsed = performance.now() - start;
  hq.faults.clear();
  return elapsed;
}

/** The same files, one at a time, each through the extension's download until it is complete. */
export async function timeOneByOne(context: BrowserContext, page: Page, hq: HqServer): Promise<number> {
  // Counted before the clock starts, as for the downloads manager: the count is a round trip of its own.
  let complete = await completedDownloads(context);
  const start = performance.now();
  for (const artifactId of fileIds(hq)) {
    const reply = await ask(page, 'file-jobs:download', { artifactId });
    if (!reply.ok) throw new Error(`download failed: ${JSON.stringify(reply.error)}`);
    await untilDownloaded(context, (complete += 1));
  }
  return performance.now() - start;
}

export async function launch(
  hq: HqServer,
  userDataDir = '',
): Promise<{ context: BrowserContext; page: Page; extensionId: string }> {
  const { context, extensionId } = await launchWithExtension({ userDataDir });
  await (
    await connectExtension(context, extensionId, { url: hq.url, webAppUrl: hq.webAppUrl, token: hq.tokens.readWrite })
  ).close();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench-zip.html`);
  return { context, page, extensionId };
}

/**
 * The alternative a person already has: the browser's downloads manager fetching the same files from HQ (what
 * clicking them in HQ's web app does), one by one as a person clicking links would, or all at once; until every
 * file is complete. The bench hands it the token as a header, as HQ's web app's session would be sent.
 */
export async function timeDownloadsManager(
  context: BrowserContext,
  hq: HqServer,
  mode: 'one by one' | 'all at once',
): Promise<number> {
  const worker = context.serviceWorkers()[0]!;
  const urls = fileIds(hq).map((id) => `${hq.url}/v1/api/artifacts/${id}/download`);
  const authorization = `Bearer ${hq.tokens.readWrite}`;
  const start = (batch: string[]) =>
    worker.evaluate(
      async ([list, value]) => {
        const c = (globalThis as unknown as { chrome: { downloads: { download(o: object): Promise<number> } } }).chrome;
        for (const url of list)
          await c.downloads.download({
            url,
            headers: [{ name: 'Authorization', value }],
            conflictAction: 'uniquify',
            saveAs: false,
          });
      },
      [batch, authorization] as const,
    );
  const before = await completedDownloads(context);
  const started = performance.now();
  if (mode === 'all at once') {
    await start(urls);
    await untilDownloaded(context, before + urls.length);
  } else {
    for (const [index, url] of urls.entries()) {
      await start([url]);
      await untilDownloaded(context, before + index + 1);
    }
  }
  return performance.now() - started;
}
