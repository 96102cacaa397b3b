import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MinHeap } from '../../core/simulate/heap';

test('the scheduler heap pops in order for any input, interleaved with pushes', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant<'pop'>('pop')), { maxLength: 200 }), (ops) => {
      const heap = new MinHeap<number>((a, b) => a < b);
      const model: number[] = [];
      for (const op of ops) {
        if (op === 'pop') {
          model.sort((a, b) => a - b);
          assert.equal(heap.pop(), model.shift());
        } else {
          heap.push(op);
          model.push(op);
        }
        assert.equal(heap.size, model.length);
      }
      model.sort((a, b) => a - b);
      assert.deepEqual([...heap.drain()].sort((a, b) => a - b), model);
      assert.equal(heap.size, 0);
    }),
  );
});
