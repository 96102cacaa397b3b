import { render } from '../../core/rules/render';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type ParseError } from 'jsonc-parser';
import { completeJson } from '../../core/intel/jsonCompletion';
import { jsonCursorAt } from '../../core/intel/jsonCursor';
import { snippetSyntax } from '../../core/intel/snippet';
import { accept, cursor, find, labels } from './intel-helpers';

function complete(textWithCursor: string, form: 'registration' | 'payload' = 'registration', locale?: string) {
  const { text, offset } = cursor(textWithCursor);
  return { text, items: completeJson(text, offset, form, { locale }) };
}

function strictParse(text: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  assert.deepEqual(errors, [], `not strict JSON: ${text}`);
  return value;
}

describe('JSON cursor', () => {
  test('tells property names from values, and knows the keys already present on both sides', () => {
    const { text, offset } = cursor('{"PFN": "x", |, "Source": "Store"}');
    const c = jsonCursorAt(text, offset);
    assert.equal(c.role, 'key');
    assert.deepEqual(c.role === 'key' && [...c.existingKeys], ['PFN', 'Source']);
    const v = cursor('{"ExcludedRegions": ["GB", "|"]}');
    const vc = jsonCursorAt(v.text, v.offset);
    assert.equal(vc.role, 'value');
    assert.ok(vc.role === 'value' && vc.inArray && vc.property === 'ExcludedRegions');
  });

  test('after a closed string or a complete value there is nothing to complete', () => {
    for (const t of ['{"PFN": "x"|}', '{"MaxRetryCount": 1 |}', '{"a": {"b": |}}', '{} |']) {
      const { text, offset } = cursor(t);
      assert.equal(jsonCursorAt(text, offset).role, 'none', t);
    }
  });
});

