import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonRules } from '../../core/rules/json';
import { ruleFor, type RuleId } from '../../core/diagnostics/catalogue';
import type { Severity } from '../../core/diagnostics/types';
import type { JsonKind } from '../../core/json/analyze';
import type { RegEncoding } from '../../core/reg/model';
import { applyFirstFix, findingsOf, payloadText, registrationText, spanAt } from './json-helpers';
import { render } from '../../core/rules/render';
import { ruleDocs } from '../../core/rules/docs';

/** One rule: a document that triggers it (exact span) and a near miss that does not. */
interface RuleCase {
  code: string;
  severity: Severity;
  kind: JsonKind;
  text: string;
  /** The expected span, marked with ⟦ ⟧ inside a snippet of `text`. */
  at: string;
  nearMiss: string;
  /** Expected message, when the wording is part of a contract. */
  message?: string;
  /** The kind the near miss is analysed as, when not `kind`. */
  nearMissKind?: JsonKind;
  /** False when this trigger has no unambiguous fix although the rule sometimes has one. */
  fixable?: boolean;
  /** How the trigger's bytes were saved (the near miss: plain UTF-8). */
  encoding?: RegEncoding;
}

const customUrl = { Source: 'CustomURL', Endpoint: 'https://downloads.contoso.com/oobe/PhotoEditor.msixbundle' };

