import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJson, detectJsonKind, registrationFromJson } from '../../core/json/analyze';
import { applyTextEdits } from '../../core/json/edits';
import { applyFirstFix, findingsOf, payloadText, registrationText, spanAt } from './json-helpers';
import { render } from '../../core/rules/render';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

function exampleFiles(folder: string): string[] {
  return readdirSync(join(EXAMPLES, folder)).filter((f) => f.endsWith('.json')).map((f) => join(EXAMPLES, folder, f));
}

function analyzeFile(path: string) {
  const text = readFileSync(path, 'utf8');
  return { text, analysis: analyzeJson(text, detectJsonKind(text, path)) };
}

describe('examples', () => {
  for (const path of [...exampleFiles('registration'), ...exampleFiles('payload')]) {
    test(`${path.slice(EXAMPLES.length + 1)} is valid`, () => {
      const { analysis } = analyzeFile(path);
      assert.equal(analysis.kind, path.includes('payload') ? 'payload' : 'registration');
      assert.deepEqual(analysis.findings, []);
    });
  }

  test('invalid/updater_BadTool.json shows its five problems, and the safe fixes together clear them', () => {
    const { text, analysis } = analyzeFile(join(EXAMPLES, 'invalid', 'updater_BadTool.json'));
    assert.deepEqual(analysis.findings.map((f) => f.code).sort(), ['endpoint-not-https', 'json-comment', 'key-case-variant', 'max-retry-out-of-range', 'region-not-assigned']);
    const edits = analysis.findings.flatMap((f) => f.fixes?.filter((x) => x.safeForFixAll).flatMap((x) => x.edits) ?? []);
    const fixed = applyTextEdits(text, edits);
    assert.deepEqual(analyzeJson(fixed, 'registration').findings, []);
    assert.match(fixed, /"PFN": "Contoso.BadTool_m5g0r7arhahqy"/);
    assert.match(fixed, /"MaxRetryCount": 5/);
    assert.match(fixed, /\["US", "GB"\]/);
  });

  test('invalid/bad.payload.json shows the payload rules', () => {
    const { analysis } = analyzeFile(join(EXAMPLES, 'invalid', 'bad.payload.json'));
    assert.equal(analysis.kind, 'payload');
    assert.deepEqual(analysis.findings.map((f) => f.code).sort(), [
      'endpoint-not-https', 'json-trailing-comma', 'max-retry-out-of-range', 'payload-priority-ignored', 'pfn-publisher-uppercase', 'region-not-assigned', 'region-not-assigned', 'timeout-out-of-range',
    ]);
  });
});

describe('detectJsonKind', () => {
  test('registration-only keys decide, whatever the file name', () => {
    assert.equal(detectJsonKind('{"PFN":"x","OEMName":"C"}', 'a.payload.json'), 'registration');
    assert.equal(detectJsonKind('{ "Scenario" : "Update" }'), 'registration');
  });
  test('otherwise a payload, with updater_*.json as the fallback', () => {
    assert.equal(detectJsonKind('{"PFN":"x","Endpoint":"https://a.b"}', 'dir/contoso.payload.json'), 'payload');
    assert.equal(detectJsonKind('{"PFN":"x","Endpoint":"https://a.b"}'), 'payload');
    assert.equal(detectJsonKind('{}', 'C:\\oem\\updater_Tool.json'), 'registration');
    assert.equal(detectJsonKind('{}', 'notes.json'), 'payload');
  });
});

