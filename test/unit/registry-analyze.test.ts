import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeJson } from '../../core/json/analyze';
import { parseReg } from '../../core/reg/parse';
import { analyzePayloadText, clearPayloadCache } from '../../core/registry/payload';
import { render } from '../../core/rules/render';
import {
  KEY, PFN, ENDPOINT, VALID_PAYLOAD, analyze, applyEdits, at, escaped, findingsOf, payloadLine, regText, registration, spanOf,
} from './registry-helpers';

describe('registry form: a valid registration', () => {
  test('produces no findings and one registration with its spans', () => {
    const text = regText(...registration('Fabrikam_PhotoStudio', 'dword:0000000a', VALID_PAYLOAD), '');
    const result = analyze(text);
    assert.deepEqual(result.findings, []);
    assert.equal(result.registrations.length, 1);
    const [reg] = result.registrations;
    assert.equal(reg.name, 'Fabrikam_PhotoStudio');
    assert.equal(reg.form, 'registry');
    assert.equal(reg.priority, 10);
    assert.equal(reg.priorityExplicit, true);
    assert.equal(reg.hasErrors, false);
    assert.equal(at(text, reg.nameSpan), 'Fabrikam_PhotoStudio');
    assert.equal(at(text, reg.prioritySpan!), 'dword:0000000a');
    assert.equal(at(text, reg.pfnSpan!), `\\"${PFN}\\"`);
    assert.ok(at(text, reg.span).startsWith(`[${KEY}\\Fabrikam_PhotoStudio]`));
    assert.equal(reg.settings.PFN, PFN);
    assert.equal(reg.settings.Endpoint, ENDPOINT);
    assert.equal(reg.settings.MaxRetryCount, 1, 'defaults are applied');
    assert.equal(reg.settings.TimeoutDurationInMinutes, 15);
    assert.deepEqual(reg.explicitKeys, ['PFN', 'Endpoint']);
  });

  test('key names match case-insensitively (UScheduler_Oobe, as real scripts spell it)', () => {
    const text = regText(`[${KEY.toLowerCase().replace('hkey_local_machine', 'HKEY_LOCAL_MACHINE').replace('uscheduler_oobe', 'UScheduler_Oobe')}\\App]`, '"updaterPriority"=dword:00000005', payloadLine(VALID_PAYLOAD), '');
    const result = analyze(text);
    assert.deepEqual(result.findings, []);
    assert.equal(result.registrations[0]?.name, 'App');
  });

  test('keys elsewhere in the file are not registrations', () => {
    const text = regText('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Fabrikam\\Setup]', '"updaterPriority"=dword:000000fa', '');
    assert.deepEqual(analyze(text), { findings: [], registrations: [] });
  });
});

describe('registry form: where the keys are', () => {
  test('values on UScheduler_OOBE itself are errors; BlockedOobeUpdaters is explained instead', () => {
    const text = regText(`[${KEY}]`, '"updaterPriority"=dword:00000005', '"BlockedOobeUpdaters"="MS_Outlook"', '');
    const result = analyze(text);
    const parent = result.findings.filter((f) => f.code === 'registry-value-on-parent');
    assert.equal(parent.length, 1);
    assert.equal(parent[0].severity, 'error');
    assert.equal(at(text, parent[0].span), '"updaterPriority"');
    assert.match(render(parent[0].message), /registers nothing.*subkey/);
    const blocked = result.findings.filter((f) => f.code === 'registry-blocked-updaters');
    assert.equal(blocked.length, 1);
    assert.equal(blocked[0].severity, 'information');
    assert.equal(at(text, blocked[0].span), '"BlockedOobeUpdaters"');
    assert.match(render(blocked[0].message), /MS_Outlook.*inferred.*not documented/);
    assert.equal(result.registrations.length, 0);
  });

  test('HKEY_CURRENT_USER is an error on the root, and the fix moves the key to HKEY_LOCAL_MACHINE', () => {
    const hkcu = KEY.replace('HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER');
    const text = regText(`[${hkcu}\\App]`, '"updaterPriority"=dword:00000005', payloadLine(VALID_PAYLOAD), '');
    const [finding] = findingsOf(text, 'registry-not-hklm');
    assert.equal(finding.severity, 'error');
    assert.deepEqual(finding.span, spanOf(text, 'HKEY_CURRENT_USER'));
    assert.match(render(finding.message), /only from HKEY_LOCAL_MACHINE.*HKEY_CURRENT_USER/);
    const reg = analyze(text).registrations[0];
    assert.equal(reg.hasErrors, true);
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.deepEqual(analyze(fixed).findings, []);
  });

  test('Wow6432Node (the 32-bit view) is an error on that segment; the fix removes it', () => {
    const wow = KEY.replace('SOFTWARE', 'SOFTWARE\\WOW6432Node');
    const text = regText(`[${wow}\\App]`, '"updaterPriority"=dword:00000005', payloadLine(VALID_PAYLOAD), '');
    const [finding] = findingsOf(text, 'registry-32-bit-view');
    assert.equal(finding.severity, 'error');
    assert.deepEqual(finding.span, spanOf(text, 'WOW6432Node'));
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.ok(fixed.includes(`[${KEY}\\App]`));
    assert.deepEqual(analyze(fixed).findings, []);
  });

  test('deeper subkeys are ignored by the orchestrator (warning on the extra path)', () => {
    const text = regText(...registration('App', 'dword:00000005', VALID_PAYLOAD), `[${KEY}\\App\\Settings\\More]`, '"x"="y"', '');
    const findings = analyze(text).findings;
    assert.equal(findings.length, 1);
    assert.equal(findings[0].code, 'registry-nested-subkey');
    assert.equal(findings[0].severity, 'warning');
    assert.equal(at(text, findings[0].span), 'Settings\\More');
  });

  test('deleting a registration subkey is explained (information)', () => {
    const text = regText(`[-${KEY}\\OutlookUpdate]`, '');
    const findings = analyze(text).findings;
    assert.equal(findings.length, 1);
    assert.equal(findings[0].code, 'registry-subkey-deleted');
    assert.equal(findings[0].severity, 'information');
    assert.equal(at(text, findings[0].span), 'OutlookUpdate');
    assert.deepEqual(analyze(text).registrations, []);
  });
});

