// The stand-ins activation registers (client/featureIds.ts) cover every command package.json
// contributes, and the feature bundle is named where the build writes it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
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
