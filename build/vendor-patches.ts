import path from 'node:path';
import type { Plugin } from 'vite';

/*
 * The extension ships no HTML-string sinks and no eval: Mozilla's linter
 * (`web-ext lint`, part of `npm test`) checks every file, vendor code
 * included. A few libraries carry such code on paths this extension never
 * takes; each patch below removes one, with the reason. A patch that no
 * longer matches exactly once fails the build, so a library update is looked
 * at again rather than silently shipping the old code.
 */

interface Patch {
  /** Why the removed code is never needed here. */
  why: string;
  find: string;
  replace: string;
}

/** Patches to modules Vite bundles, keyed by the module's path inside node_modules. */
const MODULE_PATCHES: Record<string, Patch[]> = {
  'preact/dist/preact.module.js': [
    {
      why: 'dangerouslySetInnerHTML is never used (ESLint forbids it in our code): previews build their nodes from text',
      find: '(u.innerHTML=h.__html)',
      replace: '(()=>{throw Error("dangerouslySetInnerHTML is not available in HQ Artifacts")})()',
    },
  ],
  'pdfjs-dist/build/pdf.mjs': [
    {
      why: 'the extension pages forbid eval, and getDocument is called with isEvalSupported: false',
      find: 'function isEvalSupported() {\n  try {\n    new Function("");\n    return true;\n  } catch {\n    return false;\n  }\n}',
      replace: 'function isEvalSupported() {\n  return false;\n}',
    },
    {
      why: 'pdf.js always runs in its worker here; the main-thread fallback would import code by a variable URL',
      find: 'const worker = await import(\n      /*webpackIgnore: true*/\n      /*@vite-ignore*/\n      this.workerSrc);\n      return worker.WorkerMessageHandler;',
      replace: 'throw new Error("pdf.js runs only in its worker in HQ Artifacts");',
    },
  ],
};

/** Patches to files Vite copies as assets (imported with ?url), keyed by the emitted name's start. */
const ASSET_PATCHES: Record<string, Patch[]> = {
  'assets/pdf.worker.min-': [
    {
      why: 'the extension pages forbid eval',
      find: 'function isEvalSupported(){try{new Function("");return!0}catch{return!1}}',
      replace: 'function isEvalSupported(){return!1}',
    },
    {
      why: 'PostScript functions are interpreted, never compiled to code (eval is off)',
      find: 'if(e.isEvalSupported&&FeatureTest.isEvalSupported){const e=(new PostScriptCompiler).compile(i,a,s);if(e)return new Function("src","srcOffset","dest","destOffset",e)}',
      replace: '',
    },
    {
      why: 'no JPEG 2000 decoder is shipped (it needs WebAssembly, which the extension pages do not allow): such images are skipped, as before',
      find: 'n=(await import(\n/*webpackIgnore: true*/\n/*@vite-ignore*/\nt)).default()',
      replace: 'n=null',
    },
  ],
};

/**
 * Other builds of the patched packages: if one is ever bundled instead (a new
 * export condition, a renamed file), the build fails rather than shipping it unpatched.
 */
const UNPATCHED_BUILDS = [
  /\/node_modules\/preact\/dist\/preact\.(mjs|js|umd\.js|min\.js)$/,
  /\/node_modules\/pdfjs-dist\/(legacy\/)?build\/pdf(\.min)?\.mjs$/,
];

function apply(source: string, patches: Patch[], where: string): string {
  let out = source;
  for (const patch of patches) {
    const parts = out.split(patch.find);
    if (parts.length !== 2) {
      throw new Error(
        `vendor-patches: ${where} no longer contains exactly one ${JSON.stringify(patch.find.slice(0, 60))}… (${patch.why}). Re-check the patch against the new version.`,
      );
    }
    out = parts.join(patch.replace);
  }
  return out;
}

export function vendorPatches(): Plugin {
  return {
    name: 'hq-vendor-patches',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!.split(path.sep).join('/');
      const key = Object.keys(MODULE_PATCHES).find((suffix) => file.endsWith(`/node_modules/${suffix}`));
      if (key) return { code: apply(code, MODULE_PATCHES[key]!, key), map: null };
      if (UNPATCHED_BUILDS.some((pattern) => pattern.test(file)))
        throw new Error(
          `vendor-patches: ${file} is bundled, but only its patched sibling is expected (see MODULE_PATCHES).`,
        );
      return null;
    },
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'asset') continue;
        const prefix = Object.keys(ASSET_PATCHES).find((start) => fileName.startsWith(start));
        if (!prefix) {
          if (/pdf\.worker/.test(fileName))
            throw new Error(
              `vendor-patches: ${fileName} is emitted, but ASSET_PATCHES expects assets/pdf.worker.min-*.`,
            );
          continue;
        }
        const source = typeof output.source === 'string' ? output.source : new TextDecoder().decode(output.source);
        output.source = apply(source, ASSET_PATCHES[prefix]!, fileName);
      }
    },
  };
}
