import type { Plugin } from 'vite';

/*
 * The popup's first paint waits for every file it loads, and each file an
 * extension page loads is a round trip through the browser process: 20 to
 * 30 ms from request to answer on the 2-core machine, however small the file
 * (docs/performance.md). So the popup is built on its own (wxt.config.ts
 * takes it out of the pages' shared build) and this plugin, in that build
 * only, puts all the code it needs at start into one file (beside the
 * bundler's 1 KB runtime, which the code loaded later shares) and its styles
 * into the page itself. Code loaded on first use (previews, dialogs, the
 * Conversations view) stays in its own chunks.
 */

const POPUP_PAGE = /[\\/]entrypoints[\\/]popup[\\/]index\.html$/;

export function popupInOneFile(): Plugin {
  let popupBuild = false;
  return {
    name: 'hq-popup-in-one-file',
    apply: 'build',
    options({ input }) {
      const inputs = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
      popupBuild = inputs.length === 1 && POPUP_PAGE.test(inputs[0]!);
      return null;
    },
    outputOptions(output) {
      if (!popupBuild) return null;
      // Every module the page imports at start ($initial) in one chunk, which becomes the entry's.
      return { ...output, codeSplitting: { groups: [{ name: 'popup', tags: ['$initial'] }] } };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!popupBuild || !bundle) return html;
        return html.replace(/\s*<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_link, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') throw new Error(`The popup's stylesheet ${fileName} is not in the build.`);
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          if (/<\/style/i.test(css)) throw new Error(`The popup's stylesheet ${fileName} cannot be inlined.`);
          delete bundle[fileName];
          return `\n    <style>${css}</style>`;
        });
      },
    },
  };
}
