// scripts/check-layers.mjs (run by npm run lint): the repository follows the layers, and the rules
// it applies catch an import that runs upward.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';

interface Layers {
  checkLayers(): { problems: string[]; stale: string[]; files: number };
  offence(from: string, layer: { name: string; rank: number }, specifier: string, target: string | undefined): string | undefined;
}
// A plain script (no types): imported by URL.
const load = () => import(pathToFileURL(join(__dirname, '..', '..', 'scripts', 'check-layers.mjs')).href) as Promise<Layers>;

const CORE = { name: 'core', rank: 1 };
const CLI = { name: 'cli', rank: 4 };
const NODE = { name: 'node', rank: 2 };
const SERVER = { name: 'server', rank: 4 };
const CLIENT = { name: 'client', rank: 5 };
const RULES = { name: 'core/rules', rank: 0 };

describe('layers', () => {
  test('the repository has no import against the layers beyond the known ones', async () => {
    const { checkLayers } = await load();
    const { problems, files } = checkLayers();
    assert.ok(files > 100, `only ${files} files checked`);
    assert.deepEqual(problems, []);
  });

  test('upward, sideways and impure imports are offences; downward ones are not', async () => {
    const { offence } = await load();
    assert.match(offence('core/diagnostics/records.ts', CORE, '../analyze', 'core/analyze.ts') ?? '', /core\/diagnostics may import only/);
    assert.match(offence('cli/files.ts', CLI, '../server/settings', 'server/settings.ts') ?? '', /side by side/);
    assert.match(offence('node/folderScan.ts', NODE, '../backends/run', 'backends/run.ts') ?? '', /lower layer/);
    assert.match(offence('core/reg/decode.ts', CORE, 'node:fs', undefined) ?? '', /pure/);
    assert.match(offence('cli/main.ts', CLI, 'vscode', undefined) ?? '', /must not use vscode/);
    assert.match(offence('core/json/schemas.ts', CORE, '../../package.json', 'package.json') ?? '', /outside the layers/);
    assert.equal(offence('cli/files.ts', CLI, '../node/folderScan', 'node/folderScan.ts'), undefined);
    assert.equal(offence('core/json/schemas.ts', CORE, '../../schemas/payload.schema.json', 'schemas/payload.schema.json'), undefined);
    assert.equal(offence('core/registry/analyze.ts', CORE, '../reg/model', 'core/reg/model.ts'), undefined);
  });

  test('the rule documentation stays out of the server and the extension: only cli/ imports core/rules/docs', async () => {
    const { offence } = await load();
    assert.match(offence('server/features/hover.ts', SERVER, '../../core/rules/docs', 'core/rules/docs/index.ts') ?? '', /rule documentation/);
    assert.match(offence('client/extension.ts', CLIENT, '../core/rules/docs/reg', 'core/rules/docs/reg.ts') ?? '', /rule documentation/);
    assert.match(offence('core/rules/index.ts', RULES, './docs', 'core/rules/docs/index.ts') ?? '', /rule documentation/);
    assert.match(offence('core/intel/hover.ts', CORE, '../rules/docs', 'core/rules/docs/index.ts') ?? '', /rule documentation/);
    assert.equal(offence('cli/formats/sarif.ts', CLI, '../../core/rules/docs', 'core/rules/docs/index.ts'), undefined);
    assert.equal(offence('core/rules/docs/reg.ts', RULES, '../reg', 'core/rules/reg.ts'), undefined);
    assert.equal(offence('core/rules/docs/index.ts', RULES, './json', 'core/rules/docs/json.ts'), undefined);
  });
});
