import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';

/**
 * Firefox writes a download as `<name>.part` and renames it when complete;
 * this waits until `count` complete files are in the folder and returns them.
 */
export async function completedFiles(dir: string, count: number, timeout = 30_000): Promise<Array<{ name: string; bytes: Buffer }>> {
  const done = () => readdirSync(dir).filter((name) => !name.endsWith('.part') && statSync(path.join(dir, name)).isFile());
  await expect.poll(() => done().length, { timeout }).toBe(count);
  // A renamed file is complete; give a just-finished one a beat to settle its size.
  await expect.poll(() => readdirSync(dir).some((name) => name.endsWith('.part')), { timeout }).toBe(false);
  return done().sort().map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }));
}
