import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

/*
 * The one way to start Chromium with the extension: e2e fixtures, `npm start`,
 * `npm run bench` and `npm run screenshots` all come through here.
 */

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
function chromiumArgs(extensionDir: string): string[] {
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

export interface LaunchOptions {
  /** A profile folder to keep (browser restarts); '' = a fresh temporary one. */
  userDataDir?: string;
  headless?: boolean;
  /** null = the window's own size (a person's browser window). */
  viewport?: { width: number; height: number } | null;
  /** Accept downloads into this folder. */
  downloadsPath?: string;
  /** More Chromium flags (a test's host-resolver rules, a net log). */
  extraArgs?: string[];
  /** The browser's UI language (what i18n.getUILanguage() says), e.g. 'de', 'ar'; English unless asked. */
  language?: string;
  /** Another build to load (the pseudo-locale's); the e2e build unless asked. */
  extensionDir?: string;
}

/** Where `npm run build:pseudo` lands: the e2e build with the pseudo-locale in every catalogue. */
export const PSEUDO_EXTENSION_DIR = path.resolve(import.meta.dirname, '..', '.output', 'chrome-mv3-e2e-pseudo');

/**
 * Chromium on Linux takes its UI language from the environment, not from --lang
 * (../shared/DESIGN.md); pinned, so no run depends on the machine's locale.
 */
function languageEnvironment(language: string): Record<string, string> {
  const posix = language.replace('-', '_');
  return { LANGUAGE: posix, LANG: `${posix}.UTF-8`, LC_ALL: '' };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/** Chromium with the e2e build loaded, once its service worker is up. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = chromiumExecutable();
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    headless: options.headless ?? true,
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs(options.extensionDir ?? E2E_EXTENSION_DIR), ...(options.extraArgs ?? [])],
    env: { ...process.env, ...languageEnvironment(options.language ?? 'en') },
    ...(options.viewport !== undefined ? { viewport: options.viewport } : {}),
    ...(options.downloadsPath ? { acceptDownloads: true, downloadsPath: options.downloadsPath } : {}),
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, serviceWorker, extensionId: new URL(serviceWorker.url()).host };
}

/**
 * Chromium with the e2e build, saving downloads as a person's browser does:
 * under the names the extension chose, in `downloadsDir`. Playwright's own
 * download handling saves every file under a GUID and skips the extension's
 * naming, so this starts the browser itself and drives it over CDP.
 */
export async function launchWithNamedDownloads(
  downloadsDir: string,
): Promise<ExtensionBrowser & { close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'hq-profile-'));
  mkdirSync(path.join(profile, 'Default'));
  writeFileSync(
    path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({ download: { default_directory: downloadsDir, prompt_for_download: false } }),
  );
  const executable = chromiumExecutable() ?? chromium.executablePath();
  const args = [...chromiumArgs(E2E_EXTENSION_DIR), `--user-data-dir=${profile}`, '--headless=new'];
  const child = spawn(executable, [...args, '--remote-debugging-port=0', 'about:blank'], {
    stdio: 'ignore',
    env: { ...process.env, ...languageEnvironment('en') },
  });
  const portFile = path.join(profile, 'DevToolsActivePort');
  for (let waited = 0; !existsSync(portFile) || readFileSync(portFile, 'utf8').split('\n').length < 2; waited += 50) {
    if (waited > 20_000) throw new Error('Chromium did not open its DevTools port.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  // Playwright sets its own download handling on connecting; the browser's own is what a person has.
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  const context = browser.contexts()[0]!;
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    serviceWorker,
    extensionId: new URL(serviceWorker.url()).host,
    close: async () => {
      await browser.close().catch(() => {});
      child.kill();
    },
  };
}
