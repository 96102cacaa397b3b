// The oracle itself: known verdicts of Test-UpdaterRegistration under Windows PowerShell 5.1 that the
// port must reproduce (psm1 lines of AppOrchestration.psm1, "Revision 2026.02.12").
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { convertFromJson, JsonReadError, PsObject } from './javaScriptSerializer';
import { testUpdaterRegistration } from './testUpdaterRegistration';

const BASE = '"OEMName": "Contoso", "UpdaterName": "Camera", "PFN": "Contoso.Camera_8wekyb3d8bbwe", "RegistrationVersion": 1, "Source": "Store", "Scenario": "Acquisition", "ProductId": "9NBLGGH4NNS1"';
const verdict = (members: string, encode = (t: string) => new TextEncoder().encode(t)) => {
  const v = testUpdaterRegistration(encode(`{${members}}`));
  return v.valid ? 'valid' : v.line;
};
const withBase = (replace: [string, string][] = [], extra = '') => verdict(replace.reduce((t, [a, b]) => t.replace(a, b), BASE) + extra);

describe('oracle: the port of Test-UpdaterRegistration', () => {
  test('a valid registration, and the same file as UTF-16LE with a byte-order mark (Get-Content decodes it)', () => {
    assert.equal(withBase(), 'valid');
    assert.equal(verdict(BASE, (t) => new Uint8Array([0xff, 0xfe, ...Buffer.from(t, 'utf16le')])), 'valid');
    const utf32be = (t: string) => new Uint8Array([0, 0, 0xfe, 0xff, ...[...t].flatMap((c) => [0, 0, 0, c.charCodeAt(0)])]);
    assert.equal(verdict(BASE, utf32be), 'valid', 'StreamReader detects a UTF-32BE mark too');
    assert.equal(verdict(BASE), 'valid');
    assert.equal(verdict(BASE, (t) => Buffer.from(t, 'utf16le')), 65, 'UTF-16 without a mark is read as ANSI: NULs between the characters');
  });

  test('psm1 104/112: -not reads a one-element array by its element, but a non-empty list as that element is true', () => {
    assert.equal(withBase([['"9NBLGGH4NNS1"', '[""]']]), 113);
    assert.equal(withBase([['"9NBLGGH4NNS1"', '[[]]']]), 113);
    assert.equal(withBase([['"9NBLGGH4NNS1"', '[[""]]']]), 'valid', 'LanguagePrimitives.IsTrue: a list holding a non-empty list');
    assert.equal(withBase([['"9NBLGGH4NNS1"', '["", ""]']]), 'valid');
  });

  test('JavaScriptSerializer types: 3.0 Decimal, 1e1 Double, 2^31 Int64, 2^63 Decimal (psm1 80)', () => {
    assert.equal(withBase([['"RegistrationVersion": 1', '"RegistrationVersion": 3.0']]), 81);
    assert.equal(withBase([['"RegistrationVersion": 1', '"RegistrationVersion": 1e1']]), 81);
    assert.equal(withBase([['"RegistrationVersion": 1', '"RegistrationVersion": 2147483648']]), 'valid');
    assert.equal(withBase([['"RegistrationVersion": 1', '"RegistrationVersion": 9223372036854775808']]), 81);
    assert.equal(withBase([['"RegistrationVersion": 1', '"RegistrationVersion": 03']]), 'valid', 'Int32.TryParse reads 03');
  });

  test('psm1 77-80: -and/-or share a precedence, so an Int64 RegistrationVersion skips the string checks', () => {
    assert.equal(withBase([['"PFN": "Contoso.Camera_8wekyb3d8bbwe"', '"PFN": 5']]), 81);
    assert.equal(withBase([['"PFN": "Contoso.Camera_8wekyb3d8bbwe"', '"PFN": 5'], ['"RegistrationVersion": 1', '"RegistrationVersion": 3000000000']]), 'valid');
  });

  test('psm1 55-57: the raw-text duplicate scan sees nested keys and \\"x\\": in strings, case-insensitively', () => {
    assert.equal(withBase([], ', "Extra": {"pfn": 1}'), 57);
    assert.equal(withBase([], ', "Notes": "\\"a\\": 1 \\"A\\": 2"'), 57);
    assert.equal(withBase([], ', "Notes": "\\"a\\": 1"'), 'valid');
  });

  test('case-insensitive reading: pfn is PFN, store is Store, ["Update"] is Update, a final line feed passes $', () => {
    assert.equal(withBase([['"PFN"', '"pfn"']]), 'valid');
    assert.equal(withBase([['"Store"', '"store"']]), 'valid');
    assert.equal(withBase([['"Acquisition"', '["Update"]']]), 'valid');
    assert.equal(withBase([['"Camera"', '"Camera\\n"']]), 'valid');
    assert.equal(withBase([['"Camera"', '"Camera\\n\\n"']]), 89);
    assert.equal(withBase([['"Store"', '"store"'], ['"9NBLGGH4NNS1"', '""']]), 113);
  });

  test('PowerShell 5.1 ConvertFrom-Json limits: depth 102 (no member limit on .NET 4.x), empty names, folded duplicates', () => {
    const nest = (k: number) => `, "X": ${'['.repeat(k)}1${']'.repeat(k)}`;
    assert.equal(withBase([], nest(100)), 'valid');
    assert.equal(withBase([], nest(101)), 65);
    assert.equal(withBase([], `, "X": {${Array.from({ length: 1000 }, (_, i) => `"k${i}": 1`).join(',')}}`), 'valid');
    assert.equal(withBase([], `, "X": {${Array.from({ length: 5000 }, (_, i) => `"k${i}": 1`).join(',')}}`), 'valid');
    assert.equal(withBase([], ', "X": {"": 1}'), 65);
    assert.equal(withBase([], ', "\\u017fource": 1'), 65, 'ſource folds to SOURCE under OrdinalIgnoreCase');
    // Utf16StringValidator makes both lone surrogates U+FFFD: one name, the last value kept (no error).
    const lone = convertFromJson('{"\\ud800": 1, "\\udc00": 2, "\\ud800\\udc00": 3}') as PsObject;
    assert.deepEqual([...lone.properties.values()].map((p) => [p.name, (p.value as { value: number }).value]), [['\ufffd', 2], ['\u{10000}', 3]]);
    assert.throws(() => convertFromJson('{"a": "\\/Date(99999999999999999)\\/"}'), JsonReadError);
    assert.equal(withBase([['"Contoso.Camera_8wekyb3d8bbwe"', '"\\/Date(0)\\/"']]), 81, 'a DateTime is not a String');
  });

  test('the dialect: single quotes and bare names are read; trailing commas and comments are not', () => {
    assert.equal(withBase([['"OEMName"', "'OEMName'"]]), 'valid');
    assert.equal(withBase([['"OEMName"', 'OEMName']]), 'valid');
    assert.equal(withBase([], ','), 65);
    assert.equal(verdict(`/* x */ ${BASE}`), 65);
  });
});
