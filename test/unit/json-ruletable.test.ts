import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogue } from '../../core/diagnostics/catalogue';
import { ruleTable, withTable } from '../../scripts/gen-rule-table';

test('the rule table lists every catalogue entry once', () => {
  const table = ruleTable(catalogue);
  for (const rule of catalogue) assert.equal(table.split('\n').filter((l) => l.startsWith(`| \`${rule.id}\` |`)).length, 1, rule.id);
  assert.match(table, /^\| Code \| Severity \| Source \| Rule \| Quick fix \|/);
  assert.match(table, /\| `priority-out-of-range` \| error \| AO \| .*updaterPriority.* \| Clamp to the range\. \|/);
});

test('the table replaces only the text between the markers; missing markers are reported', () => {
  const doc = 'intro\n<!-- rules:begin -->\nold table\n<!-- rules:end -->\noutro\n';
  const updated = withTable(doc, '| t |');
  assert.equal(updated, 'intro\n<!-- rules:begin -->\n| t |\n<!-- rules:end -->\noutro\n');
  assert.equal(withTable(updated ?? '', '| t |'), updated);
  assert.equal(withTable('no markers', '| t |'), undefined);
});
