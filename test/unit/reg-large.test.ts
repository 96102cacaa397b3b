// A 50 MB regedit-style export, generated here: diagnostics come back, without error, and the
// time is printed for the record (no timed assertion: speed belongs in the benchmark).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../core/analyze';

function regeditExport(targetChars: number): string {
  const parts = ['Windows Registry Editor Version 5.00\r\n'];
  let size = parts[0].length;
  for (let i = 0; size < targetChars; i++) {
    const block = [
      '',
      `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Product${i % 97}\\Component${i}]`,
      `"Name"="Component ${i} with \\"quotes\\" and C:\\\\Program Files\\\\Vendor\\\\app${i}.dll"`,
      `"Count"=dword:${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}`,
      '"Blob"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,16,\\',
      '  17,18,19,1a,1b,1c,1d,1e,1f,20,21,22,23,24,25,26,27,28,29,2a,2b,2c,2d,2e,2f,\\',
      '  30,31',
      '"List"=hex(7):61,00,62,00,63,00,00,00,64,00,65,00,00,00,00,00',
      `@="default ${i}"`,
      '',
    ].join('\r\n');
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

test('diagnostics for a 50 MB regedit export', () => {
  const text = regeditExport(50 * 1024 * 1024);
  const started = performance.now();
  const analysis = analyzeDocument({ path: 'big-export.reg', text, encoding: 'utf16le-bom' });
  const elapsed = performance.now() - started;
  console.log(`50 MB .reg (${(text.length / 1e6).toFixed(1)} M characters, ${analysis.reg?.keys.length} keys): diagnostics in ${elapsed.toFixed(0)} ms`);
  assert.equal(analysis.kind, 'reg');
  assert.ok((analysis.reg?.keys.length ?? 0) > 100_000);
  assert.deepEqual(analysis.findings, []);
  // The values are there when asked for (materialised per key on first access).
  assert.equal(analysis.reg!.keys[12345].values.length, 5);
  assert.equal(analysis.reg!.keys[12345].values[1].data, ((12345 * 2654435761) >>> 0));
});
