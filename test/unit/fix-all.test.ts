// "Fix all auto-fixable problems" (core/intel/fixAll.ts): fixes that are right alone but clash
// together are left out, so fix all never adds an error.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyzeDocument } from '../../core/analyze';
import { applyEdits } from '../../core/diagnostics/fixAll';
import { checkedFixAllEdits } from '../../core/intel/fixAll';
import { render } from '../../core/rules/render';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

function registrationFile(members: string): string {
  return `{
  "PFN": "Contoso.PhotoEditor_m5g0r7arhahqy",
  "OEMName": "Contoso",
  "UpdaterName": "PhotoEditor",
  "RegistrationVersion": 1,
  "Source": "Store",
  "ProductId": "9NCNTS0PHT01",
  "Scenario": "Acquisition",
  ${members}
}
`;
}

function analyse(text: string, path = 'file:///w/updater_PhotoEditor.json') {
  return analyzeDocument({ path, text, languageId: path.endsWith('.reg') ? 'reg' : 'json' });
}

function errors(text: string, path?: string): string[] {
  return analyse(text, path).findings.filter((f) => f.severity === 'error').map((f) => `${f.code}: ${render(f.message)}`);
}

function fixAll(text: string, path?: string): string {
  const analysis = analyse(text, path);
  return applyEdits(text, checkedFixAllEdits(analysis));
}

describe('fix all', () => {
  test('["UK","EU","gb"] → "UK" becomes "GB", "gb" is left alone (a second "GB" would be a new error)', () => {
    const text = registrationFile('"ExcludedRegions": ["UK", "EU", "gb"]');
    const fixed = fixAll(text);
    assert.match(fixed, /"ExcludedRegions": \["GB", "EU", "gb"\]/);
    assert.ok(errors(fixed).length < errors(text).length, `${errors(text).join('\n')}\n→\n${errors(fixed).join('\n')}`);
    assert.ok(!errors(fixed).some((e) => e.startsWith('region-repeated') || /repeated|twice/i.test(e)), errors(fixed).join('\n'));
  });

  test('fixes that do not clash are all applied at once', () => {
    const text = registrationFile('"IncludedRegions": ["UK", "us"], "ExcludedRegions": ["EL"]');
    const fixed = fixAll(text);
    assert.match(fixed, /"IncludedRegions": \["GB", "US"\], "ExcludedRegions": \["GR"\]/);
  });

  test('property: fix all never increases the number of error findings (JSON regions, .reg dwords)', () => {
    const code = fc.constantFrom('UK', 'uk', 'GB', 'gb', 'EU', 'EL', 'GR', 'us', 'US', 'GBR', 'XK', 'de', 'DE', 'KR');
    const list = fc.array(code, { maxLength: 6 }).map((codes) => `[${codes.map((c) => JSON.stringify(c)).join(', ')}]`);
    fc.assert(
      fc.property(list, list, (included, excluded) => {
        const text = registrationFile(`"IncludedRegions": ${included},\n  "ExcludedRegions": ${excluded}`);
        const before = errors(text).length;
        const after = errors(fixAll(text)).length;
        return after <= before;
      }),
      { seed: 16, numRuns: 200, interruptAfterTimeLimit: 20_000 },
    );
    const regLine = fc.constantFrom('"a"=dword:1F', '"b"=dword:10', '"c"= dword:00000001', '#x', '[ HKEY_CURRENT_USER\\x]', '"d"=dword:;c', '"e"="x" # c');
    fc.assert(
      fc.property(fc.array(regLine, { maxLength: 8 }), (lines) => {
        const text = `Windows Registry Editor Version 5.00\r\n\r\n[${KEY}\\A]\r\n${lines.join('\r\n')}\r\n`;
        return errors(fixAll(text, 'file:///w/a.reg'), 'file:///w/a.reg').length <= errors(text, 'file:///w/a.reg').length;
      }),
      { seed: 16, numRuns: 200, interruptAfterTimeLimit: 20_000 },
    );
  });
});

describe('region and comma fixes name their target', () => {
  test('"EU" says what to do and offers its member states or removal; "UK"\'s fix names "UK"', () => {
    const text = registrationFile('"ExcludedRegions": ["UK", "EU"]');
    const findings = analyse(text).findings;
    const eu = findings.find((f) => f.code === 'region-not-assigned' && text.slice(f.span.start, f.span.end) === '"EU"');
    assert.ok(eu, findings.map((f) => f.code).join(', '));
    assert.match(render(eu.message), /list the member states, or remove/);
    assert.deepEqual(eu.fixes?.map((f) => render(f.title)), ['Replace "EU" with its 27 member states', 'Remove "EU"']);
    const members = applyEdits(text, eu.fixes![0].edits);
    assert.match(members, /"ExcludedRegions": \["UK", "AT", "BE", .*"SE"\]/);
    assert.deepEqual(errors(applyEdits(text, eu.fixes![1].edits)).filter((e) => e.includes('"EU"')), []);
    const uk = findings.find((f) => text.slice(f.span.start, f.span.end) === '"UK"');
    assert.equal(render(uk?.fixes?.[0].title ?? ''), 'Replace "UK" with "GB"');
  });

  test('a missing comma between two members has a fix that inserts it after the first', () => {
    const text = registrationFile('"AllowedInOobe": true\n  "MaxRetryCount": 2');
    const syntax = analyse(text).findings.find((f) => f.code === 'json-syntax-error');
    assert.equal(render(syntax?.fixes?.[0].title ?? ''), 'Insert the missing comma');
    const fixed = applyEdits(text, syntax!.fixes![0].edits);
    assert.match(fixed, /"AllowedInOobe": true,\n {2}"MaxRetryCount": 2/);
    assert.deepEqual(errors(fixed), []);
  });
});

describe('a registration without updaterPriority', () => {
  test('has a fix that adds it right under the key line, naming the registration; the warning goes', () => {
    const path = 'file:///w/a.reg';
    const text = `Windows Registry Editor Version 5.00\r\n\r\n[${KEY}\\Contoso_A]\r\n"expeditedPayload"="{\\"PFN\\":\\"Contoso.A_3r0m8qfzv1p4c\\",\\"Endpoint\\":\\"https://contoso.example/a.msix\\"}"\r\n`;
    const missing = analyse(text, path).findings.find((f) => f.code === 'registry-priority-missing');
    assert.equal(render(missing?.fixes?.[0].title ?? ''), 'Add "updaterPriority"=dword:00000064 (100, runs last) to Contoso_A');
    const fixed = applyEdits(text, missing!.fixes![0].edits);
    assert.match(fixed, /\\Contoso_A\]\r\n"updaterPriority"=dword:00000064\r\n"expeditedPayload"/);
    assert.ok(!analyse(fixed, path).findings.some((f) => f.code === 'registry-priority-missing'));
  });
});