describe('registry form: updaterPriority', () => {
  test('missing: an error on the subkey name (the OEM must create it); priority 100 assumed and said so', () => {
    const text = regText(`[${KEY}\\App]`, payloadLine(VALID_PAYLOAD), '');
    const result = analyze(text);
    assert.equal(result.findings.length, 1);
    const [finding] = result.findings;
    assert.equal(finding.code, 'registry-priority-missing');
    assert.equal(finding.severity, 'error');
    assert.equal(at(text, finding.span), 'App');
    assert.match(render(finding.message), /assumes 100/);
    assert.equal(result.registrations[0].priority, 100);
    assert.equal(result.registrations[0].priorityExplicit, false);
  });

  test('wrong type: an error on the data; a REG_SZ number converts to dword', () => {
    const text = regText(`[${KEY}\\App]`, '"updaterPriority"="50"', payloadLine(VALID_PAYLOAD), '');
    const [finding] = findingsOf(text, 'registry-priority-type');
    assert.equal(finding.severity, 'error');
    assert.equal(at(text, finding.span), '"50"');
    assert.match(render(finding.message), /REG_DWORD.*found REG_SZ/);
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.ok(fixed.includes('"updaterPriority"=dword:00000032'));
    assert.deepEqual(analyze(fixed).findings, []);
  });

  test('out of 1..100: priority-out-of-range with the exact message on the dword data', () => {
    const text = ['REGEDIT4', '', '; updaterPriority 250 is outside 1..100', `[${KEY}\\App]`, '"updaterPriority"=dword:000000fa', payloadLine(VALID_PAYLOAD), ''].join('\r\n');
    const result = analyze(text);
    assert.equal(result.findings.length, 1);
    const [finding] = result.findings;
    assert.equal(finding.code, 'priority-out-of-range');
    assert.equal(finding.severity, 'error');
    assert.equal(render(finding.message), 'updaterPriority must be 1..100 (lower runs earlier); found 250');
    assert.equal(at(text, finding.span), 'dword:000000fa');
    // contracts.md's example: line 4, characters 18..32.
    const lineStart = text.split('\r\n').slice(0, 4).join('\r\n').length + 2;
    assert.deepEqual(finding.span, { start: lineStart + 18, end: lineStart + 32 });
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.ok(fixed.includes('"updaterPriority"=dword:00000064'));
    assert.deepEqual(analyze(fixed).findings, []);
  });

  test('0 clamps to 1', () => {
    const text = regText(...registration('App', 'dword:00000000', VALID_PAYLOAD), '');
    const [finding] = findingsOf(text, 'priority-out-of-range');
    assert.equal(render(finding.message), 'updaterPriority must be 1..100 (lower runs earlier); found 0');
    assert.equal(finding.fixes![0].edits[0].newText, 'dword:00000001');
  });

  test('1 and 100 are in range', () => {
    for (const dword of ['dword:00000001', 'dword:00000064']) assert.deepEqual(analyze(regText(...registration('App', dword, VALID_PAYLOAD), '')).findings, []);
  });
});

