import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeJson, detectJsonKind, registrationFromJson, type JsonKind } from '../../core/json/analyze';
import { ruleFor } from '../../core/diagnostics/catalogue';
import { KEY_DOCS } from '../../core/json/keys';
import { applyTextEdits } from '../../core/json/edits';

/** Every finding is registered, inside the text, and its fixes apply without breaking the JSON further. */
function assertWellFormed(text: string, kind: JsonKind): void {
  const analysis = analyzeJson(text, kind);
  for (const f of analysis.findings) {
    assert.equal(ruleFor(f.code).severity, f.severity);
    assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.code} ${JSON.stringify(f.span)}`);
    for (const fix of f.fixes ?? []) {
      for (const e of fix.edits) assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start <= e.span.end, `${f.code} fix ${JSON.stringify(e.span)}`);
      const syntaxBefore = analysis.findings.filter((x) => x.code === 'json-syntax-error').length;
      const after = analyzeJson(applyTextEdits(text, fix.edits), kind).findings.filter((x) => x.code === 'json-syntax-error').length;
      assert.ok(after <= syntaxBefore, `${f.code}: "${fix.title}" broke the JSON`);
    }
  }
  assert.doesNotThrow(() => registrationFromJson('updater_x.json', text, analysis));
}

test('any text: no throw, findings in bounds', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom<JsonKind>('registration', 'payload'), (text, kind) => {
      assertWellFormed(text, kind);
    }),
    { numRuns: 300, seed: 0x13 },
  );
});

const keys = [...KEY_DOCS.map((d) => d.key), 'pfn', 'Priorty', 'Colour', 'updaterPriority', 'endpoint'];
const values = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('US', 'uk', 'UK', 'XK', 'http://a.b/c', 'https://a.b/c', 'https://', 'Store', 'CustomURL', 'Update', 'Acquisition', 'Contoso.App_m5g0r7arhahqy', 'true', '5'),
  fc.array(fc.oneof(fc.constantFrom('US', 'us', 'EL', 'GB', 'USA'), fc.integer({ min: -1, max: 200 })), { maxLength: 4 }),
  fc.integer({ min: -5, max: 300 }),
);

test('objects of known and misspelled keys with odd values: every rule path stays well-formed', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), values), { maxLength: 12 }), fc.constantFrom(0, 2), fc.boolean(), (entries, indent, trailing) => {
      const body = entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v, null, indent)}`).join(indent ? ',\n  ' : ', ');
      const text = `{${indent ? '\n  ' : ''}${body}${trailing && entries.length ? ',' : ''}${indent ? '\n' : ''}}`;
      assertWellFormed(text, detectJsonKind(text));
    }),
    { numRuns: 400, seed: 0x13 },
  );
});

test('a miscased repeat of Endpoint: the https fix edits the string that holds the value, or is not offered', () => {
  // Found by the property above: the first `endpoint` is a number, the last holds http://.
  assertWellFormed('{"endpoint": 0, "endpoint": "http://a.b/c", "RegistrationVersion": "US"}', 'registration');
  assertWellFormed('{"PFN": "Contoso.App_m5g0r7arhahqy", "endpoint": "x", "endpoint": "http://a.b/c"}', 'payload');
});