describe('settings and the registration model', () => {
  test('defaults fill what the file leaves out', () => {
    const { settings } = analyzeJson(registrationText(), 'registration');
    assert.deepEqual(settings, {
      PFN: 'Contoso.PhotoEditor_m5g0r7arhahqy', OEMName: 'Contoso', UpdaterName: 'PhotoEditor', RegistrationVersion: 1, Source: 'Store', ProductId: '9NCNTS0PHT01', Scenario: 'Acquisition',
      AllowedInOobe: false, MaxRetryCount: 1, TimeoutDurationInMinutes: 15, HonorDeprovisioning: false, SkipIfPresent: false,
    });
  });

  test('a payload has only payload settings; values of the wrong type count as absent', () => {
    const { settings } = analyzeJson(payloadText({ MaxRetryCount: '3', AllowedInOobe: true, ExcludedRegions: ['CN'] }), 'payload');
    assert.equal(settings?.MaxRetryCount, 1);
    assert.equal(settings?.AllowedInOobe, true);
    assert.deepEqual(settings?.ExcludedRegions, ['CN']);
    assert.equal(settings?.Source, undefined);
  });

  test('registrationFromJson names, orders and locates the registration', () => {
    const text = registrationText({ Priority: 20 });
    const analysis = analyzeJson(text, 'registration');
    const r = registrationFromJson('examples/updater_PhotoEditor.json', text, analysis);
    assert.ok(r);
    assert.equal(r.name, 'Contoso_PhotoEditor');
    assert.equal(r.form, 'file');
    assert.equal(r.priority, 20);
    assert.equal(r.priorityExplicit, true);
    assert.deepEqual(r.prioritySpan, spanAt(text, '"Priority": ⟦20⟧'));
    assert.deepEqual(r.pfnSpan, spanAt(text, '⟦"Contoso.PhotoEditor_m5g0r7arhahqy"⟧'));
    assert.deepEqual(r.nameSpan, spanAt(text, '"UpdaterName": ⟦"PhotoEditor"⟧'));
    assert.deepEqual(r.span, { start: 0, end: text.length });
    assert.equal(r.hasErrors, false);
  });

  test('without Priority the file form runs at 100; errors mark the registration', () => {
    const text = registrationText({ MaxRetryCount: 9 });
    const r = registrationFromJson('updater_PhotoEditor.json', text, analyzeJson(text, 'registration'));
    assert.equal(r?.priority, 100);
    assert.equal(r?.priorityExplicit, false);
    assert.equal(r?.prioritySpan, undefined);
    assert.equal(r?.hasErrors, true);
  });

  test('payloads and non-objects are not registrations', () => {
    assert.equal(registrationFromJson('a.payload.json', payloadText(), analyzeJson(payloadText(), 'payload')), undefined);
    assert.equal(registrationFromJson('updater_X.json', '[]', analyzeJson('[]', 'registration')), undefined);
  });
});

