import { test, expect, connectAndOpenPopup } from './fixtures';

// Found by the Firefox suite: a click aimed at a row at the end of the list landed between rows, because the
// walk's progress line below the list went away in between, the list grew, and every row moved down.

test('rows at the end of a scrolled list stay put when the walk of the workspace ends', async ({
  context,
  extensionId,
  hq,
}) => {
  hq.faults.latency(1500); // the walk is surely still going while the list is scrolled to its end
  const popup = await connectAndOpenPopup(context, extensionId, hq);
  const walking = popup.indexProgress.filter({ hasText: 'Finding older artifacts' });
  await expect(walking).toBeVisible({ timeout: 30_000 });
  const list = popup.page.locator('#artifact-list');
  const last = popup.page.locator('#artifact-list > li').last();
  const frames = () =>
    popup.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // Scrolled to its end once the list has settled: right after the first paint its height may still change by a
  // few pixels, which is not what this test is about (it once measured the row before that, and saw 4.5 px).
  await expect
    .poll(async () => {
      await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      const y = (await last.boundingBox())!.y;
      await frames();
      return (await last.boundingBox())!.y === y;
    })
    .toBe(true);
  const before = (await last.boundingBox())!;

  hq.faults.clear();
  await expect(walking).toHaveCount(0, { timeout: 15_000 }); // the walk is done
  await frames();
  expect((await last.boundingBox())!.y).toBe(before.y);
});
