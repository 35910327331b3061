import { test, expect } from './fixtures';
import { finishedDownloads } from './downloads';
import { OptionsPage } from '../../components/options/options.page';
import { ConversationPanelPage } from '../../components/conversation-panel/conversation-panel.page';
import { conversationByTitle } from '../hq-server/demo-data';
import { opfsFileNames } from '../opfs-files';

/*
 * Issue 19: signing out stops the work already running with the token — here
 * a 100 MiB ZIP the extension builds — at once: no request after the
 * sign-out, no temporary file left, no ZIP saved.
 */

test('signing out during a 100 MiB ZIP stops it: no request after the sign-out, no temporary file, nothing saved', async ({
  context,
  extensionId,
  hq,
  serviceWorker,
}) => {
  const conversation = conversationByTitle(hq.data, 'Chart exports');
  const fiveMiB = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
  for (let i = 0; i < 20; i++)
    hq.addArtifact(conversation.id, {
      name: `part-${i}.bin`,
      content_type: 'application/octet-stream',
      bytes: fiveMiB,
    });
  const options = await OptionsPage.openConnected(context, extensionId, {
    url: hq.url,
    webAppUrl: hq.webAppUrl,
    token: hq.tokens.readWrite,
  });
  // HQ's own ZIP route missing, and a slow HQ: the extension builds the ZIP, file after file, for a while.
  hq.faults.failNext({ status: 404, times: 5, pathPattern: `/conversations/${conversation.id}/artifacts/download` });
  hq.faults.latency(400);

  const page = await ConversationPanelPage.open(context, hq.webAppUrl, conversation.id);
  await page.downloadAll(24);
  const fileRequests = () => hq.requests.filter((r) => /^\/v1\/api\/artifacts\/[^/]+\/download$/.test(r.path));
  await expect.poll(() => fileRequests().length).toBeGreaterThan(3);

  // The job is writing its file: the check below sees files there.
  await expect.poll(() => options.page.evaluate(opfsFileNames)).toContainEqual(expect.stringMatching(/^job-/));
  await options.page.bringToFront();
  await options.signOut();
  await expect(options.signOutButton).toHaveCount(0);
  const signedOutAt = Date.now();

  // The panel says why the ZIP stopped: the job's outcome has reached the page, so the job is over and
  // anything it still meant to fetch would have gone out. The window (longer than HQ's 400 ms answers,
  // which the requests in flight at the sign-out wait for) proves that no request follows.
  await expect(page.alert).toContainText('Stopped because you signed out', { timeout: 5000 });
  await page.page.waitForTimeout(1000);
  const late = hq.requests.filter((r) => r.time > signedOutAt && r.path.startsWith('/v1/'));
  expect(late.map((r) => r.path)).toEqual([]);
  expect(fileRequests().length).toBeLessThan(24);

  // No job file left in the extension's private file system, and no ZIP in the downloads.
  expect(await options.page.evaluate(opfsFileNames)).toEqual([]);
  expect((await finishedDownloads(serviceWorker)).filter((d) => d.state === 'complete')).toEqual([]);
});
