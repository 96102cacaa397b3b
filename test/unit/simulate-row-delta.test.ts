// The preview's rows sent as a delta (core/simulate/rowDelta.ts, server/features/simulate.ts):
// patching the table held with the delta gives the new table, and only changed rows travel.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { patchRows, rowDeltaOf, rowDeltaProblem, rowsSent } from '../../core/simulate/rowDelta';
import type { LocatedSimulationResult, SimulationRowsAnswer } from '../../core/simulate/result';
import { SimulationTables } from '../../server/features/simulate';
import { knownResult } from './panel-fixtures';

type Row = { name: string; rank: number; pfn: string };
const key = (r: Row) => JSON.stringify(r);

/** Tables over a small pool of rows, so the old and the new share many rows, in and out of order. */
const pool = fc.array(fc.record({ name: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), rank: fc.nat({ max: 6 }), pfn: fc.constantFrom('x', 'y') }).map((r) => ({ ...r })), { maxLength: 30 });

const texts = { notList: () => 'not a list', badSegment: (k: number) => `bad ${k}`, pastEnd: (k: number) => `past ${k}` };

describe('row deltas', () => {
  test('patching the old table with the delta gives the new table; a row travels only when its content is not in the old one', () => {
    fc.assert(
      fc.property(pool, pool, (before, after) => {
        const segments = rowDeltaOf(before.map(key), after, after.map(key));
        assert.deepEqual(patchRows(before, segments), after);
        const oldKeys = new Set(before.map(key));
        assert.equal(rowsSent(segments), after.filter((r) => !oldKeys.has(key(r))).length);
        assert.equal(rowDeltaProblem(JSON.parse(JSON.stringify(segments)), before.length, () => undefined, texts), undefined, 'a delta survives JSON and validates');
      }),
      { seed: 20261201, numRuns: 500 },
    );
  });

  test('one edited row of 1,000: one row sent, the rest as runs of the old table', () => {
    const before: Row[] = Array.from({ length: 1000 }, (_, i) => ({ name: `R${i}`, rank: i + 1, pfn: `P${i}` }));
    const after = before.map((r, i) => (i === 500 ? { ...r, pfn: 'Pa500' } : r));
    const segments = rowDeltaOf(before.map(key), after, after.map(key));
    assert.deepEqual(segments, [{ from: 0, count: 500 }, { items: [after[500]] }, { from: 501, count: 499 }]);
  });

  test('a delta for another table is refused: runs past its end, malformed segments', () => {
    assert.equal(patchRows([1, 2], [{ from: 1, count: 2 }]), undefined);
    assert.equal(rowDeltaProblem([{ from: 1, count: 2 }], 2, () => undefined, texts), 'past 0');
    assert.equal(rowDeltaProblem('x', 2, () => undefined, texts), 'not a list');
    assert.equal(rowDeltaProblem([{ items: [] }, { from: -1, count: 1 }], 2, () => undefined, texts), 'bad 1');
    assert.equal(rowDeltaProblem([{ from: 0, count: 0 }], 2, () => undefined, texts), 'bad 0');
    assert.equal(rowDeltaProblem([{ items: [{}, 'row'] }], 0, (row, i) => (typeof row === 'string' ? `row ${i}` : undefined), texts), 'row 1');
  });
});

describe('the server answers the table the client holds with the rows that changed', () => {
  const withPfn = (result: LocatedSimulationResult, index: number, pfn: string): LocatedSimulationResult => ({
    ...result,
    registrations: result.registrations.map((r, i) => (i === index ? { ...r, pfn } : r)),
  });

  test('no previous id: the whole table with a result id; the held id: only the changed row; an unknown id: the whole table', () => {
    const tables = new SimulationTables();
    const first = tables.answer(knownResult(), undefined) as LocatedSimulationResult;
    assert.equal(first.registrations.length, 5);
    assert.equal(typeof first.resultId, 'string');
    const edited = withPfn(knownResult(), 2, 'Fabrikam.Arm2_8wekyb3d8bbwe');
    const second = tables.answer(edited, first.resultId) as SimulationRowsAnswer;
    assert.ok('rowsDelta' in second, 'a rows answer');
    assert.equal(second.rowsDelta.base, first.resultId);
    assert.notEqual(second.resultId, first.resultId);
    assert.deepEqual(second.rowsDelta.segments, [{ from: 0, count: 2 }, { items: [edited.registrations[2]] }, { from: 3, count: 2 }]);
    assert.equal('order' in second || 'registrations' in second, false, 'order and registrations are the rows: left out');
    assert.deepEqual(patchRows(first.registrations, second.rowsDelta.segments), edited.registrations);
    const unknown = tables.answer(edited, 'no-such-table') as LocatedSimulationResult;
    assert.equal(unknown.registrations.length, 5, 'the whole table');
    assert.equal((tables.answer(edited, 42) as LocatedSimulationResult).registrations.length, 5, 'a previous id that is not a string: the whole table');
  });

  test('a few tables are kept: an answer the client dropped still leaves it a base; older ones are forgotten', () => {
    const tables = new SimulationTables(3);
    const held = tables.answer(knownResult(), undefined) as LocatedSimulationResult;
    tables.answer(knownResult(), undefined);
    assert.ok('rowsDelta' in tables.answer(knownResult(), held.resultId), 'two answers later the held table is still known');
    tables.answer(knownResult(), undefined);
    tables.answer(knownResult(), undefined);
    assert.ok(!('rowsDelta' in tables.answer(knownResult(), held.resultId)), 'forgotten after three newer tables');
  });

  test('a row whose offsets moved (a character typed above it) is not sent again; the notes only when they changed', () => {
    const tables = new SimulationTables();
    const first = tables.answer(knownResult(), undefined) as LocatedSimulationResult;
    const moved = knownResult();
    moved.registrations = moved.registrations.map((r) => ({ ...r, span: { start: r.span.start + 1, end: r.span.end + 1 }, nameSpan: { start: r.nameSpan.start + 1, end: r.nameSpan.end + 1 } }));
    const second = tables.answer(moved, first.resultId) as SimulationRowsAnswer;
    assert.deepEqual(second.rowsDelta.segments, [{ from: 0, count: 5 }]);
    assert.equal(second.notes, undefined, 'the same notes: left out');
    const renoted = tables.answer({ ...knownResult(), notes: ['A new note'] }, second.resultId) as SimulationRowsAnswer;
    assert.deepEqual(renoted.notes, ['A new note']);
  });
});