const CASES: RuleCase[] = [
  {
    code: 'json-syntax-error', severity: 'error', kind: 'payload',
    text: '{ "PFN": "Contoso.Notes_3j0282zxa1eby" "Endpoint": "https://downloads.contoso.com/a.msix" }',
    at: '"Contoso.Notes_3j0282zxa1eby" ⟦"Endpoint"⟧',
    nearMiss: '{ "PFN": "Contoso.Notes_3j0282zxa1eby", "Endpoint": "https://downloads.contoso.com/a.msix" }',
  },
  {
    code: 'json-comment', severity: 'error', kind: 'payload',
    text: payloadText().replace('{', '{\n  // the notes app'),
    at: '⟦// the notes app⟧', nearMiss: payloadText({ Endpoint: 'https://downloads.contoso.com/oobe//a.msix' }),
  },
  {
    code: 'json-trailing-comma', severity: 'error', kind: 'payload',
    text: payloadText().replace(/"\n}$/, '",\n}'),
    at: 'Weather.msixbundle"⟦,⟧', nearMiss: payloadText(),
  },
  { code: 'root-not-object', severity: 'error', kind: 'payload', text: '[ { "PFN": "x" } ]', at: '⟦[ { "PFN": "x" } ]⟧', nearMiss: payloadText() },
  {
    code: 'non-ascii', severity: 'error', kind: 'registration',
    text: registrationText({ UpdaterName: 'PhotoEditor', ProductId: '9NCNTS0PHTé' }),
    at: '"9NCNTS0PHT⟦é⟧"', nearMiss: registrationText({ ProductId: '9NCNTS0PHT_' }).replace('PHT_', 'PHT\\u00e9'), fixable: false,
  },
  {
    code: 'duplicate-key', severity: 'error', kind: 'registration',
    text: registrationText().replace('\n}', ',\n  "OEMName": "Contoso"\n}'),
    at: '⟦"OEMName"⟧: "Contoso"\n}', nearMiss: registrationText(),
  },
  {
    code: 'key-case-mismatch', severity: 'error', kind: 'payload',
    text: payloadText().replace('"PFN"', '"pfn"'), at: '⟦"pfn"⟧', nearMiss: payloadText(),
  },
  {
    code: 'registration-encoding', severity: 'error', kind: 'registration', encoding: 'utf16le-bom',
    text: registrationText(), at: '⟦{⟧', nearMiss: registrationText(),
  },
  {
    code: 'key-case-variant', severity: 'warning', kind: 'registration',
    text: registrationText().replace('"PFN"', '"pfn"'), at: '⟦"pfn"⟧', nearMiss: registrationText(),
  },
  {
    code: 'json-empty-key', severity: 'error', kind: 'registration',
    text: registrationText({ Extra: { '': 1 } }), at: '⟦""⟧', nearMiss: registrationText({ Extra: { a: 1 } }),
  },
  {
    code: 'json-unreadable-value', severity: 'error', kind: 'registration',
    text: registrationText().replace('\n}', ',\n  "Extra": "\\/Date(999999999999999)\\/"\n}'), at: '⟦"\\/Date(999999999999999)\\/"⟧',
    nearMiss: registrationText().replace('\n}', ',\n  "Extra": "\\/Date(0)\\/"\n}'),
  },
  {
    code: 'json-too-deep', severity: 'error', kind: 'registration',
    // The root is level 1, so 101 arrays put the 1 at level 103 (psm1 63 reads at most 102).
    text: registrationText().replace('\n}', `,\n  "Extra": ${'['.repeat(101)}1${']'.repeat(101)}\n}`), at: `"Extra": ${'['.repeat(101)}⟦1⟧`,
    nearMiss: registrationText().replace('\n}', `,\n  "Extra": ${'['.repeat(100)}1${']'.repeat(100)}\n}`),
  },
  {
    code: 'unknown-key', severity: 'warning', kind: 'registration',
    text: registrationText({ Priorty: 5 }), at: '⟦"Priorty"⟧', nearMiss: registrationText({ Priority: 5 }),
  },
  {
    code: 'missing-required-key', severity: 'error', kind: 'registration',
    text: registrationText({}, ['OEMName']), at: '⟦{⟧', nearMiss: registrationText(),
  },
  {
    code: 'productid-required-for-store', severity: 'error', kind: 'registration',
    text: registrationText({}, ['ProductId']), at: '⟦{⟧', nearMiss: registrationText(),
  },
  {
    code: 'endpoint-required-for-customurl', severity: 'error', kind: 'registration',
    text: registrationText({ Source: 'CustomURL' }, ['ProductId']), at: '⟦{⟧', nearMiss: registrationText(customUrl, ['ProductId']),
  },
  {
    code: 'wrong-type', severity: 'error', kind: 'registration',
    text: registrationText({ AllowedInOobe: 'true' }), at: '"AllowedInOobe": ⟦"true"⟧', nearMiss: registrationText({ AllowedInOobe: true }),
  },
  {
    code: 'invalid-name', severity: 'error', kind: 'registration',
    text: registrationText({ UpdaterName: 'Photo Editor' }), at: '⟦"Photo Editor"⟧', nearMiss: registrationText({ UpdaterName: 'Photo_Editor-2' }),
  },
  {
    code: 'registration-version-invalid', severity: 'error', kind: 'registration',
    text: registrationText({ RegistrationVersion: 0 }), at: '"RegistrationVersion": ⟦0⟧', nearMiss: registrationText({ RegistrationVersion: 1 }),
  },
  {
    code: 'invalid-enum-value', severity: 'error', kind: 'registration',
    text: registrationText({ Scenario: 'Stub Acquisition' }), at: '⟦"Stub Acquisition"⟧', nearMiss: registrationText({ Scenario: 'StubAcquisition' }),
  },
  {
    code: 'enum-case-variant', severity: 'warning', kind: 'registration',
    text: registrationText({ Scenario: 'acquisition' }), at: '⟦"acquisition"⟧', nearMiss: registrationText({ Scenario: 'Acquisition' }),
  },
  {
    code: 'endpoint-not-https', severity: 'error', kind: 'payload',
    text: payloadText({ Endpoint: 'http://downloads.contoso.com/a.msix' }), at: '⟦"http://downloads.contoso.com/a.msix"⟧', nearMiss: payloadText(),
  },
  {
    code: 'endpoint-invalid-url', severity: 'error', kind: 'payload',
    text: payloadText({ Endpoint: 'https:// downloads.contoso.com/a.msix' }), at: '⟦"https:// downloads.contoso.com/a.msix"⟧', nearMiss: payloadText({ Endpoint: 'https://downloads.contoso.com/a%20b.msix' }),
  },
  {
    code: 'max-retry-out-of-range', severity: 'error', kind: 'registration',
    text: registrationText({ MaxRetryCount: 0 }), at: '"MaxRetryCount": ⟦0⟧', nearMiss: registrationText({ MaxRetryCount: 5 }),
    message: 'MaxRetryCount must be 1..5 (retries after a failure); found 0',
  },
  {
    code: 'max-retry-out-of-range', severity: 'error', kind: 'payload',
    text: payloadText({ MaxRetryCount: 9 }), at: '"MaxRetryCount": ⟦9⟧', nearMiss: payloadText({ MaxRetryCount: 0 }),
    message: 'MaxRetryCount must be 0..5 (retries after a failure); found 9',
  },
  {
    code: 'timeout-out-of-range', severity: 'error', kind: 'payload',
    text: payloadText({ TimeoutDurationInMinutes: 45 }), at: '"TimeoutDurationInMinutes": ⟦45⟧', nearMiss: payloadText({ TimeoutDurationInMinutes: 30 }),
    message: 'TimeoutDurationInMinutes must be 1..30 (minutes per attempt); found 45',
  },
  {
    code: 'timeout-out-of-range', severity: 'error', kind: 'registration',
    text: registrationText({ TimeoutDurationInMinutes: 0 }), at: '"TimeoutDurationInMinutes": ⟦0⟧', nearMiss: registrationText({ TimeoutDurationInMinutes: 1 }),
  },
  {
    code: 'min-build-out-of-range', severity: 'error', kind: 'registration',
    text: registrationText({ MinimumAllowedBuildVersion: 226310 }), at: '⟦226310⟧', nearMiss: registrationText({ MinimumAllowedBuildVersion: 22631 }),
  },
  {
    code: 'priority-out-of-range', severity: 'error', kind: 'registration',
    text: registrationText({ Priority: 250 }), at: '"Priority": ⟦250⟧', nearMiss: registrationText({ Priority: 100 }),
    message: 'Priority must be 1..100 (lower runs earlier); found 250',
  },
  {
    code: 'included-and-excluded', severity: 'error', kind: 'registration',
    text: registrationText({ IncludedRegions: ['US'], ExcludedRegions: ['CN'] }), at: '⟦"ExcludedRegions"⟧', nearMiss: registrationText({ IncludedRegions: ['US'], ExcludedEditions: [4] }),
  },
  {
    code: 'empty-array', severity: 'error', kind: 'registration',
    text: registrationText({ IncludedEditions: [] }), at: '"IncludedEditions": ⟦[]⟧', nearMiss: registrationText({ IncludedEditions: [48] }),
  },
  {
    code: 'duplicate-array-item', severity: 'error', kind: 'registration',
    text: registrationText({ IncludedRegions: ['US', 'GB', 'US'] }).replace(/\s*\n\s*(?="|\])/g, ' '), at: '"GB", ⟦"US"⟧', nearMiss: registrationText({ IncludedRegions: ['US', 'GB'] }),
  },
  {
    code: 'honor-deprovisioning-with-update', severity: 'error', kind: 'registration',
    text: registrationText({ Scenario: 'Update', HonorDeprovisioning: true }), at: '"HonorDeprovisioning": ⟦true⟧', nearMiss: registrationText({ Scenario: 'Acquisition', HonorDeprovisioning: true }),
  },
  {
    code: 'update-with-customurl', severity: 'warning', kind: 'registration',
    text: registrationText({ ...customUrl, Scenario: 'Update' }, ['ProductId']), at: '⟦"Update"⟧', nearMiss: registrationText({ ...customUrl, Scenario: 'StubAcquisition' }, ['ProductId']),
  },
  {
    code: 'skip-if-present-with-update', severity: 'warning', kind: 'registration',
    text: registrationText({ Scenario: 'Update', SkipIfPresent: true }), at: '"SkipIfPresent": ⟦true⟧', nearMiss: registrationText({ SkipIfPresent: true }),
  },
  {
    code: 'ignored-productid', severity: 'warning', kind: 'registration',
    text: registrationText(customUrl), at: '⟦"ProductId"⟧', nearMiss: registrationText(customUrl, ['ProductId']),
  },
  {
    code: 'ignored-endpoint', severity: 'warning', kind: 'registration',
    text: registrationText({ Endpoint: customUrl.Endpoint }), at: '⟦"Endpoint"⟧', nearMiss: registrationText(),
  },
  {
    code: 'payload-priority-ignored', severity: 'warning', kind: 'payload',
    text: payloadText({ Priority: 5 }), at: '⟦"Priority"⟧', nearMiss: registrationText({ Priority: 5 }), nearMissKind: 'registration',
  },
  {
    code: 'pfn-invalid', severity: 'error', kind: 'payload',
    text: payloadText({ PFN: 'Contoso.Notes' }), at: '⟦"Contoso.Notes"⟧', nearMiss: payloadText({ PFN: 'Contoso.Notes_3j0282zxa1eby' }),
  },
  {
    code: 'pfn-publisher-uppercase', severity: 'warning', kind: 'registration',
    text: registrationText({ PFN: 'Contoso.PhotoEditor_M5G0R7ARHAHQY' }), at: '⟦"Contoso.PhotoEditor_M5G0R7ARHAHQY"⟧', nearMiss: registrationText({ PFN: 'CONTOSO.PHOTOEDITOR_m5g0r7arhahqy' }),
  },
  {
    code: 'region-not-assigned', severity: 'error', kind: 'registration',
    text: registrationText({ IncludedRegions: ['UK'] }), at: '⟦"UK"⟧', nearMiss: registrationText({ IncludedRegions: ['GB'] }),
  },
  {
    code: 'region-lowercase', severity: 'warning', kind: 'payload',
    text: payloadText({ ExcludedRegions: ['us'] }), at: '⟦"us"⟧', nearMiss: payloadText({ ExcludedRegions: ['US'] }),
  },
  {
    code: 'edition-unknown', severity: 'error', kind: 'registration',
    text: registrationText({ IncludedEditions: [9999] }), at: '⟦9999⟧', nearMiss: registrationText({ IncludedEditions: [48] }),
  },
  {
    code: 'edition-server', severity: 'warning', kind: 'registration',
    text: registrationText({ ExcludedEditions: [7] }), at: '[\n    ⟦7⟧', nearMiss: registrationText({ ExcludedEditions: [4] }),
  },
];

describe('every JSON catalogue entry', () => {
  test('has a triggering case below', () => {
    const covered = new Set(CASES.map((c) => c.code));
    assert.deepEqual(jsonRules.map((r) => r.id).filter((code) => !covered.has(code)), []);
  });

  for (const c of CASES) {
    describe(`${c.code} (${c.kind})`, () => {
      test('triggers with the catalogue severity on the exact span', () => {
        const expected = spanAt(c.text, c.at);
        const hits = findingsOf(c.text, c.kind, c.code, c.encoding);
        assert.equal(hits.length, 1, `expected one ${c.code}, got ${JSON.stringify(findingsOf(c.text, c.kind, undefined, c.encoding))}`);
        assert.equal(hits[0].severity, c.severity);
        assert.equal(ruleFor(c.code as RuleId).severity, c.severity);
        assert.deepEqual(hits[0].span, expected);
        assert.match(render(hits[0].message), /\S/);
        if (c.message) assert.equal(render(hits[0].message), c.message);
      });

      test('does not trigger on the near miss', () => {
        assert.deepEqual(findingsOf(c.nearMiss, c.nearMissKind ?? c.kind, c.code), []);
      });

      if (ruleDocs(c.code as RuleId).fix && c.fixable !== false) {
        test('its quick fix removes the finding', () => {
          const [finding] = findingsOf(c.text, c.kind, c.code);
          const fixed = applyFirstFix(c.text, finding);
          assert.deepEqual(findingsOf(fixed, c.kind, c.code), [], `after the fix:\n${fixed}`);
          assert.deepEqual(findingsOf(fixed, c.kind).filter((f) => f.code === 'json-syntax-error'), [], `the fix broke the JSON:\n${fixed}`);
        });
      }
    });
  }
});
