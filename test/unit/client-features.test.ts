// The stand-ins activation registers (client/featureIds.ts) cover every command package.json
// contributes, and the feature bundle is named where the build writes it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import * as esbuild from 'esbuild';
import { FEATURE_COMMANDS, PREVIEW_VIEW_TYPE } from '../../client/featureIds';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** Registered by client/extension.ts itself: they need nothing of the feature bundle. */
const AT_ACTIVATION = ['expeditedApps.showOutput', 'expeditedApps.restartServer'];

describe('the lazily loaded features', () => {
  test('every contributed command is registered at activation or stood in for', () => {
    const contributed = (pkg.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    assert.deepEqual([...AT_ACTIVATION, ...FEATURE_COMMANDS].sort(), contributed);
  });

  test('the preview panel restores through the view type package.json activates on', () => {
    assert.ok((pkg.activationEvents as string[]).includes(`onWebviewPanel:${PREVIEW_VIEW_TYPE}`));
  });

  test('what activation loads holds no feature module, backend or core analysis', async () => {
    // The client bundle's inputs as scripts/build.mjs bundles it: a static import of a feature module would show here.
    // Allowed from core/: the wire formats the client reads (diagnostics deltas, code lens data), the split of the
    // diagnostics over owners (the pull's collection) and the document kinds.
    const result = await esbuild.build({
      entryPoints: [join(ROOT, 'client', 'extension.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'cjs',
      mainFields: ['module', 'main'],
      external: ['vscode', './clientCommands.js'],
      logLevel: 'silent',
    });
    const ours = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/')).sort();
    const heavy = ours.filter((input) => /^(backends|node|server|cli)\//.test(input) || /^client\/(apply|commands|preview)\//.test(input) || (input.startsWith('core/') && !['core/diagnostics/delta.ts', 'core/diagnostics/shards.ts', 'core/documentKinds.ts', 'core/intel/lensData.ts'].includes(input)));
    assert.deepEqual(heavy, [], `dist/client.js would load ${heavy.join(', ')} at activation`);
    assert.ok(ours.includes('client/lazyFeatures.ts'));
  });

  test('the bundle the client requires is the one the build writes and package.json ships', () => {
    const lazy = readFileSync(join(ROOT, 'client', 'lazyFeatures.ts'), 'utf8');
    const required = /const FEATURE_BUNDLE = '\.\/([^']+)'/.exec(lazy)?.[1];
    assert.equal(required, 'clientCommands.js');
    const build = readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8');
    assert.match(build, /entryPoints: \{ clientCommands: 'client\/features\.ts' \}/);
    assert.match(build, /external: \['vscode', '\.\/clientCommands\.js'\]/);
    assert.ok((pkg.files as string[]).includes(`dist/${required}`));
  });
});
