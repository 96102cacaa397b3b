// Item 6 of issue 11: a raw NUL in a .reg ends the import there (checked against Wine's reg.exe by
// the fixtures 18–20 of test/wine/reg-differential.test.ts); the CLI side is test/cli/values-nul.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../core/analyze';
import { parseReg } from '../../core/reg/parse';
import { importedValues } from '../../core/reg/values';
import { render } from '../../core/rules/render';

const KEY = 'HKEY_CURRENT_USER\\Software\\Contoso';
const text = ['Windows Registry Editor Version 5.00', '', `[${KEY}]`, '"before"="lands"', '"cut"=dword:0000\u000012', '"after"="never lands"', `[${KEY}\\Later]`, '"later"="x"', ''].join('\r\n');

const names = (t: string) => importedValues(parseReg(t)).map((k) => [k.key, k.values.map((v) => `${v.name}=${JSON.stringify(v.data)}`)]);

describe('item 6: a raw NUL character in a .reg', () => {
  test('item 6: values lists only what lands before the NUL, the cut line read up to it', () => {
    assert.deepEqual(names(text), [[KEY, ['before="lands"', 'cut=0']]]);
  });

  test('item 6: check reports the NUL where it is, with a fix that removes it', () => {
    const { findings } = analyzeDocument({ path: 'nul.reg', text });
    const nul = findings.find((f) => f.code === 'reg-nul-character');
    assert.ok(nul, 'a finding on the NUL');
    assert.equal(nul.severity, 'error');
    assert.deepEqual(nul.span, { start: text.indexOf('\0'), end: text.indexOf('\0') + 1 });
    assert.match(render(nul.message), /ignores the rest of the file/);
    assert.deepEqual(nul.fixes?.[0].edits, [{ span: nul.span, newText: '' }]);
  });

  test('item 6: typing a NUL in and removing it again gives what a fresh parse gives', () => {
    const clean = text.replace('\0', '');
    const first = analyzeDocument({ path: 'nul.reg', text: clean });
    const withNul = analyzeDocument({ path: 'nul.reg', text, previous: first });
    assert.deepEqual(withNul.findings, analyzeDocument({ path: 'nul.reg', text }).findings);
    assert.deepEqual(withNul.registrations, []);
    const back = analyzeDocument({ path: 'nul.reg', text: clean, previous: withNul });
    assert.deepEqual(back.findings, first.findings);
    assert.deepEqual(names(clean).length, 2);
  });

});
