// Resolve WXT's `@/` and `~/` aliases for dependency-cruiser (.dependency-cruiser.cjs), as wxt.config.ts resolves them.
const path = require('node:path');
const root = path.resolve(__dirname, '..');
module.exports = { resolve: { alias: { '@': root, '~': root }, extensions: ['.ts', '.tsx', '.js'] } };
