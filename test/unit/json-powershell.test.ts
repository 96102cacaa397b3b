// Registration files as Microsoft's Test-UpdaterRegistration reads them under Windows PowerShell 5.1
// (AppOrchestration.psm1, "Revision 2026.02.12"; "psm1 N" is its line N). One test per class the
// differential oracle (test/oracle) found, each with the line that decides it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../core/analyze';
import type { Finding } from '../../core/diagnostics/types';
import { analyzeJson } from '../../core/json/analyze';
import { render } from '../../core/rules/render';

const BASE = '{\n  "OEMName": "Contoso",\n  "UpdaterName": "Camera",\n  "PFN": "Contoso.Camera_8wekyb3d8bbwe",\n  "RegistrationVersion": 1,\n  "Source": "Store",\n  "Scenario": "Acquisition",\n  "ProductId": "9NBLGGH4NNS1"';

/** The base registration with raw members appended (`extra` is JSON text after a comma). */
const file = (extra = '', base = BASE): string => `${base}${extra ? `,\n  ${extra}` : ''}\n}\n`;
const findings = (text: string): Finding[] => analyzeJson(text, 'registration').findings;
const errors = (text: string): Finding[] => findings(text).filter((f) => f.severity === 'error');
const codes = (text: string): string[] => findings(text).map((f) => `${f.code}:${f.severity}`);
const at = (text: string, f: Finding): string => text.slice(f.span.start, f.span.end);

