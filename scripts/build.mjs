// Bundles the extension client, the language server, the CLI and the preview webview with esbuild.
// Usage: node scripts/build.mjs [--production] [--watch] [--bench]
// --bench also bundles bench/run.ts into out/bench.js: the benchmark measures bundled code, as users run it.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const bench = process.argv.includes('--bench');

// The edition table keeps where each code was found (`sources`: the SDK, mingw-w64, Wine, the
// docs) and each code in hex for its readers; the product never reads the first and derives the
// second (core/data/editions.ts), so the bundles leave both out (10 KB each).
const editionTableForBundles = {
  name: 'edition-table-for-bundles',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]data[\\/]windows-editions\.json$/ }, (args) => ({
      contents: JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')).map(({ sources: _sources, hex: _hex, ...entry }) => entry)),
      loader: 'json',
    }));
  },
};

const common = {
  bundle: true,
  plugins: [editionTableForBundles],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Korean text as UTF-8 (3 bytes a syllable), not \uXXXX escapes (6 bytes): Node reads bundles as
  // UTF-8 and the preview's page declares it (client/preview/html.ts).
  charset: 'utf8',
  // jsonc-parser's UMD entry requires its parts at run time; its ESM entry bundles.
  mainFields: ['module', 'main'],
};

// The CLI's --version and rule help links come from package.json, fixed at build time.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const productInfo = {
  __EXPEDITE_VERSION__: JSON.stringify(pkg.version),
  __EXPEDITE_HOMEPAGE__: JSON.stringify(pkg.homepage ?? ''),
};

const builds = [
  // The extension host loads client.js at activation and clientCommands.js (the commands, the preview,
  // the core and the backends they run) on first use: client/lazyFeatures.ts requires it by this name.
  { entryPoints: { client: 'client/extension.ts' }, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', './clientCommands.js'] },
  { entryPoints: { clientCommands: 'client/features.ts' }, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  { entryPoints: { server: 'server/main.ts' }, platform: 'node', format: 'cjs', target: 'node20' },
  // ESM dependencies (tinyglobby's fdir) read import.meta.url, which a CommonJS bundle must provide.
  {
    entryPoints: { cli: 'cli/main.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node\nvar __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
    define: { ...productInfo, 'import.meta.url': '__importMetaUrl' },
  },
  { entryPoints: { webview: 'client/preview/webview/main.ts' }, platform: 'browser', format: 'iife', target: 'es2022' },
];

mkdirSync('dist', { recursive: true });
// The webview loads codicons from the extension folder (no CDN; strict CSP).
cpSync('node_modules/@vscode/codicons/dist/codicon.css', 'dist/codicon.css');
cpSync('node_modules/@vscode/codicons/dist/codicon.ttf', 'dist/codicon.ttf');

const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b, outdir: 'dist' })));
if (bench) {
  contexts.push(await esbuild.context({ ...common, entryPoints: { bench: 'bench/run.ts' }, platform: 'node', format: 'cjs', target: 'node20', outdir: 'out' }));
}
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
