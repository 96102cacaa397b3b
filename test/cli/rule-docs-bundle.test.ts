// The rule documentation (core/rules/docs/) is built into the CLI, which prints it in SARIF, and
// not into the language server or the extension, which never read it (scripts/check-layers.mjs
// keeps the imports so; this checks the bundles that ship).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { rules } from '../../core/rules';
import { ruleDocs } from '../../core/rules/docs';
import { ROOT } from './runCli';

const bundle = (name: string) => readFileSync(join(ROOT, 'dist', name), 'utf8');

/** English fragments of the docs that are no message: a why and an example of each area. */
const fragments = ['registry-not-hklm', 'reg-key-unclosed', 'json-comment', 'equal-priority'].map((id) => {
  const rule = rules.find((r) => r.id === id);
  assert.ok(rule, id);
  return ruleDocs(rule.id).why.en.replace(/^.*?[,:;] /, '').slice(0, 50);
});

test('the rule documentation is in dist/cli.js and in none of dist/server.js, dist/client.js, dist/clientCommands.js', () => {
  const cli = bundle('cli.js');
  for (const f of fragments) assert.ok(cli.includes(f), `cli.js lacks ${JSON.stringify(f)}`);
  for (const name of ['server.js', 'client.js', 'clientCommands.js']) {
    const text = bundle(name);
    for (const f of fragments) assert.ok(!text.includes(f), `${name} carries the rule documentation (${JSON.stringify(f)})`);
  }
});
