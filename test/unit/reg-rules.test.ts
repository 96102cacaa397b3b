// One case per rule of reg-format.md: the exact characters each finding sits on (marked « »
// in the text), and the text after its quick fix (which no longer has that finding).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { regRules } from '../../core/rules/reg';
import type { RegEncoding } from '../../core/reg/model';
import { parseReg } from '../../core/reg/parse';

const V5 = 'Windows Registry Editor Version 5.00';
const KEY = '[HKEY_CURRENT_USER\\Software\\T]';

/** A version 5 document with the given lines under one key. */
const inKey = (...lines: string[]) => [V5, '', KEY, ...lines, ''].join('\r\n');
const doc = (...lines: string[]) => [V5, '', ...lines, ''].join('\r\n');

interface Case {
  code: string;
  text: string;
  encoding?: RegEncoding;
  /** The text after applying the finding's first fix. */
  fixed?: string;
}

const longName = 'k'.repeat(256);
const deepPath = Array.from({ length: 513 }, (_, i) => `k${i}`).join('\\');

const cases: Case[] = [
  { code: 'reg-header-invalid', text: `${V5}«  »\r\n\r\n${KEY}\r\n`, fixed: `${V5}\r\n\r\n${KEY}\r\n` },
  { code: 'reg-header-invalid', text: `«windows registry editor version 5.00»\r\n`, fixed: `${V5}\r\n` },
  { code: 'reg-header-invalid', text: `«»\r\n${V5}\r\n`, fixed: `${V5}\r\n` },
  { code: 'reg-header-invalid', text: `«[HKEY_CURRENT_USER\\X]»\r\n` },
  { code: 'reg-header-unsupported', text: `«REGEDIT5»\r\n\r\n${KEY}\r\n`, fixed: `${V5}\r\n\r\n${KEY}\r\n` },
  { code: 'reg-encoding-rejected', text: `«${V5}»\r\n`, encoding: 'utf8-bom' },
  { code: 'reg-encoding-rejected', text: `«${V5}»\r\n`, encoding: 'utf16le-nobom' },
  { code: 'reg-encoding-rejected', text: `«${V5}»\r\n`, encoding: 'utf16be-bom' },
  { code: 'reg-encoding-mangled', text: `«${V5}»\r\n\r\n${KEY}\r\n"x"="café"\r\n`, encoding: 'utf8' },
  { code: 'reg-encoding-header-mismatch', text: `«${V5}»\r\n\r\n${KEY}\r\n"x"="café"\r\n`, encoding: 'ansi' },
  { code: 'reg-encoding-header-mismatch', text: `«REGEDIT4»\r\n`, encoding: 'utf16le-bom', fixed: `${V5}\r\n` },
  { code: 'reg-line-ignored', text: inKey('«value=1»') },
  { code: 'reg-line-ignored', text: inKey('  «01,02»') },
  { code: 'reg-hash-comment', text: inKey('«# comment»'), fixed: inKey('; comment') },
  { code: 'reg-key-space-after-bracket', text: doc('«[ »HKEY_CURRENT_USER\\X]'), fixed: doc('[HKEY_CURRENT_USER\\X]') },
  { code: 'reg-key-unclosed', text: doc('«[HKEY_CURRENT_USER\\X»  '), fixed: doc('[HKEY_CURRENT_USER\\X]  ') },
  { code: 'reg-key-trailing-text', text: doc('[HKEY_CURRENT_USER\\X] «junk»') },
  { code: 'reg-key-unknown-root', text: doc('[«HKEY_BOGUS»\\X]') },
  { code: 'reg-key-abbreviated-root', text: doc('[«HKCU»\\X]'), fixed: doc('[HKEY_CURRENT_USER\\X]') },
  { code: 'reg-key-abbreviated-root', text: doc('[-«hklm»\\X]'), fixed: doc('[-HKEY_LOCAL_MACHINE\\X]') },
  { code: 'reg-key-trailing-backslash', text: doc('[HKEY_CURRENT_USER\\X«\\»]'), fixed: doc('[HKEY_CURRENT_USER\\X]') },
  { code: 'reg-key-empty-segment', text: doc('[HKEY_CURRENT_USER\\X«\\\\»Y]'), fixed: doc('[HKEY_CURRENT_USER\\X\\Y]') },
  { code: 'reg-key-trailing-space', text: doc('[HKEY_CURRENT_USER\\X«  »]'), fixed: doc('[HKEY_CURRENT_USER\\X]') },
  { code: 'reg-key-delete-root', text: doc('[-«HKEY_CURRENT_USER»]') },
  { code: 'reg-key-delete-invalid', text: doc('[-« HKEY_CURRENT_USER\\X»]') },
  { code: 'reg-key-delete-invalid', text: doc('[-«HKEY_BOGUS\\X»]') },
  { code: 'reg-key-wow6432node', text: doc('[HKEY_LOCAL_MACHINE\\SOFTWARE\\«Wow6432Node»\\X]') },
  { code: 'reg-key-name-too-long', text: doc(`[HKEY_CURRENT_USER\\«${longName}»]`) },
  { code: 'reg-key-too-deep', text: doc(`[«HKEY_CURRENT_USER\\${deepPath}»]`) },
  { code: 'reg-value-outside-key', text: doc('«"x"="1"»', KEY) },
  { code: 'reg-value-after-key-delete', text: doc('[-HKEY_CURRENT_USER\\X]', '«"x"="1"»') },
  { code: 'reg-value-name-unterminated', text: inKey('«"abc=1»') },
  { code: 'reg-value-name-unterminated', text: inKey('"a«\\0»b"="1"') },
  { code: 'reg-value-name-too-long', text: inKey(`«"${'n'.repeat(16384)}"»="1"`) },
  { code: 'reg-value-missing-equals', text: inKey('"x" «: 1»') },
  { code: 'reg-value-delete-trailing', text: inKey('"x"=- «x»') },
  { code: 'reg-value-data-invalid', text: inKey('"x"=«plain text»') },
  { code: 'reg-value-data-invalid', text: inKey('"x"=«qword:01»') },
  { code: 'reg-value-data-invalid', text: inKey('"x"=«HEX:01»') },
  { code: 'reg-value-overridden', text: inKey('«"x"»="1"', '"X"=dword:00000002') },
  { code: 'reg-trailing-hash', text: inKey('"x"="1" «# c»'), fixed: inKey('"x"="1" ; c') },
  { code: 'reg-trailing-hash', text: inKey('"x"=dword:00000001 «#c»'), fixed: inKey('"x"=dword:00000001 ;c') },
  { code: 'reg-trailing-hash', text: inKey('"x"=hex:01 «#c»'), fixed: inKey('"x"=hex:01 ;c') },
  { code: 'reg-string-unterminated', text: inKey('"x"=«"abc»') },
  { code: 'reg-string-trailing-text', text: inKey('"x"="a"«b"»') },
  { code: 'reg-string-continuation', text: inKey('"x"="abc«\\»', 'def"') },
  { code: 'reg-string-nul-escape', text: inKey('"x"="a«\\0»b"') },
  { code: 'reg-nul-character', text: inKey('"x"="a«\u0000»b"', '"y"="2"'), fixed: inKey('"x"="ab"', '"y"="2"') },
  { code: 'reg-string-unknown-escape', text: inKey('"x"="a«\\t»b"'), fixed: inKey('"x"="a\\\\tb"') },
  { code: 'reg-string-newline-escape', text: inKey('"x"="a«\\n»b"') },
  { code: 'reg-dword-invalid', text: inKey('"x"=dword:«0x10»'), fixed: inKey('"x"=dword:00000010') },
  { code: 'reg-dword-invalid', text: inKey('"x"=dword:«000000001»'), fixed: inKey('"x"=dword:00000001') },
  { code: 'reg-dword-invalid', text: inKey('"x"=dword:«00 01»') },
  { code: 'reg-dword-invalid', text: inKey('"x"=«dword:»') },
  { code: 'reg-dword-no-digits', text: inKey('"x"=«dword:»;c'), fixed: inKey('"x"=dword:00000000;c') },
  { code: 'reg-dword-format', text: inKey('"x"=dword:«1F»'), fixed: inKey('"x"=dword:0000001f') },
  { code: 'reg-dword-looks-decimal', text: inKey('"x"=dword:«10»'), fixed: inKey('"x"=dword:0000000a') },
  { code: 'reg-hex-type-invalid', text: inKey('"x"=«hex(0x»2):41,00') },
  { code: 'reg-hex-type-invalid', text: inKey('"x"=«hex(zz)»:41,00') },
  { code: 'reg-hex-type-invalid', text: inKey('"x"=«hex(100000000):»01') },
  { code: 'reg-hex-type-format', text: inKey('"x"=hex(« 2»):41,00,00,00'), fixed: inKey('"x"=hex(2):41,00,00,00') },
  { code: 'reg-hex-byte-invalid', text: inKey('"x"=hex:01,«,»02') },
  { code: 'reg-hex-byte-invalid', text: inKey('"x"=hex:«,»01') },
  { code: 'reg-hex-byte-invalid', text: inKey('"x"=hex:«100»') },
  { code: 'reg-hex-byte-invalid', text: inKey('"x"=hex:01« ,02»') },
  { code: 'reg-hex-byte-format', text: inKey('"x"=hex:«1»,02'), fixed: inKey('"x"=hex:01,02') },
  { code: 'reg-hex-byte-format', text: inKey('"x"=hex:01,«0x2»'), fixed: inKey('"x"=hex:01,02') },
  { code: 'reg-hex-trailing-whitespace', text: inKey('"x"=hex:01,\\', '  02,« »'), fixed: inKey('"x"=hex:01,\\', '  02,') },
  { code: 'reg-hex-size', text: inKey('"x"=«hex(4):01,02»') },
  { code: 'reg-hex-size', text: inKey('"x"=«hex(b):01»') },
  { code: 'reg-hex-size', text: inKey('"x"=«hex(1):41,00,42»') },
  { code: 'reg-continuation-missing-comma', text: inKey('"x"=hex:01,02«\\»', '  03'), fixed: inKey('"x"=hex:01,02,\\', '  03') },
  { code: 'reg-continuation-trailing-text', text: inKey('"x"=hex:01,\\ «x»', '  02') },
  { code: 'reg-continuation-dangling', text: inKey('"x"=hex:01,«\\»', '"y"="2"'), fixed: inKey('"x"=hex:01,', '"y"="2"') },
  { code: 'reg-line-swallowed', text: inKey('"x"=hex:01,\\', '«"y"="2"»') },
  { code: 'reg-line-swallowed', text: inKey('"x"=hex:01,\\', '; comments and blank lines are skipped', '', '«[HKEY_CURRENT_USER\\Other]»') },
];