describe('rule details', () => {
  test('never throws on broken input', () => {
    for (const text of ['', '{', '{"PFN":', '{"a":1,,}', 'null', '"x"', '{"IncludedRegions":[1,{},null]}', '\ufeff{}', '{"PFN":"\\u12"}', '}{']) {
      for (const kind of ['registration', 'payload'] as const) assert.doesNotThrow(() => analyzeJson(text, kind), text);
    }
  });

  test('a key repeated in another case is a duplicate (PowerShell ignores case), not a case mismatch', () => {
    const text = registrationText().replace('\n}', ',\n  "pfn": "Contoso.PhotoEditor_m5g0r7arhahqy"\n}');
    const findings = findingsOf(text, 'registration');
    assert.deepEqual(findings.map((f) => f.code), ['duplicate-key']);
    assert.deepEqual(findings[0].span, spanAt(text, '⟦"pfn"⟧'));
    assert.match(render(findings[0].message), /case-insensitively/);
  });

  test('a registration-file key in a payload says which form reads it', () => {
    const [finding] = findingsOf(payloadText({ IncludedRegions: ['US'] }), 'payload', 'unknown-key');
    assert.match(render(finding.message), /registration-file form/);
    assert.equal(findingsOf(payloadText({ IncludedRegions: ['UK'] }), 'payload', 'region-not-assigned').length, 0);
  });

  test('updaterPriority in a JSON document points to the right place for the order', () => {
    const [inPayload] = findingsOf(payloadText({ updaterPriority: 5 }), 'payload');
    assert.equal(inPayload.code, 'payload-priority-ignored');
    assert.match(render(inPayload.message), /beside expeditedPayload/);
    const text = registrationText({ updaterPriority: 5 });
    const [inFile] = findingsOf(text, 'registration');
    assert.equal(inFile.code, 'unknown-key');
    assert.deepEqual(findingsOf(applyFirstFix(text, inFile), 'registration'), []);
  });

  test('a value of the wrong type is one finding, not also an enum finding', () => {
    assert.deepEqual(findingsOf(registrationText({ Source: 1 }), 'registration').map((f) => f.code).filter((c) => c !== 'productid-required-for-store' && c !== 'ignored-productid'), ['wrong-type']);
    const [spaced] = findingsOf(payloadText({ ExcludedRegions: [' CN'] }), 'payload');
    assert.equal(render(spaced.fixes![0].title), 'Replace " CN" with "CN"');
  });

  test('an unknown key far from every key has no rename fix', () => {
    const [finding] = findingsOf(registrationText({ Colour: 'blue' }), 'registration', 'unknown-key');
    assert.equal(finding.fixes, undefined);
    assert.match(render(finding.message), /"Colour" is not a key/);
  });

  test('missing keys are inserted with placeholders, one fix at a time, into an empty object too', () => {
    let text = '{}';
    for (let i = 0; i < 8; i++) {
      const missing = findingsOf(text, 'registration').find((f) => f.code === 'missing-required-key' || f.code === 'productid-required-for-store');
      if (!missing) break;
      assert.deepEqual(missing.span, { start: 0, end: 1 });
      text = applyFirstFix(text, missing);
    }
    const codes = findingsOf(text, 'registration').map((f) => f.code);
    assert.ok(!codes.includes('missing-required-key') && !codes.includes('json-syntax-error'), text);
    assert.deepEqual(Object.keys(JSON.parse(text)).sort(), ['OEMName', 'PFN', 'ProductId', 'RegistrationVersion', 'Scenario', 'Source', 'UpdaterName']);
  });

  test('an inserted key follows the layout of the last property', () => {
    const text = registrationText({}, ['Scenario']);
    const [finding] = findingsOf(text, 'registration', 'missing-required-key');
    assert.match(applyFirstFix(text, finding), /"ProductId": "9NCNTS0PHT01",\n {2}"Scenario": "Acquisition"\n}$/);
  });

  test('wrong types convert when the intent is clear', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ MaxRetryCount: '3' }, '"MaxRetryCount": 3'],
      [{ IncludedRegions: 'US' }, '"IncludedRegions": ["US"]'],
      [{ IncludedEditions: ['48'] }, '48\n'],
      [{ HonorDeprovisioning: 'FALSE' }, '"HonorDeprovisioning": false'],
    ];
    for (const [extra, expected] of cases) {
      const text = registrationText(extra);
      const [finding] = findingsOf(text, 'registration', 'wrong-type');
      assert.ok(finding, JSON.stringify(extra));
      const fixed = applyFirstFix(text, finding);
      assert.ok(fixed.includes(expected), fixed);
      assert.deepEqual(findingsOf(fixed, 'registration'), []);
    }
    const [float] = findingsOf(registrationText({ Priority: 2.5 }), 'registration', 'wrong-type');
    assert.equal(render(float.message), 'Priority must be an integer; found 2.5.');
  });

  test('http → https edits only the scheme, even in escaped text', () => {
    const text = payloadText({ Endpoint: 'http://downloads.contoso.com/a.msix' });
    const [finding] = findingsOf(text, 'payload', 'endpoint-not-https');
    assert.deepEqual(finding.fixes?.[0].edits, [{ span: spanAt(text, '"⟦http⟧://downloads'), newText: 'https' }]);
    const escaped = '{"PFN":"Contoso.Notes_3j0282zxa1eby","Endpoint":"http:\\/\\/downloads.contoso.com\\/a.msix"}';
    const [e] = findingsOf(escaped, 'payload', 'endpoint-not-https');
    assert.deepEqual(findingsOf(applyFirstFix(escaped, e), 'payload'), []);
  });

  test('Endpoint is not checked when Store ignores it; ftp is not https', () => {
    assert.deepEqual(findingsOf(registrationText({ Endpoint: 'http://x' }), 'registration').map((f) => f.code), ['ignored-endpoint']);
    const [ftp] = findingsOf(payloadText({ Endpoint: 'ftp://downloads.contoso.com/a.msix' }), 'payload', 'endpoint-not-https');
    assert.equal(ftp.fixes, undefined);
  });

  test('region messages say why a code is wrong', () => {
    const reason = (code: string) => findingsOf(payloadText({ ExcludedRegions: [code] }), 'payload')[0];
    assert.match(render(reason('UK').message), /exceptionally reserved.*Use "GB"/);
    assert.match(render(reason('EL').message), /Greece.*Use "GR"/);
    assert.equal(reason('XK'), undefined, 'XK is accepted: Windows uses it for Kosovo');
    assert.equal(reason('xk').code, 'region-lowercase');
    assert.match(render(reason('EU').message), /European Union.*exceptionally reserved/);
    assert.match(render(reason('YU').message), /transitionally reserved/);
    assert.match(render(reason('USA').message), /alpha-3.*Use "US"/);
    assert.equal(reason('uk').code, 'region-not-assigned');
    assert.equal(reason('gb').code, 'region-lowercase');
  });

  test('PFN problems are named', () => {
    const message = (pfn: string) => {
    const m = findingsOf(payloadText({ PFN: pfn }), 'payload', 'pfn-invalid')[0]?.message;
    return m ? render(m) : '';
  };
    assert.match(message('CON_m5g0r7arhahqy1'), /reserved device name/);
    assert.match(message('Contoso App_m5g0r7arhahqy'), /only letters, digits/);
    assert.match(message('Contoso.App_m5g0r7arhahqu'), /cannot end in "u"|not in the Crockford/);
    assert.match(message('Contoso.App_m5g0r7arhahq'), /12 characters \(13 expected\)/);
    assert.match(message(`${'A'.repeat(51)}_m5g0r7arhahqy`), /3-50 allowed/);
    assert.equal(message('Microsoft.WindowsStore_8wekyb3d8bbwe'), '');
  });

  test('a trailing comma in an array and a block comment mid-line are both found and fixed', () => {
    const text = '{ "PFN": "Contoso.Notes_3j0282zxa1eby", /* why */ "Endpoint": "https://downloads.contoso.com/a.msix", "ExcludedRegions": ["CN",] }';
    const findings = findingsOf(text, 'payload');
    assert.deepEqual(findings.map((f) => f.code), ['json-comment', 'json-trailing-comma']);
    const fixed = applyTextEdits(text, findings.flatMap((f) => f.fixes?.[0].edits ?? []));
    assert.deepEqual(JSON.parse(fixed).ExcludedRegions, ['CN']);
    assert.deepEqual(findingsOf(fixed, 'payload'), []);
  });

  test('a trailing comma hidden behind a comment, and a doubled comma, are told apart', () => {
    const text = '{ "PFN": "Contoso.Notes_3j0282zxa1eby", "Endpoint": "https://downloads.contoso.com/a.msix", /* end */\n}';
    const findings = findingsOf(text, 'payload');
    assert.deepEqual(findings.map((f) => f.code), ['json-comment', 'json-trailing-comma']);
    assert.deepEqual(findings[1].span, spanAt(text, 'a.msix"⟦,⟧'));
    assert.ok(findingsOf('{ "PFN": "x",, "Endpoint": "y" }', 'payload').some((f) => f.code === 'json-syntax-error'));
  });

  test('a byte-order mark is non-ASCII with a fix; payloads are not held to ASCII', () => {
    const text = `\ufeff${registrationText()}`;
    assert.deepEqual(findingsOf(text, 'registration').map((f) => f.code), ['non-ascii']);
    const [bom] = findingsOf(text, 'registration', 'non-ascii');
    assert.deepEqual(bom.span, { start: 0, end: 1 });
    assert.deepEqual(findingsOf(applyFirstFix(text, bom), 'registration'), []);
    assert.deepEqual(findingsOf(payloadText({ Endpoint: 'https://downloads.contoso.com/café.msix' }), 'payload'), []);
  });

  test('Included and Excluded editions together point at the later key', () => {
    const text = registrationText({ ExcludedEditions: [4], IncludedEditions: [48] });
    const [finding] = findingsOf(text, 'registration', 'included-and-excluded');
    assert.deepEqual(finding.span, spanAt(text, '⟦"IncludedEditions"⟧'));
    assert.deepEqual(finding.related?.[0].span, spanAt(text, '⟦"ExcludedEditions"⟧'));
  });
});
