import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../core/analyze';
import { canonicalPayload } from '../../core/convert/canonicalJson';
import { formatPayloadEdits } from '../../core/convert/format';
import { parseReg } from '../../core/reg/parse';
import { importedValues } from '../../core/reg/values';
import { ENDPOINT, KEY, PFN, applyEdits, payloadLine, regText } from './registry-helpers';

function regAnalysis(text: string) {
  return analyzeDocument({ path: 'a.reg', text, encoding: 'utf16le-bom' });
}

describe('canonical payload JSON', () => {
  test('one line, documented key order, spaces after colons and commas, literals as written', () => {
    const text = `{\n  "ExcludedRegions": [ "GB","FR" ],\n  "MaxRetryCount": 2, "Endpoint": "${ENDPOINT}",\n  "Custom": 1.50,\n  "PFN": "${PFN}"\n}`;
    assert.equal(canonicalPayload(text), `{"PFN": "${PFN}", "Endpoint": "${ENDPOINT}", "MaxRetryCount": 2, "ExcludedRegions": ["GB", "FR"], "Custom": 1.50}`);
  });

  test('leaves alone what it cannot reorder safely', () => {
    assert.equal(canonicalPayload('{"PFN": "a",}'), undefined, 'trailing comma');
    assert.equal(canonicalPayload('{"PFN": "a" // x\n}'), undefined, 'comment');
    assert.equal(canonicalPayload('{"PFN": "a", "PFN": "b"}'), undefined, 'duplicate key');
    assert.equal(canonicalPayload('["PFN"]'), undefined, 'not an object');
  });
});

describe('format payload in a .reg document', () => {
  const messy = `{ "Endpoint":"${ENDPOINT}",   "PFN" : "${PFN}", "ExcludedRegions":["CN"] }`;
  const text = regText(`[${KEY}\\A]`, '"updaterPriority"=dword:00000005', payloadLine(messy), '', `[${KEY}\\B]`, '"updaterPriority"=dword:00000006', payloadLine(messy.replace('.msixbundle', '.msix')), '');

  test('rewrites every payload string, escaped, and the .reg stays valid with the same data', () => {
    const analysis = regAnalysis(text);
    const edits = formatPayloadEdits(analysis);
    assert.equal(edits.length, 2);
    const formatted = applyEdits(text, edits);
    assert.ok(formatted.includes(payloadLine(`{"PFN": "${PFN}", "Endpoint": "${ENDPOINT}", "ExcludedRegions": ["CN"]}`)));
    const after = regAnalysis(formatted);
    assert.deepEqual(after.findings, []);
    const before = importedValues(parseReg(text)).map((k) => k.values.map((v) => (v.name === 'expeditedPayload' ? JSON.parse(v.data as string) as unknown : v.data)));
    const now = importedValues(parseReg(formatted)).map((k) => k.values.map((v) => (v.name === 'expeditedPayload' ? JSON.parse(v.data as string) as unknown : v.data)));
    assert.deepEqual(now, before);
    assert.deepEqual(formatPayloadEdits(after), [], 'formatting is idempotent');
  });

  test('with an offset, only the payload there', () => {
    const second = text.lastIndexOf('expeditedPayload');
    const edits = formatPayloadEdits(regAnalysis(text), second + 3);
    assert.equal(edits.length, 1);
    assert.ok(edits[0].span.start > second);
  });

  test('a payload that does not parse is left alone', () => {
    const broken = regText(`[${KEY}\\A]`, '"updaterPriority"=dword:00000005', payloadLine(`{"PFN": "${PFN}",}`), '');
    assert.deepEqual(formatPayloadEdits(regAnalysis(broken)), []);
  });
});

describe('format a JSON registration file', () => {
  test('pretty-prints with two spaces', () => {
    const text = `{"PFN":"${PFN}","Endpoint":"${ENDPOINT}","ExcludedRegions":["GB"]}`;
    const analysis = analyzeDocument({ path: 'app.payload.json', text });
    const formatted = applyEdits(text, formatPayloadEdits(analysis));
    assert.equal(formatted, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  test('does nothing when the JSON does not parse', () => {
    const analysis = analyzeDocument({ path: 'app.payload.json', text: '{"PFN": ' });
    assert.deepEqual(formatPayloadEdits(analysis), []);
  });
});