describe('Windows PowerShell 5.1 reads these as something Test-UpdaterRegistration rejects: errors here', () => {
  test('psm1 80/117/124/159/210: 3.0 is a Decimal, 1e1 a Double, so the integer checks fail', () => {
    for (const [extra, key, line] of [['"MaxRetryCount": 3.0', 'MaxRetryCount', 117], ['"Priority": 1e1', 'Priority', 210], ['"TimeoutDurationInMinutes": 5.0', 'TimeoutDurationInMinutes', 124]] as const) {
      const text = file(extra);
      const [f] = errors(text);
      assert.equal(f?.code, 'wrong-type', extra);
      assert.match(render(f.message), new RegExp(`${key} must be an integer.*psm1 ${line}`));
      assert.equal(f.fixes?.[0].edits[0].newText, String(Number(extra.split(': ')[1])));
    }
    const text = file('"IncludedEditions": [48.0]');
    const [f] = errors(text);
    assert.deepEqual([f.code, at(text, f)], ['wrong-type', '48.0']);
    assert.match(render(f.message), /decimal point.*Decimal.*psm1 159/);
    assert.deepEqual(errors(file('"RegistrationVersion": 3.0', BASE.replace('"RegistrationVersion": 1,', '"Rv": 0,'))).map((x) => x.code), ['wrong-type']);
  });

  test('psm1 80: a RegistrationVersion beyond Int64 is a Decimal', () => {
    const text = file('', BASE.replace('"RegistrationVersion": 1', '"RegistrationVersion": 9223372036854775808'));
    const [f] = errors(text);
    assert.equal(f.code, 'wrong-type');
    assert.match(render(f.message), /beyond Int64.*Decimal.*psm1 80/);
    assert.deepEqual(errors(file('', BASE.replace('"RegistrationVersion": 1', '"RegistrationVersion": 9223372036854775807'))), []);
  });

  test('psm1 112: an empty ProductId with Source Store counts as missing', () => {
    const text = file('', BASE.replace('"9NBLGGH4NNS1"', '""'));
    const [f] = errors(text);
    assert.deepEqual([f.code, at(text, f)], ['productid-required-for-store', '""']);
    assert.match(render(f.message), /psm1 112/);
    assert.deepEqual(errors(file('', BASE.replace('"9NBLGGH4NNS1"', '" "'))), [], 'a blank is truthy in PowerShell');
  });

  test('psm1 55-57: a key repeated in a nested object or as \\"x\\": inside a string counts as a duplicate', () => {
    const nested = file('"Extra": {"PFN": 1}');
    const [n] = errors(nested);
    assert.deepEqual([n.code, at(nested, n)], ['duplicate-key', '"PFN"']);
    assert.match(render(n.message), /nested or inside strings, case-insensitively.*psm1 55-57/);
    assert.equal(n.related?.[0].span.start, nested.indexOf('"PFN"'));
    const inString = file('"Notes": "a \\"x\\": 1, \\"X\\": 2"');
    assert.deepEqual(errors(inString).map((f) => f.code), ['duplicate-key']);
    assert.deepEqual(errors(file('"Notes": "a \\"x\\": 1"')), [], 'one occurrence is fine');
  });

  test('psm1 63-65: keys of a nested object that differ only in case make ConvertFrom-Json fail', () => {
    const text = file('"Extra": {"a": 1, "\\u0041": 2}');
    const [f] = errors(text);
    assert.equal(f.code, 'duplicate-key');
    assert.match(render(f.message), /nested object.*psm1 63-65/);
  });

  test('psm1 63-65: what JavaScriptSerializer cannot read: an empty name, nesting beyond 102 levels (but any number of members)', () => {
    assert.deepEqual(errors(file('"Extra": {"": 1}')).map((f) => f.code), ['json-empty-key']);
    assert.deepEqual(errors(file(`"Extra": {${Array.from({ length: 1001 }, (_, i) => `"k${i}": 1`).join(', ')}}`)), [], '.NET 4.x has no member limit');
    // The root is level 1; a value inside k arrays below "Extra" is at level k + 2.
    assert.deepEqual(errors(file(`"Extra": ${'['.repeat(100)}1${']'.repeat(100)}`)), []);
    const deep = file(`"Extra": ${'['.repeat(101)}1${']'.repeat(101)}`);
    assert.deepEqual(findings(deep).map((f) => f.code), ['json-too-deep'], 'one finding, nothing else');
  });

  test('psm1 63-65: a number beyond a Double and a "\\/Date(ms)\\/" beyond DateTime make ConvertFrom-Json fail; a "__type" name does not', () => {
    for (const [value, why] of [['1e400', /1e400 is beyond a Double's range.*psm1 63-65/], ['"\\/Date(999999999999999)\\/"', /read as a date.*beyond .NET's DateTime range.*psm1 63-65/]] as const) {
      const text = file(`"Extra": ${value}`);
      const [f] = errors(text);
      assert.deepEqual([f?.code, at(text, f)], ['json-unreadable-value', value]);
      assert.match(render(f.message), why);
    }
    assert.deepEqual(errors(file('"Extra": "\\/Date(0)\\/"')), [], 'a date within range is read');
    // JsonObjectTypeResolver resolves every "__type" to a dictionary: the object is read as usual.
    assert.deepEqual(errors(file('"__type": "x"')), []);
    assert.deepEqual(errors(file('"Extra": {"__type": 5}')), []);
  });

  test('issue 11 item 8: 3,000 levels (6 KB) is one finding, no stack overflow, also in a .reg payload', () => {
    const text = file(`"Extra": ${'['.repeat(3000)}${']'.repeat(3000)}`);
    const [f] = analyzeDocument({ path: 'updater_Camera.json', text }).findings;
    assert.equal(f.code, 'json-too-deep');
    assert.match(render(f.message), /nested 3001 levels deep/);
    const payload = `{"PFN": "Contoso.Camera_8wekyb3d8bbwe", "Endpoint": "https://a.b/c", "X": ${'['.repeat(3000)}${']'.repeat(3000)}}`.replace(/"/g, '\\"');
    const reg = `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_Camera]\r\n"updaterPriority"=dword:00000001\r\n"expeditedPayload"="${payload}"\r\n`;
    assert.ok(analyzeDocument({ path: 'a.reg', text: reg }).findings.some((x) => x.code === 'json-too-deep'));
  });

  test('psm1 68 (OrdinalIgnoreCase): ſource and ıd fold to SOURCE and ID, so they repeat Source', () => {
    const text = file('"\\u017fource": "Store"');
    const [f] = errors(text);
    assert.deepEqual([f.code, at(text, f)], ['duplicate-key', '"\\u017fource"']);
    // Alone, PowerShell reads it as Source: a warning (no AO error), and the value is checked.
    const alone = file('', BASE.replace('"Source"', '"\\u017fource"'));
    assert.deepEqual(codes(alone), ['key-case-variant:warning']);
    assert.deepEqual(errors(file('', BASE.replace('"Source": "Store"', '"\\u017fource": "Shop"'))).map((x) => x.code), ['invalid-enum-value']);
    // \u0131 (ı) folds to I: "Product\u0131d" beside ProductId repeats it.
    assert.deepEqual(errors(file('"Product\\u0131d": "9NBLGGH4NNS2"')).map((x) => x.code), ['duplicate-key']);
  });

  test('psm1 55, 63, 74 (Get-Content without a byte-order mark reads ANSI): a raw ı is not I, so "Scenarıo" is another key', () => {
    const raw = file('', BASE.replace('"Scenario"', '"Scenar\u0131o"'));
    const inUtf8 = (encoding?: 'utf8-bom') => analyzeDocument({ path: 'updater_Camera.json', text: raw, encoding }).findings.map((f) => `${f.code}:${f.severity}`);
    // AO reads "ScenarÄ±o": Scenario is missing (psm1 74); the key is unknown, not a spelling of Scenario.
    assert.deepEqual(inUtf8().sort(), ['missing-required-key:error', 'non-ascii:error', 'unknown-key:warning']);
    // Beside Scenario it repeats nothing as AO reads it: no duplicate-key error claiming psm1 55.
    const beside = file(`"Scenar\u0131o": "Update"`);
    assert.deepEqual(findings(beside).map((f) => f.code).sort(), ['non-ascii', 'unknown-key']);
    // Saved with a UTF-8 byte-order mark, PowerShell decodes it and folds ı to I, as for \u0131.
    assert.deepEqual(inUtf8('utf8-bom').sort(), ['key-case-variant:warning', 'non-ascii:error', 'registration-encoding:error']);
  });
});

describe('Microsoft\'s validator accepts these: no error, or an error that says why we are stricter', () => {
  test('psm1 96/100/175: store, update, AMD64 are warnings; the rules still apply as AO reads them', () => {
    const text = file('"Architecture": "AMD64"', BASE.replace('"Store"', '"store"').replace('"Acquisition"', '"update"'));
    assert.deepEqual(codes(text), ['enum-case-variant:warning', 'enum-case-variant:warning', 'enum-case-variant:warning']);
    const source = findings(text).find((f) => at(text, f) === '"store"');
    assert.match(render(source?.message ?? ''), /^Microsoft's validator accepts "store" for Source .*psm1 100.*does not say Windows' reader ignores case/);
    // Source "store" still requires a ProductId (psm1 112 compares case-insensitively).
    const noProduct = BASE.replace('"Store"', '"store"').replace(',\n  "ProductId": "9NBLGGH4NNS1"', '');
    assert.deepEqual(errors(file('', noProduct)).map((f) => f.code), ['productid-required-for-store']);
  });

  test('psm1 68-80: pfn for PFN is a warning, and its value is checked as PFN', () => {
    const text = file('', BASE.replace('"PFN"', '"pfn"'));
    const [f] = findings(text);
    assert.deepEqual([f.code, f.severity, at(text, f)], ['key-case-variant', 'warning', '"pfn"']);
    assert.match(render(f.message), /Microsoft's validator accepts "pfn" for "PFN".*Windows most likely reads the exact spelling/);
    assert.deepEqual(errors(file('"maxretrycount": 9')).map((x) => x.code), ['max-retry-out-of-range'], 'psm1 116-119 reads it');
  });

  test('03 and [+48]: one syntax finding saying PowerShell reads 3 and 48; no "found 0", no "must not be empty"', () => {
    const zero = file('"MaxRetryCount": 03');
    assert.deepEqual(findings(zero).map((f) => [f.code, at(zero, f)]), [['json-syntax-error', '03']]);
    assert.match(render(findings(zero)[0].message), /Microsoft's validator accepts this \(Windows PowerShell reads it as 3\)/);
    assert.deepEqual(findings(file('"MaxRetryCount": 09')).map((f) => f.code), ['json-syntax-error', 'max-retry-out-of-range']);
    const plus = file('"IncludedEditions": [+48]');
    assert.deepEqual(findings(plus).map((f) => [f.code, at(plus, f)]), [['json-syntax-error', '+48']]);
    assert.equal(findings(plus)[0].fixes?.[0].edits[0].newText, '48');
  });

  test("'Store' and 'Priority': one syntax finding each saying PowerShell reads them; the members are read, the last value kept", () => {
    const text = file(`"Priority": 500,\n  'Priority': 5`, BASE.replace('"Store"', "'Store'"));
    assert.deepEqual(findings(text).map((f) => [f.code, at(text, f)]), [['json-syntax-error', "'Store'"], ['json-syntax-error', "'Priority'"], ['duplicate-key', "'Priority'"]]);
    const [quote] = findings(text);
    assert.match(render(quote.message), /^Invalid JSON: 'Store' — .*Microsoft's validator accepts this \(Windows PowerShell reads it as "Store"\)/);
    assert.equal(quote.fixes?.[0].edits[0].newText, '"Store"');
    // JavaScriptSerializer keeps the last value (5): no priority-out-of-range; psm1 55 does not see 'Priority': either.
    assert.match(render(findings(text)[2].message), /^Microsoft's validator accepts 'Priority' beside "Priority".*psm1 55/);
    // Nothing after the quote is lost to the parser's recovery: Scenario is still read.
    assert.ok(!findings(text).some((f) => f.code === 'missing-required-key'));
  });

  test('psm1 55: "a" beside "\\u0061" passes AO (its scan reads the text as written); our duplicate error says so', () => {
    for (const text of [file('"Extra": 1, "\\u0045xtra": 2'), file('"Extra": {"a": 1, "\\u0061": 2}')]) {
      const dups = errors(text).filter((f) => f.code === 'duplicate-key');
      assert.equal(dups.length, 1, text);
      assert.match(render(dups[0].message), /^Microsoft's validator accepts .*psm1 55/);
    }
  });

  test('XK is accepted (Windows uses it for Kosovo); UK still is not', () => {
    assert.deepEqual(findings(file('"IncludedRegions": ["XK"]')), []);
    assert.deepEqual(codes(file('"IncludedRegions": ["UK"]')), ['region-not-assigned:error']);
  });

  test('psm1 84/88: a name ending in a line feed passes AO (.NET $), and our error says so', () => {
    const [f] = errors(file('', BASE.replace('"Camera"', '"Camera\\n"')));
    assert.equal(f.code, 'invalid-name');
    assert.match(render(f.message), /^Microsoft's validator accepts this UpdaterName.*psm1 88/);
  });

  test('Update with CustomURL: a warning (AO accepts it, psm1 96-109; no sentence of the documentation forbids it)', () => {
    const text = file('', BASE.replace('"Store"', '"CustomURL"').replace('"Acquisition"', '"Update"').replace('"ProductId": "9NBLGGH4NNS1"', '"Endpoint": "https://downloads.contoso.com/a.msix"'));
    assert.deepEqual(codes(text), ['update-with-customurl:warning']);
    assert.match(render(findings(text)[0].message), /^Microsoft's validator accepts Scenario Update with Source CustomURL/);
  });

  test('a UTF-16LE or UTF-8-BOM file: exactly one encoding finding, then the findings of the decoded content', () => {
    for (const encoding of ['utf16le-bom', 'utf8-bom'] as const) {
      const text = file('"MaxRetryCount": 9').replace(/\n/g, '\r\n');
      const result = analyzeDocument({ path: 'updater_Camera.json', text, encoding });
      assert.deepEqual(result.findings.map((f) => f.code), ['registration-encoding', 'max-retry-out-of-range'], encoding);
      assert.match(render(result.findings[0].message), /Microsoft's validator accepts this \(PowerShell decodes the mark\)/);
    }
  });
});
