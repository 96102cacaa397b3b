// The typed tree (spans, decoded data, string maps), what importing leaves, the writer and the
// byte decoding.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeRegBytes } from '../../core/reg/decode';
import { parseReg } from '../../core/reg/parse';
import { importedValues } from '../../core/reg/values';
import { escapeRegString } from '../../core/reg/escape';
import { writeReg } from '../../core/reg/write';

const V5 = 'Windows Registry Editor Version 5.00';
const lines = (...l: string[]) => [V5, '', ...l, ''].join('\r\n');
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('parseReg: the tree', () => {
  const text = lines('[HKCU\\Software\\A]', '"name"="va\\"lue"', '@=dword:00000010', '"bin"=hex:01,02,\\', '  03 ; tail', '', '[-HKEY_LOCAL_MACHINE\\SOFTWARE\\B]');
  const doc = parseReg(text);

  test('header, keys with long root names and exact spans', () => {
    assert.equal(doc.header, 'REGEDIT5');
    assert.equal(slice(text, doc.headerSpan), V5);
    const [a, b] = doc.keys;
    assert.equal(a.path, 'HKCU\\Software\\A');
    assert.equal(a.fullPath, 'HKEY_CURRENT_USER\\Software\\A');
    assert.equal(a.root, 'HKEY_CURRENT_USER');
    assert.equal(slice(text, a.lineSpan), '[HKCU\\Software\\A]');
    assert.equal(slice(text, a.pathSpan), 'HKCU\\Software\\A');
    assert.equal(slice(text, a.blockSpan), '[HKCU\\Software\\A]\r\n"name"="va\\"lue"\r\n@=dword:00000010\r\n"bin"=hex:01,02,\\\r\n  03');
    assert.equal(b.isDelete, true);
    assert.equal(b.fullPath, 'HKEY_LOCAL_MACHINE\\SOFTWARE\\B');
    assert.equal(slice(text, b.pathSpan), 'HKEY_LOCAL_MACHINE\\SOFTWARE\\B');
  });

  test('full paths: long root in capitals, empty segments dropped; keys that name UScheduler_OOBE are flagged', () => {
    const t = lines('[hkey_local_machine\\Software\\A]', '[HKEY_LOCAL_MACHINE\\Software\\\\B\\]', '[HKLM\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\uscheduler_oobe\\App]', '[HKEY_CURRENT_USER\\UScheduler_OOBEx]', '[NOPE\\UScheduler_OOBE]');
    const keys = parseReg(t).keys;
    assert.deepEqual(keys.map((k) => k.fullPath), [
      'HKEY_LOCAL_MACHINE\\Software\\A',
      'HKEY_LOCAL_MACHINE\\Software\\B',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\uscheduler_oobe\\App',
      'HKEY_CURRENT_USER\\UScheduler_OOBEx',
      'NOPE\\UScheduler_OOBE',
    ]);
    assert.deepEqual(keys.map((k) => k.path.slice(0, 4)), ['hkey', 'HKEY', 'HKLM', 'HKEY', 'NOPE']);
    assert.deepEqual(keys.map((k) => k.mentionsOrchestrator), [false, false, true, false, false]);
  });

  test('a value assigned again is found whether or not its names have escapes', () => {
    const t = lines('[HKEY_CURRENT_USER\\A]', '"a\\\\b"="1"', '"A\\\\B"="2"', '"x\\"y"="3"', '"X\\"Y"=-', '"plain"="4"', '"PLAIN"="5"');
    const overridden = parseReg(t).findings.filter((f) => f.code === 'reg-value-overridden').map((f) => slice(t, f.span));
    assert.deepEqual(overridden, ['"a\\\\b"', '"x\\"y"', '"plain"']);
  });

  test('values: names, types, decoded data and spans', () => {
    const [s, d, h] = doc.keys[0].values;
    assert.deepEqual([s.name, s.type, s.typeCode, s.data, s.dropped], ['name', 'REG_SZ', 1, 'va"lue', false]);
    assert.equal(slice(text, s.nameSpan), '"name"');
    assert.equal(slice(text, s.dataSpan), '"va\\"lue"');
    assert.equal(slice(text, s.span), '"name"="va\\"lue"');
    assert.deepEqual([d.name, d.type, d.data], ['', 'REG_DWORD', 16]);
    assert.equal(slice(text, d.nameSpan), '@');
    assert.deepEqual([h.type, h.data], ['REG_BINARY', '010203']);
    assert.equal(slice(text, h.dataSpan), 'hex:01,02,\\\r\n  03');
  });

  test('a string literal maps decoded offsets back through \\" and \\\\', () => {
    const t = lines('[HKEY_CURRENT_USER\\X]', '"p"="{\\"a\\":\\"b\\\\\\\\c\\"}"');
    const lit = parseReg(t).keys[0].values[0].stringLiteral!;
    assert.equal(lit.value, '{"a":"b\\\\c"}');
    assert.equal(slice(t, lit.contentSpan), '{\\"a\\":\\"b\\\\\\\\c\\"}');
    // Every decoded character maps to the source character (or escape) that produced it.
    for (let i = 0; i < lit.value.length; i++) {
      const at = lit.sourceOffset(i);
      const src = t[at] === '\\' ? t[at + 1] : t[at];
      assert.equal(src, lit.value[i], `offset ${i}`);
    }
    assert.equal(lit.sourceOffset(lit.value.length), lit.contentSpan.end);
    assert.equal(slice(t, { start: lit.sourceOffset(1), end: lit.sourceOffset(4) }), '\\"a\\"');
  });

  test('every hex type decodes to the contract shape', () => {
    const t = lines('[HKEY_CURRENT_USER\\X]', '"0"=hex(0):0a', '"1"=hex(1):41,00,00,00', '"2"=hex(2):25,00,00,00', '"5"=hex(5):00,00,01,00', '"6"=hex(6):41,00', '"7"=hex(7):61,00,00,00,62,00,00,00,00,00', '"8"=hex(8):01', '"b"=hex(b):00,00,00,00,00,00,00,01', '"c"=hex(c):ff');
    const got = parseReg(t).keys[0].values.map((v) => [v.name, v.type, v.data]);
    assert.deepEqual(got, [
      ['0', 'REG_NONE', '0a'], ['1', 'REG_SZ', 'A'], ['2', 'REG_EXPAND_SZ', '%'], ['5', 'REG_DWORD_BIG_ENDIAN', 256], ['6', 'REG_LINK', 'A'],
      ['7', 'REG_MULTI_SZ', ['a', 'b']], ['8', 'REG_RESOURCE_LIST', '01'], ['b', 'REG_QWORD', '72057594037927936'], ['c', 'hex(c)', 'ff'],
    ]);
    // In ANSI files string bytes are windows-1252.
    const ansi = ['REGEDIT4', '[HKEY_CURRENT_USER\\X]', '"s"=hex(1):80,e9,00', ''].join('\r\n');
    assert.equal(parseReg(ansi, 'ansi').keys[0].values[0].data, '€é');
  });

  test('never throws on hostile input', () => {
    for (const t of ['', '\uFEFF', '[', '"', '@', '\\', '[-', '"a"=hex(', '"a"=hex:\\', 'REGEDIT4\n"a"=hex:01,\\', `${V5}\n[HKCU]\n"a"=-`, '\r\r\n\n']) {
      assert.doesNotThrow(() => importedValues(parseReg(t)));
    }
  });

  test('values of millions of escapes or bytes (beyond what the native fast paths can backtrack over)', () => {
    const t = lines('[HKEY_CURRENT_USER\\A]', `"s"="${'\\\\'.repeat(8_000_000)}"`, `"h"=hex:${'01,'.repeat(8_000_000)}02`, `"u"="${'\\\\'.repeat(8_000_000)}`);
    const doc = parseReg(t);
    assert.deepEqual(doc.findings.map((f) => f.code), ['reg-string-unterminated']);
    const [s, h] = doc.keys[0].values;
    assert.equal((s.data as string).length, 8_000_000);
    assert.equal((h.data as string).length, 2 * 8_000_001);
  });
});