describe('JSON completions: property names', () => {
  test('offers the form\'s keys not yet present, required first, with type, range, default and docs', () => {
    const { items } = complete('{\n  "PFN": "Contoso.PhotoStudio_3r0m8qfzv1p4c",\n  |\n}');
    assert.ok(!labels(items).includes('PFN'), 'PFN is present already');
    const retry = find(items, 'MaxRetryCount');
    assert.equal(render(retry.detail ?? ''), 'integer 1..5 · default 1');
    assert.match(render(retry.documentation ?? ''), /Retries after a failed attempt/);
    assert.match(render(retry.documentation ?? ''), /default `1`/);
    assert.match(render(retry.documentation ?? ''), /range `1\.\.5`/);
    assert.match(render(retry.documentation ?? ''), /Source: Microsoft's AppOrchestration module .*\[AO\]/);
    assert.equal(snippetSyntax(retry.insert), '"MaxRetryCount": ${1:1}');
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(sorted.slice(0, 5).map((i) => i.label).sort(), ['OEMName', 'RegistrationVersion', 'Scenario', 'Source', 'UpdaterName']);
    assert.equal(render(find(items, 'ProductId').detail ?? ''), 'string · required when Source is Store');
  });

  test('the value snippet fits the type: enum choice, boolean choice, https endpoint, arrays', () => {
    const { items } = complete('{|}');
    assert.equal(snippetSyntax(find(items, 'Source').insert), '"Source": "${1|Store,CustomURL|}"');
    assert.equal(snippetSyntax(find(items, 'AllowedInOobe').insert), '"AllowedInOobe": ${1|false,true|}');
    assert.equal(snippetSyntax(find(items, 'Endpoint').insert), '"Endpoint": "https://$1"');
    assert.equal(snippetSyntax(find(items, 'ExcludedRegions').insert), '"ExcludedRegions": ["$1"]');
    assert.equal(snippetSyntax(find(items, 'IncludedEditions').insert), '"IncludedEditions": [$1]');
  });

  test('a payload file offers only payload keys, with the payload\'s ranges', () => {
    const { items } = complete('{ | }', 'payload');
    assert.deepEqual(labels(items).sort(), ['AllowedInOobe', 'Endpoint', 'ExcludedRegions', 'MaxRetryCount', 'PFN', 'TimeoutDurationInMinutes']);
    assert.equal(render(find(items, 'MaxRetryCount').detail ?? ''), 'integer 0..5 · default 1');
  });

  test('accepting a name inside a half-typed key replaces the key, and adds a comma before a following property', () => {
    const { text, items } = complete('{\n  "Sc|"\n  "PFN": "x"\n}');
    const edited = accept(text, find(items, 'Scenario'));
    assert.equal(edited, '{\n  "Scenario": "Update",\n  "PFN": "x"\n}');
    strictParse(edited);
  });

  test('renaming a key that already has a value replaces only the key', () => {
    const { text, items } = complete('{"Prio|": 5}');
    assert.equal(accept(text, find(items, 'Priority')), '{"Priority": 5}');
  });

  test('an unquoted word in key position becomes a quoted property', () => {
    const { text, items } = complete('{"PFN": "x", Tim|}');
    assert.equal(accept(text, find(items, 'TimeoutDurationInMinutes')), '{"PFN": "x", "TimeoutDurationInMinutes": 15}');
  });
});

describe('JSON completions: values', () => {
  test('enum values of Source, Scenario and Architecture', () => {
    assert.deepEqual(labels(complete('{"Source": |}').items), ['Store', 'CustomURL']);
    assert.deepEqual(labels(complete('{"Scenario": "|"}').items), ['Update', 'Acquisition', 'StubAcquisition']);
    const { text, items } = complete('{"Architecture": "a|"}');
    assert.deepEqual(labels(items), ['amd64', 'arm64']);
    assert.equal(accept(text, find(items, 'arm64')), '{"Architecture": "arm64"}');
  });

  test('the property is the one at the cursor, not a later one', () => {
    assert.deepEqual(labels(complete('{"Source": "|", "Scenario": "Update", "IncludedRegions": []}').items), ['Store', 'CustomURL']);
    assert.equal(complete('{"IncludedRegions": ["|"], "IncludedEditions": [48]}').items[0].kind, 'region');
    const { text, offset } = cursor('{"AllowedInOobe": t|, "Priority": 5}');
    assert.deepEqual(labels(completeJson(text, offset, 'registration')), ['true', 'false']);
  });

  test('booleans, with the default marked', () => {
    const { items } = complete('{"SkipIfPresent": |}');
    assert.deepEqual(labels(items), ['true', 'false']);
    assert.equal(render(find(items, 'false').detail ?? ''), 'SkipIfPresent (default)');
  });

  test('region codes with English names, Korean when the display language is Korean, skipping codes present', () => {
    const en = complete('{"ExcludedRegions": ["KR", "|"]}').items;
    assert.equal(render(find(en, 'GB').detail ?? ''), 'United Kingdom');
    assert.ok(!labels(en).includes('KR'));
    assert.ok(!labels(en).includes('UK'), 'UK is not an assigned code');
    assert.equal(en.length, 248);
    const ko = complete('{"IncludedRegions": [|]}', 'registration', 'ko').items;
    assert.equal(render(find(ko, 'KR').detail ?? ''), '대한민국');
    const { text, items } = complete('{"IncludedRegions": [|]}');
    assert.equal(accept(text, find(items, 'US')), '{"IncludedRegions": ["US"]}');
  });

  test('a region typed before an existing one gets a comma', () => {
    const { text, items } = complete('{"ExcludedRegions": [| "GB"]}');
    assert.equal(accept(text, find(items, 'FR')), '{"ExcludedRegions": ["FR", "GB"]}');
  });

  test('edition codes with names', () => {
    const { text, items } = complete('{"ExcludedEditions": [48, |]}');
    assert.match(render(find(items, '4').detail ?? ''), /^Enterprise/);
    assert.ok(!labels(items).includes('48'));
    assert.ok(!labels(items).includes('0'), 'PRODUCT_UNDEFINED is not offered');
    assert.equal(accept(text, find(items, '4')), '{"ExcludedEditions": [48, 4]}');
  });

  test('defaults of numbers and the https scheme of Endpoint', () => {
    assert.deepEqual(labels(complete('{"TimeoutDurationInMinutes": |}').items), ['15']);
    const { text, items } = complete('{"Endpoint": |}');
    assert.equal(accept(text, items[0]), '{"Endpoint": "https://"}');
  });
});

describe('JSON completions: whole documents', () => {
  test('an empty file offers a complete registration of each form; each one validates as strict JSON', () => {
    const { text, items } = complete('|');
    assert.deepEqual(labels(items), ['New registration file (Store)', 'New registration file (CustomURL)', 'New expeditedPayload']);
    const store = strictParse(accept(text, items[0])) as Record<string, unknown>;
    assert.equal(store.Source, 'Store');
    assert.equal(store.ProductId, '9NBLGGH4NNS1');
    const custom = strictParse(accept(text, items[1])) as Record<string, unknown>;
    assert.equal(custom.Source, 'CustomURL');
    assert.match(String(custom.Endpoint), /^https:\/\//);
    assert.equal(custom.Scenario, 'Acquisition');
    const payload = strictParse(accept(text, items[2])) as Record<string, unknown>;
    assert.deepEqual(Object.keys(payload), ['PFN', 'Endpoint', 'AllowedInOobe', 'MaxRetryCount', 'TimeoutDurationInMinutes']);
  });

  test('a payload file lists the payload first', () => {
    assert.equal(complete('  |', 'payload').items[0].label, 'New expeditedPayload');
  });
});

describe('JSON completions: context', () => {
  test('with Source CustomURL, ProductId is listed last and marked ignored; Endpoint is not', () => {
    const { items } = complete('{"Source": "CustomURL", |}');
    assert.equal(render(find(items, 'ProductId').detail ?? ''), 'string · required when Source is Store · ignored with Source CustomURL');
    assert.equal(render(find(items, 'Endpoint').detail ?? ''), 'string · required when Source is CustomURL');
    const last = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).at(-1);
    assert.equal(last?.label, 'ProductId');
  });

  test('right after a colon or a comma the inserted text starts with a space', () => {
    const value = complete('{"Source":|}');
    assert.equal(accept(value.text, find(value.items, 'Store')), '{"Source": "Store"}');
    const key = complete('{"PFN": "x",|}');
    assert.equal(accept(key.text, find(key.items, 'Priority')), '{"PFN": "x", "Priority": 100}');
  });
});
