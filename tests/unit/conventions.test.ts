import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The rules of the codebase that no linter checks (as refined-github's build/features.test.ts does for its own).

const ROOT = path.resolve(__dirname, '../..');
const { LAYERS } = createRequire(import.meta.url)(path.join(ROOT, 'build/layers.cjs')) as { LAYERS: string[][] };

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder)).flatMap((name) => {
    const relative = path.join(folder, name);
    return statSync(path.join(ROOT, relative)).isDirectory() ? filesUnder(relative) : [relative];
  });
}

const SOURCE = /\.(ts|tsx|css|cjs|html)$/;
const productAndScripts = ['lib', 'components', 'entrypoints', 'scripts', 'build']
  .flatMap(filesUnder)
  .filter((f) => SOURCE.test(f));
const lineCount = (file: string) => readFileSync(path.join(ROOT, file), 'utf8').trimEnd().split('\n').length;

describe('conventions', () => {
  it('keeps every product and script file to 200 lines or fewer', () => {
    const long = productAndScripts
      .filter((file) => lineCount(file) > 200)
      .map((file) => `${file}: ${lineCount(file)} lines`);
    expect(long).toEqual([]);
  });

  it('draws in the README exactly the layers dependency-cruiser enforces', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- layers: build\/layers\.cjs[^\n]*-->\n```\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block, 'README.md has the layers block').toBeDefined();
    expect(block!.split('\n').map((line) => line.split(', '))).toEqual(LAYERS);
  });

  it('puts every feature folder in a layer', () => {
    const folders = ['lib', 'components'].flatMap((top) =>
      readdirSync(path.join(ROOT, top))
        .filter((name) => statSync(path.join(ROOT, top, name)).isDirectory())
        .map((name) => `${top}/${name}`),
    );
    expect(folders.filter((folder) => !LAYERS.flat().includes(folder))).toEqual([]);
  });

  it('keeps entry points to wiring: no functions of their own beyond the callbacks they register', () => {
    const entries = filesUnder('entrypoints').filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('bench-'));
    const declared = entries.flatMap((file) =>
      [
        ...readFileSync(path.join(ROOT, file), 'utf8').matchAll(
          /^\s*(?:export )?(?:async )?function\s+(\w+)|^\s*class\s+(\w+)/gm,
        ),
      ].map((m) => `${file}: ${m[1] ?? m[2]}`),
    );
    expect(declared).toEqual([]);
  });
});
