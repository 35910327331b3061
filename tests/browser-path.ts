import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the e2e build lands (`npm run build:e2e`). */
export const E2E_EXTENSION_DIR = path.resolve(import.meta.dirname, '..', '.output', 'chrome-mv3-e2e');

/**
 * The Chromium to drive: $CHROMIUM_PATH, else Debian's, else undefined so
 * Playwright uses its own download (where one is allowed).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags for a closed network: without them Chromium keeps dialling out. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}
