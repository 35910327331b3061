/**
 * The files in the extension's origin-private file system, where jobs write
 * ZIPs and fetched artifacts. Runs inside an extension page (Playwright's or
 * puppeteer's evaluate): no inner named functions, which a test runner's
 * transform would wrap in a helper the page lacks.
 */
export async function opfsFileNames(): Promise<string[]> {
  const names: string[] = [];
  const directory = await navigator.storage.getDirectory();
  for await (const name of (directory as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
  return names;
}
