import { test, expect } from './fixtures';
import { finishedDownloads } from './popup-helpers';
import { connectExtension } from '../connect-via-options';
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
  const options = await connectExtension(context, extensionId, {
    url: hq.url,
    webAppUrl: hq.webAppUrl,
    token: hq.tokens.readWrite,
  });
  // HQ's own ZIP route missing, and a slow HQ: the extension builds the ZIP, file after file, for a while.
  hq.faults.failNext({ status: 404, times: 5, pathPattern: `/conversations/${conversation.id}/artifacts/download` });
  hq.faults.latency(400);

  const page = await context.newPage();
  await page.goto(`${hq.webAppUrl}/conversations/${conversation.id}`);
  await page.getByRole('button', { name: /^Download all 24 artifacts as ZIP/ }).click();
  const fileRequests = () => hq.requests.filter((r) => /^\/v1\/api\/artifacts\/[^/]+\/download$/.test(r.path));
  await expect.poll(() => fileRequests().length).toBeGreaterThan(3);

  // The job is writing its file: the check below sees files there.
  await expect.poll(() => options.evaluate(opfsFileNames)).toContainEqual(expect.stringMatching(/^job-/));
  await options.bringToFront();
  await options.getByRole('button', { name: 'Sign out' }).click();
  await expect(options.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  const signedOutAt = Date.now();

  // The panel says why the ZIP stopped.
  await expect(page.getByRole('alert')).toContainText('Stopped because you signed out', { timeout: 5000 });
  await page.waitForTimeout(1000);
  const late = hq.requests.filter((r) => r.time > signedOutAt && r.path.startsWith('/v1/'));
  expect(late.map((r) => r.path)).toEqual([]);
  expect(fileRequests().length).toBeLessThan(24);

  // No job file left in the extension's private file system, and no ZIP in the downloads.
  expect(await options.evaluate(opfsFileNames)).toEqual([]);
  expect((await finishedDownloads(serviceWorker)).filter((d) => d.state === 'complete')).toEqual([]);
});
