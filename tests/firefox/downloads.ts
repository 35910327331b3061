import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';

/**
 * Waits until `count` files are in the folder and settled, and returns them.
 * Firefox writes a download into `<name>.part` (the final name may exist,
 * empty, meanwhile): settled means no .part file is left and the sizes held
 * still between two looks. Callers wait for the extension's "Saved" first.
 */
export async function completedFiles(
  dir: string,
  count: number,
  timeout = 30_000,
): Promise<Array<{ name: string; bytes: Buffer }>> {
  const files = () =>
    readdirSync(dir).filter((name) => !name.endsWith('.part') && statSync(path.join(dir, name)).isFile());
  const sizes = () =>
    readdirSync(dir)
      .map((name) => `${name}:${statSync(path.join(dir, name)).size}`)
      .sort()
      .join('|');
  let last = '';
  await expect
    .poll(
      () => {
        const now = sizes();
        const settled = now === last && files().length === count && !now.includes('.part:');
        last = now;
        return settled;
      },
      { timeout, intervals: [250] },
    )
    .toBe(true);
  return files()
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }));
}
