// Bundles the extension client, the language server, the CLI and the preview webview with esbuild.
// Usage: node scripts/build.mjs [--production] [--watch] [--bench]
// --bench also bundles bench/run.ts into out/bench.js: the benchmark measures bundled code, as users run it.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const bench = process.argv.includes('--bench');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD entry requires its parts at run time; its ESM entry bundles.
  mainFields: ['module', 'main'],
};

const builds = [
  { entryPoints: { client: 'client/extension.ts' }, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  { entryPoints: { server: 'server/main.ts' }, platform: 'node', format: 'cjs', target: 'node20' },
  { entryPoints: { cli: 'cli/main.ts' }, platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
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
