// The split of a document's diagnostics over owners (core/diagnostics/shards.ts), against a
// recording stand-in of the workbench's marker store that keeps owners in the order VS Code's does
// (an owner that sets markers for a file comes last unless it has some there already; one that
// clears them leaves). What it must show: an edit sets only the owners whose part changed, the
// owners together always hold exactly the list, and above VS Code's 500 drawn markers the owners
// are read errors first, then by line.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DRAWN_MARKERS, linesPerShard, MAX_SHARDS, ShardedDiagnostics } from '../../core/diagnostics/shards';

interface Diag {
  line: number;
  error: boolean;
  id: number;
}

/** The workbench's markers of one file, owner by owner in its reading order, and the calls made. */
function markerStore() {
  const owners = new Map<number, readonly Diag[]>();
  const calls: Array<{ shard: number; op: 'set' | 'delete'; count: number }> = [];
  const sinkOf = (shard: number) => ({
    set: (_uri: string, items: readonly Diag[]) => {
      calls.push({ shard, op: 'set', count: items.length });
      owners.set(shard, items); // Map.set keeps an existing key's place, as the marker service's map does.
    },
    delete: () => {
      calls.push({ shard, op: 'delete', count: 0 });
      owners.delete(shard);
    },
  });
  const read = () => [...owners.values()].flat();
  return { owners, calls, sinkOf, read };
}

const byPosition = (a: Diag, b: Diag) => a.line - b.line || a.id - b.id;

function sharded() {
  const store = markerStore();
  const shards = new ShardedDiagnostics<string, Diag>(store.sinkOf, (d) => d, (u) => u);
  return { store, shards };
}

/** One warning per registration of a .reg like the benchmark's (4 lines each), and an error at the top. */
function benchList(registrations: number): Diag[] {
  return [{ line: 2, error: true, id: -1 }, ...Array.from({ length: registrations }, (_, i) => ({ line: 4 * i + 1, error: false, id: i }))];
}

describe('diagnostics split over owners', () => {
  test('a new finding among 1,001 sets one owner with a few items, not the whole list', () => {
    const { store, shards } = sharded();
    const before = benchList(1000);
    shards.set('file:///bench.reg', before);
    store.calls.length = 0;
    const added: Diag = { line: 4 * 500 + 2, error: true, id: 5000 };
    const after = [...before.slice(0, 501), added, ...before.slice(501)];
    shards.set('file:///bench.reg', after);
    assert.deepEqual(store.calls, [{ shard: 0, op: 'set', count: 2 }]);
    // And away again: the same owner, back to one.
    store.calls.length = 0;
    shards.set('file:///bench.reg', before);
    assert.deepEqual(store.calls, [{ shard: 0, op: 'set', count: 1 }]);
  });

  test('a changed warning sets only the owner of its lines', () => {
    const { store, shards } = sharded();
    const before = benchList(1000);
    shards.set('u', before);
    store.calls.length = 0;
    const after = before.map((d) => (d.id === 700 ? { ...d } : d));
    shards.set('u', after);
    assert.equal(store.calls.length, 1);
    assert.equal(store.calls[0].op, 'set');
    assert.ok(store.calls[0].count <= Math.ceil((4 * 1000) / (MAX_SHARDS - 1)), `${store.calls[0].count} items sent`);
    assert.deepEqual([...store.read()].sort(byPosition), [...after].sort(byPosition));
  });

  test('owners first given in the order they are read: errors, then by line, whatever the order of the list', () => {
    const { store, shards } = sharded();
    // A warning on line 0 comes before the first error in the list; the errors' owner must still be read first.
    const list = [{ line: 0, error: false, id: 0 }, { line: 10, error: true, id: 1 }, ...benchList(600).slice(1).map((d) => ({ ...d, line: d.line + 20, id: d.id + 2 }))];
    shards.set('u', list);
    const keys = [...store.owners.keys()];
    assert.equal(keys[0], 0, `owners read in the order ${keys.join(', ')}`);
    assert.deepEqual(keys, [...keys].sort((a, b) => a - b));
    assert.equal(store.read()[0].error, true);
  });

  test('the same objects again set nothing', () => {
    const { store, shards } = sharded();
    const list = benchList(300);
    shards.set('u', list);
    store.calls.length = 0;
    shards.set('u', [...list]);
    assert.deepEqual(store.calls, []);
  });

  test('lines per owner grow in powers of two and keep the owners under the bound', () => {
    for (const last of [0, 63, 1000, 4000, 20000, 1_000_000]) {
      const n = linesPerShard(last);
      assert.ok(Number.isInteger(Math.log2(n)), `${n} lines`);
      assert.ok(1 + Math.floor(last / n) < MAX_SHARDS, `last line ${last}: shard ${1 + Math.floor(last / n)}`);
    }
  });

  test('any sequence of lists: the owners hold exactly the list, errors and lines in reading order above 500', () => {
    // Each step's new findings fall in a few of ten regions of 300 lines, so owners empty and come back.
    const step = fc.record({ regions: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 1 }), count: fc.nat({ max: 900 }), errorEvery: fc.nat({ max: 6 }) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        const { store, shards } = sharded();
        let id = 0;
        let pool: Diag[] = [];
        for (const { regions, count, errorEvery } of steps) {
          const fresh = Array.from({ length: count }, (_, i) => ({
            line: regions[i % regions.length] * 300 + ((i * 7) % 300),
            error: errorEvery > 0 && i % errorEvery === 0,
            id: id++,
          }));
          // Keep some of the previous objects (a pull reuses unchanged diagnostics), drop the rest.
          const list = [...pool.filter((d) => d.id % 3 === 0 && regions.includes(Math.floor(d.line / 300))), ...fresh].sort(byPosition);
          shards.set('u', list);
          assert.deepEqual([...store.read()].sort(byPosition), list);
          assert.deepEqual(shards.get('u') ?? [], list);
          if (list.length > DRAWN_MARKERS) {
            const keys = [...store.owners.keys()];
            assert.deepEqual(keys, [...keys].sort((a, b) => a - b), 'owners out of order');
            const read = store.read();
            const firstWarning = read.findIndex((d) => !d.error);
            assert.ok(firstWarning < 0 || read.slice(firstWarning).every((d) => !d.error), 'an error after a warning');
          }
          pool = list;
        }
        shards.delete('u');
        assert.deepEqual(store.read(), []);
        assert.equal(shards.get('u'), undefined);
      }),
      { seed: 20261201, numRuns: 200 },
    );
  });
});