describe('importedValues', () => {
  test('deletions, last assignment wins, first spelling, dropped lines, file order', () => {
    const text = lines(
      '[HKEY_CURRENT_USER\\A\\B]', '"x"="1"', '"X"="2"', '"gone"="1"', '"gone"=-', '"bad"="a\\0"',
      '[hkey_current_user\\a\\b\\C]', '"c"=dword:00000001',
      '[-HKEY_CURRENT_USER\\A\\B\\C]', '"lost"="after delete"',
      '[HKEY_CURRENT_USER\\Z]', '@="z"',
      '[HKEY_CURRENT_USER\\A\\B]', '"y"=hex(b):01,00,00,00,00,00,00,00',
    );
    assert.deepEqual(importedValues(parseReg(text)), [
      { key: 'HKEY_CURRENT_USER\\A\\B', values: [{ name: 'x', type: 'REG_SZ', data: '2' }, { name: 'y', type: 'REG_QWORD', data: '1' }] },
      { key: 'HKEY_CURRENT_USER\\Z', values: [{ name: '', type: 'REG_SZ', data: 'z' }] },
    ]);
  });

  test('a skipped key line leaves the previous key open', () => {
    const text = lines('[HKEY_CURRENT_USER\\A]', '[ HKEY_CURRENT_USER\\B]', '"v"="in A"');
    assert.deepEqual(importedValues(parseReg(text)), [{ key: 'HKEY_CURRENT_USER\\A', values: [{ name: 'v', type: 'REG_SZ', data: 'in A' }] }]);
  });

  test('a file the importer refuses leaves nothing', () => {
    assert.deepEqual(importedValues(parseReg('REGEDIT5\r\n[HKEY_CURRENT_USER\\A]\r\n"v"="1"\r\n')), []);
    assert.deepEqual(importedValues(parseReg(lines('[HKEY_CURRENT_USER\\A]', '"v"="1"'), 'utf8-bom')), []);
  });
});

