import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_DOCS, keyDoc, keyDocsFor } from '../../core/json/keys';
import { allEditions, editionInfo } from '../../core/data/editions';
import { allRegions, checkRegion, regionName } from '../../core/data/regions';

describe('KEY_DOCS from the schemas', () => {
  test('every key once, with its forms and requirement', () => {
    assert.equal(new Set(KEY_DOCS.map((d) => d.key)).size, KEY_DOCS.length);
    assert.equal(KEY_DOCS.length, 20);
    const pfn = KEY_DOCS.find((d) => d.key === 'PFN');
    assert.deepEqual(pfn?.forms, ['registration', 'payload']);
    assert.equal(pfn?.required, 'always');
    assert.equal(KEY_DOCS.find((d) => d.key === 'ProductId')?.required, 'Store');
    assert.equal(KEY_DOCS.find((d) => d.key === 'Endpoint')?.required, 'CustomURL');
    assert.deepEqual(KEY_DOCS.find((d) => d.key === 'Priority')?.forms, ['registration']);
  });

  test('ranges, defaults, enums and sources come through', () => {
    const retry = keyDoc('MaxRetryCount', 'registration');
    assert.deepEqual([retry?.type, retry?.default, retry?.minimum, retry?.maximum, retry?.source], ['integer', 1, 1, 5, 'AO']);
    assert.deepEqual(keyDoc('Scenario', 'registration')?.enum, ['Update', 'Acquisition', 'StubAcquisition']);
    assert.equal(keyDoc('IncludedEditions', 'registration')?.type, 'integer[]');
    assert.match(keyDoc('Priority', 'registration')?.description ?? '', /lower runs earlier/);
  });

  test('per form: the payload requires Endpoint and reads fewer keys', () => {
    assert.deepEqual(keyDocsFor('payload').map((d) => d.key), ['PFN', 'Endpoint', 'AllowedInOobe', 'MaxRetryCount', 'TimeoutDurationInMinutes', 'ExcludedRegions']);
    assert.equal(keyDoc('Endpoint', 'payload')?.required, 'always');
    assert.equal(keyDoc('MaxRetryCount', 'payload')?.source, 'KO-DOC');
    assert.equal(keyDoc('Priority', 'payload'), undefined);
    assert.equal(keyDoc('pfn', 'registration'), undefined);
  });
});

describe('editions', () => {
  test('the shipped table is the shared one', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '..', '..', 'core', 'data', 'windows-editions.json'), 'utf8'));
    assert.equal(allEditions().length, shipped.length);
    assert.equal(editionInfo(48)?.name, 'Pro');
    // The hex form is derived (the bundles leave the table's own out): it must read as the table writes it.
    for (const e of shipped) assert.equal(editionInfo(e.code)?.hex, e.hex);
    assert.equal(editionInfo(7)?.server, true);
    assert.equal(editionInfo(123456), undefined);
  });
});

describe('regions', () => {
  test('249 assigned codes, sorted, with English and Korean names', () => {
    const regions = allRegions();
    assert.equal(regions.length, 249);
    assert.ok(regions.some((r) => r.code === 'GB'));
    assert.ok(!regions.some((r) => r.code === 'UK' || r.code === 'XK'));
    assert.deepEqual(regions.map((r) => r.code), [...regions.map((r) => r.code)].sort());
    assert.equal(regionName('KR', 'ko'), '대한민국');
    assert.equal(regionName('GB', 'en'), 'United Kingdom');
    assert.equal(allRegions('ko-KR').find((r) => r.code === 'JP')?.name, '일본');
  });

  test("every assigned code's English and Korean name is i18n-iso-countries' getName, read from its tables", async () => {
    const { default: countries } = await import('i18n-iso-countries/index.js');
    countries.registerLocale((await import('i18n-iso-countries/langs/en.json')).default);
    countries.registerLocale((await import('i18n-iso-countries/langs/ko.json')).default);
    for (const { code } of allRegions()) {
      for (const lang of ['en', 'ko'] as const) assert.equal(regionName(code, lang), countries.getName(code, lang), `${code} ${lang}`);
    }
  });

  test('validity comes from ISO 3166 with a reason; XK (user-assigned) is accepted with a note', () => {
    assert.equal(checkRegion('US').valid, true);
    assert.deepEqual([checkRegion('UK').status, checkRegion('UK').suggestion], ['exceptionally-reserved', 'GB']);
    assert.deepEqual([checkRegion('EL').valid, checkRegion('EL').suggestion], [false, 'GR']);
    assert.deepEqual([checkRegion('XK').status, checkRegion('XK').valid, checkRegion('XK').name], ['user-assigned', true, 'Kosovo']);
    assert.match(checkRegion('XK').note ?? '', /user-assigned.*Windows' own geo data uses it for Kosovo/);
    assert.equal(checkRegion('QM').status, 'user-assigned');
    assert.equal(checkRegion('AN').status, 'transitionally-reserved');
    assert.deepEqual([checkRegion('de').valid, checkRegion('de').suggestion], [false, 'DE']);
    assert.equal(checkRegion('419').status, 'malformed');
  });
});
