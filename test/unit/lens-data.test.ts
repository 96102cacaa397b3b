// The data an unresolved code lens carries: the server writes it, the server and the extension
// (which hides Apply lenses in untrusted workspaces) read it back from whatever the client sends.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lensData, LENS_KINDS, readLensData } from '../../core/intel/lensData';

describe('code lens data', () => {
  test('reads back what it wrote, for each lens of a registration', () => {
    for (const kind of LENS_KINDS) assert.deepEqual(readLensData(lensData(12, 999, kind)), { answer: 12, registration: 999, kind });
    assert.deepEqual(lensData(12, 999, 'apply'), [12, 999, 2], 'a short tuple: three thousand of them per answer at 1,000 registrations');
  });

  test('anything else is not lens data', () => {
    for (const data of [undefined, null, 'x', 3, {}, { answer: 1, registration: 0, kind: 0 }, [], [1, 2], [1, 2, 3, 4], [1, 0, 3], [1, 0, -1], [-1, 0, 0], [1.5, 0, 0], [1e20, 0, 0], ['1', 0, 0], [1, 0, null]]) {
      assert.equal(readLensData(data), undefined, JSON.stringify(data));
    }
  });
});
