// No crying wolf: real .reg files made and used with regedit get no error-severity finding.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../core/analyze';
import { decodeRegBytes } from '../../core/reg/decode';
import { render } from '../../core/rules/render';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'wild-reg');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.toLowerCase().endsWith('.reg')).sort() : [];

describe('the shared corpus of real .reg files', { skip: !files.length && `no corpus at ${CORPUS}` }, () => {
  const analyses = files.map((name) => {
    const { text, encoding } = decodeRegBytes(readFileSync(join(CORPUS, name)));
    return { name, encoding, text, analysis: analyzeDocument({ path: name, text, encoding }) };
  });

  test('all 203 files decode as regedit writes them (UTF-16LE with BOM) or as ANSI', () => {
    assert.equal(files.length, 203);
    const encodings = new Set(analyses.map((a) => a.encoding));
    assert.deepEqual([...encodings].sort(), ['ansi', 'utf16le-bom']);
    for (const a of analyses) assert.equal(a.analysis.reg?.header, 'REGEDIT5', a.name);
  });

  test('no file gets an error-severity finding', () => {
    const errors = analyses.flatMap((a) => a.analysis.findings.filter((f) => f.severity === 'error').map((f) => `${a.name}: ${f.code} ${render(f.message)}`));
    assert.deepEqual(errors, []);
  });

  test('the only warning is a real one: an empty key name (`\\\\`) in a deletion path', () => {
    const warnings = analyses.flatMap((a) => a.analysis.findings.filter((f) => f.severity === 'warning').map((f) => ({ name: a.name, code: f.code, text: a.text.slice(f.span.start, f.span.end) })));
    assert.deepEqual(warnings, [{ name: '197-Remove-Details-Pane-to-the-File-Explorer-Context-Menu.reg', code: 'reg-key-empty-segment', text: '\\\\' }]);
  });

  test('every file yields keys and values', () => {
    const keys = analyses.reduce((n, a) => n + (a.analysis.reg?.keys.length ?? 0), 0);
    assert.ok(keys > 300, `only ${keys} keys`);
  });
});
