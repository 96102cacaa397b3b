// The preview's region/edition comboboxes read what was typed (client/preview/typedChoice.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typedChoice } from '../../client/preview/typedChoice';

const regions = [
  { code: 'US', name: 'United States' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'GR', name: 'Greece' },
];

test('typing a code, the start of a label or of a name picks that entry; nothing matching picks none', () => {
  assert.equal(typedChoice(regions, 'GB')?.code, 'GB');
  assert.equal(typedChoice(regions, ' gb ')?.code, 'GB');
  assert.equal(typedChoice(regions, 'GR — G')?.code, 'GR');
  assert.equal(typedChoice(regions, 'united k')?.code, 'GB');
  assert.equal(typedChoice(regions, 'USGB'), undefined, 'what an append would have made matches nothing');
  assert.equal(typedChoice(regions, ''), undefined);
  assert.equal(typedChoice([{ code: 48, name: 'Professional' }], '48')?.code, 48);
});