function marked(source: string): { text: string; start: number; end: number } {
  const start = source.indexOf('«');
  const end = source.indexOf('»') - 1;
  return { text: source.replace('«', '').replace('»', ''), start, end };
}

function applyFix(text: string, edits: { span: { start: number; end: number }; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

describe('.reg format rules', () => {
  for (const c of cases) {
    const { text, start, end } = marked(c.text);
    test(`${c.code}: ${JSON.stringify(text.slice(start, end)).slice(0, 40)}`, () => {
      const found = parseReg(text, c.encoding).findings.filter((f) => f.code === c.code);
      assert.ok(found.length > 0, `no ${c.code}`);
      const hit = found.find((f) => f.span.start === start && f.span.end === end);
      assert.ok(hit, `${c.code} at ${JSON.stringify(found.map((f) => text.slice(f.span.start, f.span.end)))}, expected ${JSON.stringify(text.slice(start, end))} at ${start}`);
      assert.equal(hit.severity, regRules.find((r) => r.id === c.code)!.severity);
      if (c.fixed !== undefined) {
        assert.ok(hit.fixes?.length, 'no fix');
        const after = applyFix(text, hit.fixes![0].edits);
        assert.equal(after, c.fixed);
        const again = parseReg(after, c.code === 'reg-encoding-header-mismatch' ? c.encoding : undefined).findings.filter((f) => f.code === c.code);
        assert.deepEqual(again, [], 'the fix leaves the finding');
      }
    });
  }

  test('every rule of the catalogue has a case', () => {
    const tested = new Set(cases.map((c) => c.code));
    assert.deepEqual(regRules.map((r) => r.id).filter((code) => !tested.has(code)), []);
  });

  test('a clean regedit-style file has no finding at all', () => {
    const text = inKey('"s"="a\\\\b \\"q\\""', '"d"=dword:0000002a', '@="default"', '"h"=hex:01,02,\\', '  03,04', '"m"=hex(7):61,00,00,00,00,00', '"q"=hex(b):01,00,00,00,00,00,00,00', '"gone"=-', '; comment');
    assert.deepEqual(parseReg(text, 'utf16le-bom').findings, []);
  });

  test('near misses stay silent: `;` after data, a comma-space in hex, `hex(B)`, two headers', () => {
    for (const line of ['"x"="1" ;c', '"x"=hex:01, 02', '"x"=hex(B):01,00,00,00,00,00,00,00', '"x"=- ;gone', '"x" = "spaced"']) {
      assert.deepEqual(parseReg(inKey(line)).findings, [], line);
    }
    assert.deepEqual(parseReg(['REGEDIT4', '', KEY, '"x"="1"', ''].join('\r\n'), 'ansi').findings, []);
    assert.deepEqual(parseReg(['  \tREGEDIT4', '', KEY, ''].join('\n')).findings, []);
  });
});