describe('writeReg and escapeRegString', () => {
  test('escapes only backslash and quote', () => {
    assert.equal(escapeRegString('a\\b"c\td'), 'a\\\\b\\"c\td');
    assert.equal(escapeRegString('plain'), 'plain');
  });

  test('regedit layout: header, CRLF, blank line before each key, wrapped hex, final blank line', () => {
    const text = writeReg([{ key: 'HKEY_CURRENT_USER\\A', values: [{ name: '', type: 'REG_SZ', data: 'd"q' }, { name: 'n', type: 'REG_DWORD', data: 255 }, { name: 'b', type: 'REG_BINARY', data: '00'.repeat(30) }] }]);
    assert.equal(text, `${V5}\r\n\r\n[HKEY_CURRENT_USER\\A]\r\n@="d\\"q"\r\n"n"=dword:000000ff\r\n"b"=hex:${'00,'.repeat(23)}\\\r\n  ${'00,'.repeat(6)}00\r\n\r\n`);
  });

  test('wraps exactly like reg export (77 columns)', () => {
    const exported = '"multi-wrapped"=hex(7):61,00,62,00,63,00,00,00,64,00,65,00,66,00,00,00,67,00,\\\r\n  68,00,69,00,00,00,00,00';
    const text = writeReg([{ key: 'HKEY_CURRENT_USER\\A', values: [{ name: 'multi-wrapped', type: 'REG_MULTI_SZ', data: ['abc', 'def', 'ghi'] }] }]);
    assert.ok(text.includes(exported), text);
  });
});

describe('decodeRegBytes', () => {
  const ascii = `${V5}\r\n`;
  const utf16 = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
  test('each encoding, the text without its BOM', () => {
    assert.deepEqual(decodeRegBytes(Uint8Array.from([0xff, 0xfe, ...utf16(ascii)])), { text: ascii, encoding: 'utf16le-bom' });
    assert.deepEqual(decodeRegBytes(Uint8Array.from([0xfe, 0xff, ...utf16(ascii).map((_, i, a) => a[i ^ 1])])), { text: ascii, encoding: 'utf16be-bom' });
    assert.deepEqual(decodeRegBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(ascii)])), { text: ascii, encoding: 'utf8-bom' });
    assert.deepEqual(decodeRegBytes(utf16(ascii)), { text: ascii, encoding: 'utf16le-nobom' });
    assert.deepEqual(decodeRegBytes(Buffer.from('"x"="café"')), { text: '"x"="café"', encoding: 'utf8' });
    assert.deepEqual(decodeRegBytes(Uint8Array.from([0x22, 0xe9, 0x80, 0x22])), { text: '"é€"', encoding: 'ansi' });
    assert.deepEqual(decodeRegBytes(Buffer.from(ascii)), { text: ascii, encoding: 'ansi' });
  });
});
