// The schemas name the rule of each range (`x-rule`), and the words of a finding match the data
// they come from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRegion } from '../../core/data/regions';
import { isRuleId } from '../../core/diagnostics/catalogue';
import { SCHEMAS } from '../../core/json/schemas';
import { rangeMessage } from '../../core/json/rules/schema';
import { regionReason } from '../../core/json/rules/values';
import { PLACEHOLDER, render, textOf } from '../../core/rules';
import { findingsOf, registrationText, payloadText } from './json-helpers';

test('every minimum and maximum in the schemas has an x-rule naming a catalogue rule with an outOfRange message', () => {
  const problems: string[] = [];
  let ranges = 0;
  for (const [form, schema] of Object.entries(SCHEMAS)) {
    for (const [key, p] of Object.entries(schema.properties)) {
      if (p.minimum === undefined && p.maximum === undefined) continue;
      ranges++;
      const id = p['x-rule'];
      if (id === undefined) problems.push(`${form}.${key}: no x-rule`);
      else if (!isRuleId(id)) problems.push(`${form}.${key}: x-rule ${id} is not a rule of the catalogue`);
      else if (!rangeMessage(id)) problems.push(`${form}.${key}: rule ${id} has no outOfRange message`);
      else {
        const names = [...textOf(`${id}.outOfRange`)!.en.matchAll(PLACEHOLDER)].map((m) => m[1]);
        for (const n of names) if (!['key', 'range', 'found'].includes(n)) problems.push(`${id}.outOfRange: {${n}} is not an argument of a range finding`);
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(ranges >= 7, `${ranges} ranges`);
});

test('a range finding is the rule the schema names, with the range from the schema', () => {
  const [retry] = findingsOf(registrationText({ MaxRetryCount: 7 }), 'registration');
  assert.equal(retry.code, SCHEMAS.registration.properties.MaxRetryCount['x-rule']);
  assert.equal(render(retry.message), 'MaxRetryCount must be 1..5 (retries after a failure); found 7');
  const [payloadRetry] = findingsOf(payloadText({ MaxRetryCount: -1 }), 'payload');
  assert.equal(render(payloadRetry.message), 'MaxRetryCount must be 0..5 (retries after a failure); found -1');
  const [version] = findingsOf(registrationText({ RegistrationVersion: 0 }), 'registration');
  assert.equal(version.code, 'registration-version-invalid');
  assert.equal(render(version.message, 'ko'), 'RegistrationVersion은 1 이상의 정수여야 합니다. 발견된 값: 0. 1 이상으로 설정하세요.');
});

test('the reason a region code is wrong, in words, is the region data\'s reason for every code', () => {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = ['USA', 'GBR', 'XYZ', 'U', ' US', 'U S', '1A', 'usa', 'el', 'uk'];
  for (const a of letters) for (const b of letters) codes.push(a + b);
  const differ: string[] = [];
  for (const code of codes) {
    const check = checkRegion(code);
    if (check.valid || (check.lowercase && check.suggestion === code.toUpperCase())) continue; // region-lowercase
    const said = render(regionReason(check));
    if (said !== check.reason) differ.push(`${code}: "${said}" vs "${check.reason}"`);
    assert.ok(render(regionReason(check), 'ko').length > 0);
  }
  assert.deepEqual(differ, []);
});
