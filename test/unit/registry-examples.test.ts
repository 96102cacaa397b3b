import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, analyzeWorkspace, type DocumentAnalysis } from '../../core/analyze';
import type { RegEncoding } from '../../core/reg/model';
import { render } from '../../core/rules/render';

const examples = join(__dirname, '..', '..', 'examples');

/** The .reg decoding regedit applies: a UTF-16LE BOM, or ANSI. */
function readReg(path: string): { text: string; encoding: RegEncoding } {
  const bytes = readFileSync(path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf16le-bom' };
  return { text: bytes.toString('latin1'), encoding: 'ansi' };
}

function analyzeFile(path: string): DocumentAnalysis {
  if (path.endsWith('.reg')) return analyzeDocument({ path, ...readReg(path) });
  return analyzeDocument({ path, text: readFileSync(path, 'utf8') });
}

function filesIn(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder).filter((f) => pattern.test(f)).map((f) => join(folder, f));
}

describe('valid .reg examples', () => {
  test('fabrikam-apps.reg is what regedit writes: UTF-16LE with BOM, CRLF, version 5 header', () => {
    const bytes = readFileSync(join(examples, 'fabrikam-apps.reg'));
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    const text = bytes.subarray(2).toString('utf16le');
    assert.ok(text.startsWith('Windows Registry Editor Version 5.00\r\n\r\n['));
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'every line ends with CRLF');
    assert.ok(text.endsWith('\r\n\r\n'));
  });

  test('northwind-regedit4.reg is ANSI REGEDIT4', () => {
    const bytes = readFileSync(join(examples, 'northwind-regedit4.reg'));
    assert.ok(bytes.subarray(0, 10).toString('latin1').startsWith('REGEDIT4\r\n'));
    assert.ok(bytes.every((b) => b < 0x80), 'plain ASCII');
  });

  test('together with the JSON examples: zero findings, distinct priorities 10, 30, 50, 70', () => {
    const paths = [
      ...filesIn(examples, /\.reg$/),
      ...filesIn(join(examples, 'registration'), /\.json$/),
      ...filesIn(join(examples, 'payload'), /\.json$/),
    ];
    const docs = paths.map(analyzeFile);
    for (const doc of docs) assert.deepEqual(doc.findings, [], doc.path);
    for (const [path, findings] of analyzeWorkspace(docs)) assert.deepEqual(findings, [], path);
    const registry = docs.filter((d) => d.kind === 'reg').flatMap((d) => d.registrations);
    assert.deepEqual(registry.map((r) => r.priority).sort((a, b) => a - b), [10, 30, 50, 70]);
    assert.equal(new Set(registry.map((r) => r.settings.PFN)).size, 4);
    assert.ok(registry.every((r) => !r.hasErrors && /^(Fabrikam|Northwind)_/.test(r.name)));
  });
});

describe('invalid .reg examples show the classic mistakes', () => {
  const expected: Record<string, string[]> = {
    'http-endpoint.reg': ['endpoint-not-https'],
    'max-retry-count-7.reg': ['max-retry-out-of-range'],
    'region-uk.reg': ['region-not-assigned'],
    'priority-250.reg': ['priority-out-of-range'],
    'hkcu.reg': ['registry-not-hklm'],
    // The .reg parser warns about Wow6432Node anywhere; the registry form adds that the registration is never read.
    'wow6432node.reg': ['registry-32-bit-view'], // supersedes the general reg-key-wow6432node warning on the same characters
    'values-on-parent.reg': ['registry-value-on-parent'],
    'payload-priority.reg': ['payload-priority-ignored'],
    'work-completed.reg': ['registry-work-completed'],
  };
  const docs = new Map(filesIn(join(examples, 'invalid'), /\.reg$/).map((p) => [p.slice(p.lastIndexOf('/') + 1), analyzeFile(p)]));

  for (const [name, codes] of Object.entries(expected)) {
    test(`${name}: ${codes.join(', ')}`, () => {
      const doc = docs.get(name);
      assert.ok(doc, `${name} exists`);
      assert.deepEqual([...new Set(doc.findings.map((f) => f.code))].sort(), [...codes].sort());
    });
  }

  test('priority-250.reg: the contract example, line 4 characters 18..32', () => {
    const doc = docs.get('priority-250.reg')!;
    const [finding] = doc.findings;
    assert.equal(render(finding.message), 'updaterPriority must be 1..100 (lower runs earlier); found 250');
    const lines = doc.text.split('\r\n');
    assert.equal(lines[4].slice(18, 32), 'dword:000000fa');
    const start = lines.slice(0, 4).join('\r\n').length + 2 + 18;
    assert.deepEqual(finding.span, { start, end: start + 14 });
  });

  test('dangling-continuation.reg: the importer loses the registration key line', () => {
    const doc = docs.get('dangling-continuation.reg')!;
    assert.ok(doc.findings.some((f) => f.severity === 'error'));
    assert.deepEqual(doc.registrations, [], 'the values land in the key before; no registration is made');
  });

  test('cross-file: two apps at one priority, one PFN twice', () => {
    const codes = (name: string): string[] => [...analyzeWorkspace([docs.get(name)!]).values()].flat().map((f) => f.code);
    assert.ok(codes('same-priority.reg').includes('equal-priority'));
    assert.ok(codes('same-pfn.reg').includes('duplicate-pfn'));
    for (const name of ['same-priority.reg', 'same-pfn.reg']) assert.deepEqual(docs.get(name)!.findings, [], `${name} is fine on its own`);
  });

  test('the invalid examples do not collide with the valid ones or with each other by accident', () => {
    const all = [...docs.values()].filter((d) => !['same-priority.reg', 'same-pfn.reg'].includes(d.path.slice(d.path.lastIndexOf('/') + 1)));
    const priorities = all.flatMap((d) => d.registrations.map((r) => r.priority)).filter((p) => p >= 1 && p <= 100 && p !== 100);
    assert.equal(new Set(priorities).size, priorities.length);
  });
});
