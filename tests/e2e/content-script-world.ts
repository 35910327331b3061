import type { BrowserContext, Page } from '@playwright/test';

/**
 * Opens `url` and returns a way to run code inside the extension content
 * script's isolated world (over CDP): exactly what a compromised or curious
 * content script could do.
 */
export async function openWithContentScriptWorld(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; evaluate: (expression: string) => Promise<unknown> }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const worlds: Array<{ id: number; name: string }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.auxData?.type === 'isolated') worlds.push({ id: c.id, name: c.name });
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await page.getByRole('button', { name: /^Artifacts/ }).waitFor();
  const world = worlds.findLast((w) => w.name === 'HQ Artifacts');
  if (!world) throw new Error('the content script’s isolated world was not found');
  return {
    page,
    async evaluate(expression) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
        expression,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
  };
}
