// The delta of pulled diagnostics (core/diagnostics/delta.ts): runs of the previous list by
// identity and new items, and the list rebuilt from them equals the new list.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyDelta, deltaOf, newItemCount } from '../../core/diagnostics/delta';

describe('diagnostics deltas', () => {
  test('one changed item among many: one run, the item, one run', () => {
    const before = Array.from({ length: 1000 }, (_, i) => ({ i }));
    const after = [...before];
    after[500] = { i: -1 };
    const segments = deltaOf(before, after);
    assert.deepEqual(segments, [{ from: 0, count: 500 }, { items: [{ i: -1 }] }, { from: 501, count: 499 }]);
    assert.equal(newItemCount(segments), 1);
  });

  test('rebuilding from any old and new list gives the new list, reusing the old objects', async () => {
    const pool = Array.from({ length: 30 }, (_, i) => ({ i }));
    const list = fc.array(fc.nat({ max: 29 }), { maxLength: 40 }).map((ix) => [...new Set(ix)].map((i) => pool[i]));
    const fresh = fc.array(fc.nat({ max: 5 }), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(list, list, fresh, fc.array(fc.nat(), { maxLength: 8 }), async (before, kept, added, at) => {
        const after = [...kept];
        added.forEach((n, k) => after.splice((at[k] ?? 0) % (after.length + 1), 0, { i: 100 + n }));
        const segments = deltaOf(before, after);
        const converted = (items: Array<{ i: number }>) => items.map((x) => ({ ...x }));
        const rebuilt = await applyDelta(before, segments, converted);
        assert.deepEqual(rebuilt, after);
        rebuilt?.forEach((x, k) => {
          if (before.includes(after[k])) assert.equal(x, after[k], 'a kept item is the same object');
        });
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });

  test('a delta made for another list is refused, not half applied', async () => {
    const convert = (items: unknown[]) => items;
    assert.equal(await applyDelta([1, 2], [{ from: 1, count: 5 }], convert), undefined);
    assert.equal(await applyDelta([1, 2], [{ from: -1, count: 1 }], convert), undefined);
    assert.equal(await applyDelta([1, 2], 'nonsense', convert), undefined);
    assert.equal(await applyDelta([1, 2], [{ what: 1 }], convert), undefined);
    assert.deepEqual(await applyDelta([1, 2], [], convert), []);
  });
});