describe('registry form: expeditedPayload', () => {
  test('missing: an error on the subkey name', () => {
    const text = regText(`[${KEY}\\App]`, '"updaterPriority"=dword:00000005', '');
    const [finding] = findingsOf(text, 'registry-payload-missing');
    assert.equal(finding.severity, 'error');
    assert.equal(at(text, finding.span), 'App');
    assert.equal(analyze(text).registrations[0].hasErrors, true);
  });

  test('not REG_SZ: an error on the data', () => {
    const text = regText(`[${KEY}\\App]`, '"updaterPriority"=dword:00000005', '"expeditedPayload"=dword:00000001', '');
    const [finding] = findingsOf(text, 'registry-payload-type');
    assert.equal(finding.severity, 'error');
    assert.equal(at(text, finding.span), 'dword:00000001');
  });

  test('an http Endpoint is flagged on the exact URL characters of the escaped .reg string', () => {
    const payload = `{"PFN":"${PFN}","Endpoint":"http://downloads.fabrikam.com/a.msix"}`;
    const text = regText(...registration('App', 'dword:00000005', payload), '');
    const jsonFinding = analyzeJson(payload, 'payload').findings.find((f) => f.code === 'endpoint-not-https');
    assert.ok(jsonFinding, 'the JSON core flags the payload on its own');
    const [finding] = findingsOf(text, 'endpoint-not-https');
    assert.equal(render(finding.message), render(jsonFinding.message));
    // The squiggle covers the same characters as in the payload, written with the .reg escapes.
    assert.equal(at(text, finding.span), escaped(payload.slice(jsonFinding.span.start, jsonFinding.span.end)));
    assert.ok(at(text, finding.span).includes('http://downloads.fabrikam.com/a.msix'));
    const urlStart = text.indexOf('http://');
    assert.ok(finding.span.start <= urlStart && finding.span.end >= urlStart + 'http://downloads.fabrikam.com/a.msix'.length);
    // The fix, mapped into the .reg string, gives a registration that validates clean.
    assert.ok(finding.fixes?.length, 'the http→https fix travels with the finding');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.includes(escaped('"Endpoint":"https://downloads.fabrikam.com/a.msix"')));
    assert.deepEqual(analyze(fixed).findings, []);
    assert.deepEqual(parseReg(fixed, 'utf16le-bom').findings, [], 'the fixed .reg line is still valid');
  });

  test('findings after \\\\ escapes land on the right characters too', () => {
    // JSON's own escapes (\/) become \\/ in the .reg line: two source characters per decoded one.
    const payload = `{"PFN":"${PFN}","Endpoint":"https:\\/\\/downloads.fabrikam.com\\/a.msix","MaxRetryCount":7}`;
    const text = regText(...registration('App', 'dword:00000005', payload), '');
    const [finding] = findingsOf(text, 'max-retry-out-of-range');
    assert.equal(at(text, finding.span), '7');
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.deepEqual(analyze(fixed).findings, []);
    assert.equal(analyze(fixed).registrations[0].settings.MaxRetryCount, 5);
  });

  test('a reserved region code: UK → GB, on the code inside the escaped array', () => {
    const payload = `{"PFN":"${PFN}","Endpoint":"${ENDPOINT}","ExcludedRegions":["FR","UK"]}`;
    const text = regText(...registration('App', 'dword:00000005', payload), '');
    const [finding] = findingsOf(text, 'region-not-assigned');
    assert.equal(at(text, finding.span).replace(/\\"/g, '"').replace(/"/g, ''), 'UK');
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.ok(fixed.includes(escaped('["FR","GB"]')));
    assert.deepEqual(analyze(fixed).findings, []);
  });

  test('a Priority inside the payload is reported as ignored; removing it validates clean', () => {
    const payload = `{"PFN":"${PFN}","Priority":5,"Endpoint":"${ENDPOINT}"}`;
    const text = regText(...registration('App', 'dword:00000005', payload), '');
    const [finding] = findingsOf(text, 'payload-priority-ignored');
    assert.equal(finding.severity, 'warning');
    assert.equal(at(text, finding.span), '\\"Priority\\"');
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.deepEqual(analyze(fixed).findings, []);
  });

  test('a payload that is not JSON is reported inside the string', () => {
    const text = regText(`[${KEY}\\App]`, '"updaterPriority"=dword:00000005', '"expeditedPayload"="{\\"PFN\\": }"', '');
    const findings = analyze(text).findings;
    assert.ok(findings.length > 0);
    const literal = spanOf(text, '{\\"PFN\\": }');
    for (const f of findings) assert.ok(f.span.start >= literal.start && f.span.end <= literal.end, `${f.code} stays inside the string`);
    assert.equal(analyze(text).registrations[0].hasErrors, true);
  });

  test('two registrations with the same payload text each get their own mapped findings', () => {
    const payload = `{"PFN":"${PFN}","Endpoint":"http://downloads.fabrikam.com/a.msix"}`;
    const text = regText(...registration('A', 'dword:00000005', payload), '', ...registration('B', 'dword:00000006', payload), '');
    const findings = findingsOf(text, 'endpoint-not-https');
    assert.equal(findings.length, 2);
    const url = escaped('"http://downloads.fabrikam.com/a.msix"');
    assert.deepEqual(findings.map((f) => f.span), [spanOf(text, url, 0), spanOf(text, url, 1)]);
  });

  test('a payload written as hex(1) bytes is validated, with findings on the whole data', () => {
    const payload = `{"PFN":"${PFN}","Endpoint":"http://x.fabrikam.com/a.msix"}`;
    const bytes = [...Buffer.from(`${payload}\0`, 'utf16le')].map((b) => b.toString(16).padStart(2, '0')).join(',');
    const text = regText(`[${KEY}\\App]`, '"updaterPriority"=dword:00000005', `"expeditedPayload"=hex(1):${bytes}`, '');
    const [finding] = findingsOf(text, 'endpoint-not-https');
    assert.equal(at(text, finding.span), `hex(1):${bytes}`);
    assert.equal(finding.fixes, undefined, 'no edit can be placed inside hex bytes');
  });

  test('the payload analysis is memoized by payload text', () => {
    clearPayloadCache();
    const first = analyzePayloadText(VALID_PAYLOAD);
    assert.equal(analyzePayloadText(VALID_PAYLOAD), first);
    assert.notEqual(analyzePayloadText(`${VALID_PAYLOAD} `), first);
  });
});

describe('registry form: other values', () => {
  test('workCompleted = 1 is explained as inferred (information) and marks the registration', () => {
    const text = regText(...registration('OutlookUpdate', 'dword:00000005', VALID_PAYLOAD), '"workCompleted"=dword:00000001', '');
    const result = analyze(text);
    assert.equal(result.findings.length, 1);
    const [finding] = result.findings;
    assert.equal(finding.code, 'registry-work-completed');
    assert.equal(finding.severity, 'information');
    assert.equal(at(text, finding.span), '"workCompleted"');
    assert.match(render(finding.message), /done.*not documented/);
    assert.equal(result.registrations[0].workCompleted, true);
    assert.equal(result.registrations[0].hasErrors, false);
  });

  test('an unknown value is a warning with a did-you-mean fix', () => {
    const text = regText(...registration('App', 'dword:00000005', VALID_PAYLOAD), '"updaterPriorty"=dword:00000001', '');
    const [finding] = findingsOf(text, 'registry-unknown-value');
    assert.equal(finding.severity, 'warning');
    assert.equal(at(text, finding.span), '"updaterPriorty"');
    assert.match(render(finding.message), /Did you mean updaterPriority\?/);
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.ok(fixed.includes('"updaterPriority"=dword:00000001'));
    assert.deepEqual(analyze(fixed).findings, []);
    assert.equal(analyze(fixed).registrations[0].priority, 1, 'the renamed value is the last assignment');
  });
});

describe('registry form: the effective import state', () => {
  test('a key written twice merges, and the last assignment wins', () => {
    const text = regText(
      `[${KEY}\\App]`, '"updaterPriority"=dword:000000fa', '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Fabrikam]', '"x"="y"', '',
      `[${KEY}\\APP]`, '"UPDATERPRIORITY"=dword:00000014', payloadLine(VALID_PAYLOAD), '',
    );
    const result = analyze(text);
    assert.deepEqual(result.findings, []);
    assert.equal(result.registrations.length, 1);
    assert.equal(result.registrations[0].priority, 20);
    assert.equal(at(text, result.registrations[0].prioritySpan!), 'dword:00000014');
  });

  test('a deleted value is gone', () => {
    const text = regText(...registration('App', 'dword:00000005', VALID_PAYLOAD), '"updaterPriority"=-', '');
    assert.deepEqual(analyze(text).findings.map((f) => f.code), ['registry-priority-missing']);
  });

  test('a deleted key comes back empty when written again', () => {
    const text = regText(...registration('App', 'dword:00000005', VALID_PAYLOAD), '', `[-${KEY}\\App]`, '', `[${KEY}\\App]`, '"updaterPriority"=dword:00000007', '');
    const result = analyze(text);
    assert.deepEqual(result.findings.map((f) => f.code).sort(), ['registry-payload-missing', 'registry-subkey-deleted']);
    assert.equal(result.registrations.length, 1);
    assert.equal(result.registrations[0].priority, 7);
  });

  test('deleting UScheduler_OOBE removes every registration above it in the file', () => {
    const text = regText(...registration('App', 'dword:00000005', VALID_PAYLOAD), '', `[-${KEY}]`, '');
    const result = analyze(text);
    assert.deepEqual(result.registrations, []);
    assert.deepEqual(result.findings.map((f) => f.code), ['registry-subkey-deleted']);
  });
});
