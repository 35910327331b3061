import { test, expect } from './fixtures';
import { openPopup, rowNames } from './popup-helpers';
import { connectExtension } from '../connect-via-options';
import { startHqServer, type HqServer } from '../hq-server/server';
import { byCreatedAt } from '../hq-server/demo-data';

/** What HQ lets anyone reach: every artifact in a conversation, and detached ones only while among the newest 500. */
function reachable(hq: HqServer): number {
  const newest = new Set([...hq.data.artifacts].sort((a, b) => byCreatedAt(b, a)).slice(0, 500).map((a) => a.id));
  return hq.data.artifacts.filter((a) => a.conversation_id !== null || newest.has(a.id)).length;
}

test.describe('the whole workspace', () => {
  let big: HqServer;
  test.beforeAll(async () => {
    big = await startHqServer({ artifactCount: 600 });
  });
  test.afterAll(async () => big.close());
  test.beforeEach(() => big.reset());

  test('finds artifacts older than HQ’s newest 500, counts and searches them, and a reopen costs a handful of requests', async ({ context, extensionId }) => {
    await (await connectExtension(context, extensionId, { url: big.url, webAppUrl: big.webAppUrl, token: big.tokens.readWrite })).close();
    const popup = await openPopup(context, extensionId);
    const total = reachable(big);
    expect(total).toBeGreaterThan(500);
    await expect(popup.getByRole('tab', { name: /^All/ })).toHaveText(`All ${total}`, { timeout: 30_000 });
    await expect(popup.getByText(/Finding older artifacts/)).toHaveCount(0);

    // The oldest demo file is far below the newest 500: HQ's list alone cannot show it.
    const oldest = [...big.data.artifacts].filter((a) => a.conversation_id).sort(byCreatedAt)[0]!;
    await popup.getByRole('searchbox', { name: 'Search artifacts' }).fill(oldest.name);
    expect(await rowNames(popup)).toContain(oldest.name);
    await popup.close();

    const before = big.requests.length;
    const again = await openPopup(context, extensionId);
    await expect(again.getByRole('tab', { name: /^All/ })).toHaveText(`All ${total}`);
    await expect(again.getByText(/Updated just now/)).toBeVisible();
    await again.waitForTimeout(1500); // let the background finish its incremental look
    const reopen = big.requests.slice(before).filter((r) => r.path.startsWith('/v1/'));
    expect(reopen.length, reopen.map((r) => r.path).join('\n')).toBeLessThanOrEqual(5);
  });
});
