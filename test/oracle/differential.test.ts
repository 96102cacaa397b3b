// The differential test: every generated registration file goes through the oracle (a port of
// Microsoft's Test-UpdaterRegistration under Windows PowerShell 5.1, test/oracle/) and through the
// core as `expedite check` reads it. A file the oracle rejects must get at least one error here.
// Where we are stricter, the error should say why (a source other than [AO], or "Microsoft's
// validator accepts this, but ..."): the summary counts the files where one does not. Rerun: node scripts/run-tests.mjs test/oracle
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../core/analyze';
import { ruleFor } from '../../core/diagnostics/catalogue';
import type { Finding } from '../../core/diagnostics/types';
import { decodeDocumentBytes } from '../../core/documentBytes';
import { generateFiles } from './generate';
import { testUpdaterRegistration, type OracleVerdict } from './testUpdaterRegistration';
import { render } from '../../core/rules/render';

const FILES = 3200;

type Outcome = 'agree' | 'violation' | 'stricter-with-reason' | 'stricter-claiming-AO';

interface Row {
  label: string;
  oracle: OracleVerdict;
  errors: Finding[];
  outcome: Outcome;
}

const explainsItself = (f: Finding): boolean => ruleFor(f.code).source !== 'AO' || /Microsoft's validator (accepts|does not check)/.test(render(f.message));

function classify(oracle: OracleVerdict, errors: Finding[]): Outcome {
  if (!oracle.valid) return errors.length ? 'agree' : 'violation';
  if (!errors.length) return 'agree';
  return errors.every(explainsItself) ? 'stricter-with-reason' : 'stricter-claiming-AO';
}

function ourErrors(bytes: Uint8Array): Finding[] {
  const path = 'updater_PhotoEditor.json';
  const { text, encoding } = decodeDocumentBytes(bytes, { path });
  return analyzeDocument({ path, text, encoding }).findings.filter((f) => f.severity === 'error');
}

describe('differential: Test-UpdaterRegistration (Windows PowerShell 5.1) vs expedite check', () => {
  test(`${FILES} generated files: every file Microsoft's validator rejects gets an error here`, () => {
    const rows: Row[] = generateFiles(FILES).map(({ label, bytes }) => {
      const oracle = testUpdaterRegistration(bytes);
      const errors = ourErrors(bytes);
      return { label, oracle, errors, outcome: classify(oracle, errors) };
    });
    const count = (o: Outcome): number => rows.filter((r) => r.outcome === o).length;
    const rejected = rows.filter((r) => !r.oracle.valid).length;
    console.log(`differential: ${rows.length} files, oracle rejects ${rejected} (all of them errors here: ${count('violation') === 0}); agree ${count('agree')} / violations ${count('violation')} / stricter-with-reason ${count('stricter-with-reason')} / stricter-claiming-AO ${count('stricter-claiming-AO')}`);
    const byLine = new Map<number, number>();
    for (const r of rows) if (!r.oracle.valid) byLine.set(r.oracle.line, (byLine.get(r.oracle.line) ?? 0) + 1);
    console.log(`differential: oracle rejections by psm1 line: ${[...byLine].sort((a, b) => a[0] - b[0]).map(([l, n]) => `${l}:${n}`).join(' ')}`);
    for (const r of rows.filter((x) => x.outcome === 'stricter-claiming-AO').slice(0, 15)) {
      console.log(`  stricter, claims AO: ${r.label} → ${r.errors.filter((f) => !explainsItself(f)).map((f) => f.code).join(', ')}`);
    }
    const violations = rows.filter((r) => r.outcome === 'violation');
    assert.deepEqual(
      violations.slice(0, 25).map((r) => `${r.label} — psm1 ${r.oracle.line}: ${r.oracle.reason}`),
      [],
      `${violations.length} files rejected by Microsoft's validator get no error here`,
    );
    assert.ok(rows.length >= 3000 && rejected > 1000, 'the generator covers both verdicts');
  });
});
