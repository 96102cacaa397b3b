// A region code's reason in a hover: the English words of checkRegion, byte for byte, and Korean.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRegion } from '../../core/data/regions';
import { regionMarkdown } from '../../core/intel/hover';
import { render } from '../../core/rules/render';

const HANGUL = /[\uAC00-\uD7A3]/;
// Every way checkRegion rejects a code: alpha-3 (with and without an alpha-2), malformed, spaces,
// lowercase (assigned and XK), UK/EL, reserved, user-assigned, unassigned.
const CODES = ['GBR', 'ABC', 'G1', ' GB', 'gb', 'xk', 'UK', 'EL', 'AN', 'DD', 'QM', 'ZZ', 'XA', 'JQ', 'AB'];

describe('region reasons in hovers', () => {
  for (const code of CODES) {
    test(`${JSON.stringify(code)}: English equals checkRegion's reason; Korean is Korean`, () => {
      const check = checkRegion(code);
      assert.equal(check.valid, false);
      const en = render(regionMarkdown(code, 'en'), 'en');
      assert.ok(en.includes(`is not a valid region: ${check.reason}.`), en);
      const ko = render(regionMarkdown(code, 'ko'), 'ko');
      assert.match(ko, HANGUL);
      assert.ok(!ko.includes(check.reason), ko);
    });
  }
});
