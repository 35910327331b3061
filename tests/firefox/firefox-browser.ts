import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/*
 * Firefox ESR with the Firefox e2e build, driven over WebDriver BiDi
 * (puppeteer-core: Playwright cannot load extensions into Firefox). The one
 * launcher for the Firefox suite.
 */

export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv3-e2e');
/** The add-on id of the manifest (wxt.config.ts). */
const ADDON_ID = 'hq-artifacts@hq.zone';
/** Pinned so tests know the extension's origin before it starts. */
export const EXTENSION_UUID = '6f0c2a4e-93b1-4d7e-a5c8-1b2d3e4f5a60';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function firefoxExecutable(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(candidate)) return candidate;
  // Anywhere else on PATH, as .ci/run looks for it.
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // not this one
    }
  }
  throw new Error('Firefox not found: install firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH.');
}

export interface FirefoxWithExtension {
  browser: Browser;
  downloadsDir: string;
  /** Opens an extension page ('options.html', 'popup.html') in a new tab. */
  openExtensionPage(name: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Firefox with the e2e build installed; downloads land in a fresh folder
 * without asking. `loopbackPage` is any page on a loopback origin (the local
 * HQ server): extension pages are reached from it.
 */
export async function launchFirefoxWithExtension(
  loopbackPage: string,
  /** Firefox's UI language (i18n.getUILanguage()); English unless asked. */
  language = 'en-US',
): Promise<FirefoxWithExtension> {
  const downloadsDir = mkdtempSync(path.join(tmpdir(), 'hq-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      'intl.locale.requested': language,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    downloadsDir,
    openExtensionPage: (name) => openExtensionPage(browser, loopbackPage, name),
    close: () => browser.close(),
  };
}

/**
 * BiDi refuses to navigate a tab to moz-extension://, so a loopback page
 * navigates itself there (the e2e build lists these pages as web-accessible
 * to loopback origins only).
 */
async function openExtensionPage(browser: Browser, loopbackPage: string, name: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(name.startsWith('popup') ? { width: 420, height: 600 } : { width: 900, height: 800 });
  await page.goto(loopbackPage);
  const target = `${EXTENSION_ORIGIN}/${name}`;
  await page.evaluate((url) => void (location.href = url), target).catch(() => {});
  await waitUntil(
    page,
    call((url) => location.href === url && document.readyState === 'complete', target),
  );
  return page;
}

/** A function and its JSON argument as an expression the page evaluates (functions cross as source). */
export function call<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(${fn.toString()})(${JSON.stringify(arg)})`;
}

/**
 * Polls an expression in the page until it is truthy, riding out the
 * moments a navigation destroys the page's script context.
 */
export async function waitUntil(page: Page, expression: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(expression)) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${expression.slice(0, 300)}${lastError ? `: ${String(lastError)}` : ''}`);
}
