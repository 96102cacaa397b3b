import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { standaloneValidatorsSource, createAjv } from '../../core/json/standalone';
import { SCHEMAS } from '../../core/json/schemas';
import { schemaErrors } from '../../core/json/validator';
import { BASE_PAYLOAD, BASE_REGISTRATION } from './json-helpers';

test('the generated validators match the schemas (run scripts/gen-validators.ts after editing a schema)', () => {
  const committed = readFileSync(join(__dirname, '..', '..', 'core', 'json', 'generated', 'validators.js'), 'utf8');
  assert.ok(committed === standaloneValidatorsSource(), 'core/json/generated/validators.js is out of date: node --import tsx scripts/gen-validators.ts');
});

test('the generated validators report what a freshly compiled one reports', () => {
  const values: [keyof typeof SCHEMAS, unknown][] = [
    ['registration', BASE_REGISTRATION],
    ['registration', { ...BASE_REGISTRATION, MaxRetryCount: 9, Source: 'CustomURL', IncludedRegions: [], ExcludedRegions: ['US'], Scenario: 'Update', HonorDeprovisioning: true }],
    ['payload', BASE_PAYLOAD],
    ['payload', { PFN: 1, TimeoutDurationInMinutes: 31, ExcludedRegions: 'US' }],
  ];
  const ajv = createAjv();
  for (const [form, value] of values) {
    const fresh = ajv.getSchema(SCHEMAS[form].$id) ?? ajv.compile(SCHEMAS[form]);
    fresh(value);
    assert.deepEqual(schemaErrors(form, value), fresh.errors ?? []);
  }
});
