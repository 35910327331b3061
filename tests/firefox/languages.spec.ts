import { test as base, expect } from '@playwright/test';
import { launchFirefoxWithExtension } from './firefox-browser';
import { connectWithToken } from './fixtures';
import { clickElement, find, waitForText } from './page-queries';
import { hqWorkerFixture, type HqWorkerFixtures } from '../hq-server/worker-fixture';
import { wordsIn } from '../e2e/catalogue-words';

/*
 * Firefox in German and in Arabic (intl.locale.requested, with Debian's
 * language packs): the options page and the popup speak the language, with
 * each language's plural forms, and Arabic runs right to left.
 */
const test = base.extend<object, HqWorkerFixtures>({ hq: hqWorkerFixture });

for (const { language, dir, two } of [
  { language: 'de', dir: 'ltr', two: 'other' },
  { language: 'ar', dir: 'rtl', two: 'two' },
]) {
  test(`in ${language}: the options page and the popup speak it`, async ({ hq }) => {
    hq.reset();
    const W = wordsIn(language);
    const number = (n: number) => new Intl.NumberFormat(language).format(n);
    const firefox = await launchFirefoxWithExtension(`${hq.url}/`, language);
    try {
      const options = await firefox.openExtensionPage('options.html');
      expect(
        await options.evaluate('browser.i18n.getUILanguage()'),
        `Firefox has this language (Debian: apt-get install firefox-esr-l10n-${language})`,
      ).toBe(language);
      expect(await options.evaluate('[document.documentElement.lang, document.documentElement.dir]')).toEqual([
        language,
        dir,
      ]);
      await connectWithToken(options, hq, hq.tokens.readWrite, W);
      await waitForText(options, '.pill', W('options_connectedPill'));
      await options.close();

      const popup = await firefox.openExtensionPage('popup.html');
      expect(await popup.evaluate('document.documentElement.dir')).toBe(dir);
      await find(popup, '[role="tab"]', W('popup_conversationsTab'));
      await waitForText(popup, '#artifact-list .row-main', /./);
      await clickElement(popup, await find(popup, 'input[type="checkbox"]', /./));
      await waitForText(popup, '.selection-bar', W('popup_selectedCount_one', number(1)));
      const boxes = await popup.$$('#artifact-list input[type="checkbox"]');
      await clickElement(popup, boxes[1]!);
      await waitForText(popup, '.selection-bar', W(`popup_selectedCount_${two}`, number(2)));
      await popup.screenshot({ path: test.info().outputPath(`firefox-popup-${language}.png`) });
    } finally {
      await firefox.close();
    }
  });
}
