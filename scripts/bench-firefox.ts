import type { Page } from 'puppeteer-core';
import { startHqServer, type HqServer } from '../tests/hq-server/server';
import { launchFirefoxWithExtension } from '../tests/firefox/firefox-browser';
import { connectWithToken } from '../tests/firefox/fixtures';
import { waitForText } from '../tests/firefox/page-queries';
import { CONVERSATION, fileIds, useFiles } from './bench-zip-driver';
import { MiB, fmt, median, reportZipVsManager } from './bench-stats';

/*
 * `npm run bench` in Firefox ESR (BENCH_ONLY=firefox runs it alone): the
 * extension's ZIP and single download against Firefox's own downloads
 * manager fetching the same files from HQ (handed the token as a header),
 * end to end to "file complete", alternating, medians. Driven from an
 * extension page over WebDriver BiDi (Playwright cannot load extensions
 * into Firefox).
 */

type Browserish = {
  browser: {
    runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: unknown }> };
    downloads: {
      download(options: object): Promise<number>;
      search(query: object): Promise<Array<{ state: string }>>;
    };
  };
};

/** Asks the background as the popup does and waits until `expected` more downloads are complete; milliseconds. */
async function timeExtension(page: Page, type: string, payloads: object[], expected: number): Promise<number> {
  return page.evaluate(
    async (messageType, list, count) => {
      const { browser } = globalThis as unknown as Browserish;
      const complete = async () => (await browser.downloads.search({ state: 'complete' })).length;
      const before = await complete();
      const start = performance.now();
      for (const payload of list) {
        const reply = await browser.runtime.sendMessage({ type: messageType, payload });
        if (!reply.ok) throw new Error(JSON.stringify(reply.error));
      }
      while ((await complete()) < before + count) await new Promise((resolve) => setTimeout(resolve, 10));
      return performance.now() - start;
    },
    type,
    payloads,
    expected,
  );
}

/** Firefox's downloads manager fetching the files itself, one by one or all at once; milliseconds. */
async function timeManager(page: Page, hq: HqServer, allAtOnce: boolean): Promise<number> {
  const urls = fileIds(hq).map((id) => `${hq.url}/v1/api/artifacts/${id}/download`);
  return page.evaluate(
    async (list, authorization, together) => {
      const { browser } = globalThis as unknown as Browserish;
      const complete = async () => (await browser.downloads.search({ state: 'complete' })).length;
      const until = async (count: number) => {
        while ((await complete()) < count) await new Promise((resolve) => setTimeout(resolve, 10));
      };
      const before = await complete();
      const start = performance.now();
      const download = (url: string) =>
        browser.downloads.download({
          url,
          headers: [{ name: 'Authorization', value: authorization }],
          conflictAction: 'uniquify',
          saveAs: false,
        });
      if (together) {
        await Promise.all(list.map(download));
        await until(before + list.length);
      } else {
        for (const [index, url] of list.entries()) {
          await download(url);
          await until(before + index + 1);
        }
      }
      return performance.now() - start;
    },
    urls,
    `Bearer ${hq.tokens.readWrite}`,
    allAtOnce,
  );
}

async function withFirefox(hq: HqServer, run: (page: Page) => Promise<void>): Promise<void> {
  const firefox = await launchFirefoxWithExtension(`${hq.url}/`);
  try {
    const page = await firefox.openExtensionPage('options.html');
    // tsx compiles this script keeping function names through a __name helper, which functions sent to the page call.
    await page.evaluate('globalThis.__name = (value) => value');
    await connectWithToken(page, hq);
    await waitForText(page, '[role="status"]', /Connected as/);
    await run(page);
  } finally {
    await firefox.close();
  }
}

async function zipVsManager(latencyMs: number, runs: number): Promise<void> {
  const hq = await startHqServer({ latencyMs });
  useFiles(hq, 20, 5 * MiB);
  const zip = (page: Page) => {
    hq.faults.failNext({ status: 404, times: 1000, pathPattern: `/conversations/${CONVERSATION}/artifacts/download` });
    return timeExtension(page, 'conversations:download-zip', [{ conversationId: CONVERSATION }], 1);
  };
  try {
    await withFirefox(hq, async (page) => {
      await zip(page); // warm-up
      const zips: number[] = [];
      const oneByOne: number[] = [];
      const allAtOnce: number[] = [];
      for (let run = 0; run < runs; run++) {
        zips.push(await zip(page));
        oneByOne.push(await timeManager(page, hq, false));
        allAtOnce.push(await timeManager(page, hq, true));
      }
      reportZipVsManager('Firefox: ', latencyMs, { zips, oneByOne, allAtOnce });
    });
  } finally {
    await hq.close();
  }
}

async function singleVsManager(runs: number): Promise<void> {
  const hq = await startHqServer();
  useFiles(hq, 1, 100 * MiB);
  const [artifactId] = fileIds(hq);
  try {
    await withFirefox(hq, async (page) => {
      const download = () => timeExtension(page, 'file-jobs:download', [{ artifactId }], 1);
      await download(); // warm-up
      const extension: number[] = [];
      const manager: number[] = [];
      for (let run = 0; run < runs; run++) {
        extension.push(await download());
        manager.push(await timeManager(page, hq, false));
      }
      const ratio = median(extension.map((time, i) => manager[i]! / time));
      console.log(`\nFirefox: one 100 MiB artifact, loopback (median of ${runs}, alternating)`);
      console.log(
        `  the extension's Download ${fmt(median(extension), 0)} ms; downloads manager ${fmt(median(manager), 0)} ms; ratio ${fmt(ratio, 2)} (target >= 0.8)`,
      );
    });
  } finally {
    await hq.close();
  }
}

export async function firefoxFigures(runs: number): Promise<void> {
  await zipVsManager(0, runs);
  await zipVsManager(100, runs);
  await singleVsManager(runs);
}
