/*
 * The shape of the product (README, "Architecture"): folders in layers, each
 * importing only from layers below it, so a change to one feature opens one
 * folder. `npm run lint` fails on an import up a layer and on any cycle,
 * between folders or files (type imports included); `npm run graph` prints
 * the folder graph.
 */

const { LAYERS } = require('./build/layers.cjs');

const folder = (names) => `^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})/`;

const layerRules = LAYERS.flatMap((layer, i) => {
  const above = LAYERS.slice(0, i).flat();
  const rules = [];
  if (above.length > 0) {
    rules.push({
      name: 'layers-point-down',
      severity: 'error',
      comment: `${layer.join(', ')} may import only from the layers below it (.dependency-cruiser.cjs LAYERS, README "Architecture").`,
      from: { path: folder(layer) },
      to: { path: folder(above) },
    });
  }
  for (const name of layer.filter(() => layer.length > 1)) {
    rules.push({
      name: 'one-layer-apart',
      severity: 'error',
      comment: `Folders on one layer do not import each other: move what ${name} shares down a layer.`,
      from: { path: folder([name]) },
      to: { path: folder(layer.filter((other) => other !== name)) },
    });
  }
  return rules;
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'every-folder-in-a-layer',
      severity: 'error',
      comment: 'A new folder goes into LAYERS (and the README) before it is imported.',
      from: {},
      to: { path: '^(lib|components)/', pathNot: folder(LAYERS.flat()) },
    },
    {
      name: 'no-folder-cycles',
      scope: 'folder',
      severity: 'error',
      comment:
        'Feature folders depend one way: this folder reaches itself through another. Move the shared part down a layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-file-cycles',
      severity: 'error',
      comment: 'Files import each other in a circle.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: { path: '^(lib|components|entrypoints)/' },
    tsPreCompilationDeps: true,
    // WXT's `@/` alias (its tsconfig maps paths without a baseUrl, which the TS resolver plugin cannot read).
    webpackConfig: { fileName: 'build/dependency-aliases.cjs' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
