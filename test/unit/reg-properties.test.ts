// Properties of the .reg parser over generated input (fast-check): it never throws, its time grows
// linearly, imported values round-trip through the writer, and incremental reparsing equals a
// full parse.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ImportedKey, RegDocument } from '../../core/reg/model';
import { parseReg, reparseReg } from '../../core/reg/parse';
import { importedValues } from '../../core/reg/values';
import { writeReg } from '../../core/reg/write';

const V5 = 'Windows Registry Editor Version 5.00';

/** Characters that matter to the format, so random text hits every state. */
const regChar = fc.constantFrom('[', ']', '-', '"', '\\', '@', '=', ',', ';', '#', ' ', '\t', '\r', '\n', '\r\n', 'h', 'e', 'x', '(', ')', ':', 'd', 'w', 'o', 'r', '0', '7', 'b', 'f', 'HKEY_CURRENT_USER', 'HKCU', 'dword:', 'hex:', 'hex(7):', V5, 'REGEDIT4', 'é', '\u0000');
const regText = fc.array(regChar, { maxLength: 120 }).map((parts) => parts.join(''));

const name = fc.stringMatching(/^[A-Za-z0-9 _.{}-]{1,12}$/);
const hexBytes = fc.uint8Array({ maxLength: 40 }).map((b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(''));
const value = fc.oneof(
  fc.record({ type: fc.constant('REG_SZ' as const), data: fc.string({ maxLength: 20 }).map((s) => s.replace(/\0/g, '')) }),
  fc.record({ type: fc.constant('REG_DWORD' as const), data: fc.nat({ max: 0xffffffff }) }),
  fc.record({ type: fc.constant('REG_QWORD' as const), data: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map(String) }),
  fc.record({ type: fc.constant('REG_MULTI_SZ' as const), data: fc.array(fc.stringMatching(/^[a-zé ]{1,6}$/), { maxLength: 4 }) }),
  fc.record({ type: fc.constantFrom('REG_BINARY' as const, 'REG_NONE' as const, 'hex(c)' as const), data: hexBytes }),
  fc.record({ type: fc.constant('REG_EXPAND_SZ' as const), data: fc.stringMatching(/^[%A-Za-z\\]{0,10}$/) }),
);

/** A valid document: keys (with repeats in other cases), values, value deletions, key deletions. */
const validDoc = fc
  .array(
    fc.record({
      path: fc.array(name, { minLength: 1, maxLength: 3 }),
      del: fc.boolean().map((b) => b && Math.random() < 0.2),
      values: fc.array(fc.record({ name: fc.oneof(name, fc.constant('')), v: value, remove: fc.boolean() }), { maxLength: 5 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((blocks) => {
    const keys: ImportedKey[] = [];
    const lines = [V5];
    for (const b of blocks) {
      const key = `HKEY_CURRENT_USER\\Software\\Gen\\${b.path.join('\\')}`;
      if (b.del) lines.push('', `[-${key}]`);
      keys.length = 0;
      keys.push({ key, values: b.values.map((x) => ({ name: x.name, type: x.v.type, data: x.v.data })) });
      // The writer renders one key; alternate the case of the path and repeat names to exercise folding.
      const block = writeReg(keys).split('\r\n').slice(1).join('\r\n');
      lines.push(Math.random() < 0.3 ? block.replace(/Gen/g, 'GEN') : block);
      for (const x of b.values) if (x.remove) lines.push(`${x.name === '' ? '@' : `"${x.name.toUpperCase()}"`}=-`);
    }
    return lines.join('\r\n');
  });

/** A comparable picture of a document: keys with their (materialised) values, and the findings. */
function picture(doc: RegDocument): unknown {
  const keys = doc.keys.map((k) => ({ path: k.path, fullPath: k.fullPath, root: k.root, isDelete: k.isDelete, lineSpan: k.lineSpan, pathSpan: k.pathSpan, blockSpan: k.blockSpan, values: k.values, dropped: k.dropped, lineIgnored: k.lineIgnored, mentionsOrchestrator: k.mentionsOrchestrator }));
  return JSON.parse(JSON.stringify({ ...doc, keys }));
}

describe('.reg parser properties', () => {
  test('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(regText, fc.string({ unit: 'binary', maxLength: 200 })), fc.constantFrom(undefined, 'ansi' as const, 'utf16le-bom' as const, 'utf8' as const), (text, encoding) => {
        const doc = parseReg(text, encoding);
        for (const key of doc.keys) void key.values;
        importedValues(doc);
        for (const f of doc.findings) assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end);
      }),
      { numRuns: 3000 },
    );
  });

  test('imported values round-trip through the writer', () => {
    fc.assert(
      fc.property(validDoc, (text) => {
        const first = importedValues(parseReg(text));
        const again = importedValues(parseReg(writeReg(first)));
        assert.deepEqual(again, first);
        assert.deepEqual(parseReg(writeReg(first), 'utf16le-bom').findings.filter((f) => f.severity === 'error'), []);
      }),
      { numRuns: 300 },
    );
  });

  test('reparsing after an edit equals a full parse', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: regText.map((s) => s.slice(0, 12)) });
    fc.assert(
      fc.property(validDoc, fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        let previous = { text, doc: parseReg(text) };
        for (const e of edits) {
          const at = e.at % (previous.text.length + 1);
          const next = previous.text.slice(0, at) + e.insert + previous.text.slice(at + e.remove);
          const incremental = reparseReg(previous, next);
          const full = picture(parseReg(next));
          assert.deepEqual(picture(incremental), full);
          // The same with the edit's region given (as an editor knows it; not the minimal one).
          const oldEnd = Math.min(at + e.remove, previous.text.length);
          assert.deepEqual(picture(reparseReg(previous, next, undefined, { start: at, oldEnd, newEnd: at + e.insert.length })), full);
          previous = { text: next, doc: incremental };
        }
      }),
      { numRuns: 400 },
    );
  });

  test('reparsing reuses the untouched keys of a big file', () => {
    const text = writeReg(Array.from({ length: 2000 }, (_, i) => ({ key: `HKEY_CURRENT_USER\\K${i}`, values: [{ name: 'v', type: 'REG_SZ' as const, data: `${i}` }] })));
    const doc = parseReg(text);
    const at = text.indexOf('"1000"') + 3;
    const next = `${text.slice(0, at)}x${text.slice(at)}`;
    const again = reparseReg({ text, doc }, next);
    assert.equal(again.keys[10], doc.keys[10], 'keys before the edit are the same objects');
    assert.equal(again.keys[1500].fullPath, 'HKEY_CURRENT_USER\\K1500');
    assert.equal(again.keys[1500].lineSpan.start, doc.keys[1500].lineSpan.start + 1);
    assert.equal(again.keys[1000].values[0].data, '10x00');
    assert.deepEqual(picture(again), picture(parseReg(next)));
  });

  test('time grows linearly (size-doubling, median of 5 runs)', () => {
    const generated = (n: number) => {
      const parts = [V5, ''];
      for (let i = 0; i < n; i++) {
        parts.push(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\K${i}]`, `"s"="text \\"${i}\\" C:\\\\x"`, `"d"=dword:${(i >>> 0).toString(16).padStart(8, '0')}`, '"h"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,16,\\', '  17,18', '"m"=hex(7):61,00,00,00,00,00', '; comment', '');
      }
      return parts.join('\r\n');
    };
    const ratios = doublingRatios(generated(4000), generated(8000));
    console.log(`parse time ratio for doubled input: ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
    assert.ok(Math.min(...ratios) < 3, `doubling the input multiplied the time by ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
  });

  test('the validating pass reads hex data as the full reading does', () => {
    // Under a key, the main pass checks hex data with its one-pass fast path; before any key the
    // value is kept and read byte by byte. Same offsets: the key line becomes a comment of equal length.
    const hexPiece = fc.constantFrom('00', 'ff', 'A7', '0', '000', ',', ',\\', ',\\\r\n  ', ',\\\n', ',\\\r', '\\\r\n', ' ', '\t', ';c', '\r\n', '\n', '[K]', 'x', 'g0');
    const data = fc.array(hexPiece, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(data, fc.constantFrom('hex:', 'hex(4):', 'hex(b):', 'hex(7):', 'hex(1):'), fc.constantFrom(undefined, 'ansi' as const, 'utf16le-bom' as const), (hex, type, encoding) => {
        const body = `\r\n"v"=${type}${hex}\r\n"w"=dword:00000001\r\n`;
        const underKey = parseReg(`${V5}\r\n[HKEY_CURRENT_USER\\X]${body}`, encoding);
        const beforeKey = parseReg(`${V5}\r\n;HKEY_CURRENT_USER\\X]${body}`, encoding);
        const codes = (doc: RegDocument) => JSON.parse(JSON.stringify(doc.findings.filter((f) => f.code !== 'reg-value-outside-key')));
        assert.deepEqual(codes(underKey), codes(beforeKey));
        const kept = beforeKey.valuesBeforeFirstKey ?? [];
        const values = underKey.keys[0].values;
        assert.deepEqual(JSON.parse(JSON.stringify(values.map((v) => ({ ...v, dropped: true })))), JSON.parse(JSON.stringify(kept)));
        assert.equal(underKey.keys[0].blockSpan.end, Math.max(underKey.keys[0].lineSpan.end, ...kept.map((v) => v.span.end)));
      }),
      { numRuns: 3000 },
    );
  });

  test('pathological lines stay linear too', () => {
    // One line each: an unclosed key of n brackets, a name of n backslashes, n one-digit bytes.
    const build = (n: number) => `${V5}\n[HKEY_CURRENT_USER\\A]\n${'['.repeat(n)}\n"${'\\'.repeat(n)}\n"a"=hex:${'0,'.repeat(n)}\n"b"=hex:01,\\\n${'  01,\\\n'.repeat(n)}`;
    const ratios = doublingRatios(build(100_000), build(200_000));
    assert.ok(Math.min(...ratios) < 3, `doubling multiplied the time by ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
  });
});

/** CPU time of parsing `text`, median of 5. */
function parseCost(text: string): number {
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.cpuUsage();
    parseReg(text);
    const t = process.cpuUsage(t0);
    times.push(t.user + t.system);
  }
  return times.sort((a, b) => a - b)[2];
}

/**
 * Time(large) / time(small) for an input twice the size. The machine is shared: a load spike can hit
 * one measurement, so up to three attempts, stopping at the first under 3. A quadratic parser gives
 * about 4 on every attempt.
 */
function doublingRatios(small: string, large: string): number[] {
  parseCost(small);
  const ratios: number[] = [];
  for (let attempt = 0; attempt < 3 && !(ratios.length && Math.min(...ratios) < 3); attempt++) ratios.push(parseCost(large) / parseCost(small));
  return ratios;
}
