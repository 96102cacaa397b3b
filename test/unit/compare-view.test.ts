// Compare with Target: the target's side in the file's order, and "identical" when only order and
// layout differ (client/apply/sameContent.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../core/analyze';
import { keysOf, regTextOf } from '../../backends/regText';
import { targetView } from '../../client/apply/sameContent';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const PAYLOAD = '"{\\"PFN\\":\\"Fabrikam.PhotoStudio_qavgzrv0bsdkw\\",\\"Endpoint\\":\\"https://downloads.fabrikam.com/oobe/app.msix\\"}"';
const FILE = [
  'Windows Registry Editor Version 5.00',
  '',
  '; Fabrikam apps',
  `[${KEY}\\Fabrikam_B]`,
  `"expeditedPayload"=${PAYLOAD}`,
  '"updaterPriority"=dword:00000014',
  '',
  '',
  `[${KEY}\\Fabrikam_A]`,
  '"updaterPriority"=dword:0000000a',
  `"expeditedPayload"=${PAYLOAD.replace('PhotoStudio', 'Other')}`,
  '',
].join('\r\n');

function input(text: string) {
  const analysis = analyzeDocument({ path: 'typed.reg', text, languageId: 'reg' });
  return { path: 'typed.reg', analysis, bytes: new TextEncoder().encode(text) };
}

/** What the target returns after applying: regedit's layout, keys sorted, values in its own order. */
function exported(text: string): string {
  const keys = keysOf(text).sort((a, b) => a.key.localeCompare(b.key)).map((k) => ({ ...k, values: [...k.values].reverse() }));
  return regTextOf(keys);
}

describe('Compare with Target', () => {
  test('after an apply, other order and blank lines count as identical: the target side is the file itself', () => {
    const view = targetView(input(FILE), exported(FILE));
    assert.equal(view.identical, true);
    assert.equal(view.text, FILE);
  });

  test('a changed value is not identical, and the target side follows the file\'s key and value order', () => {
    const view = targetView(input(FILE), exported(FILE.replace('dword:00000014', 'dword:00000015')));
    assert.equal(view.identical, false);
    const b = view.text.indexOf('Fabrikam_B]');
    const a = view.text.indexOf('Fabrikam_A]');
    assert.ok(b > 0 && a > b, view.text);
    const block = view.text.slice(b, a);
    assert.ok(block.indexOf('"expeditedPayload"') < block.indexOf('"updaterPriority"=dword:00000015'), block);
  });

  test('nothing on the target is not identical', () => {
    assert.equal(targetView(input(FILE), '').identical, false);
  });

  test('a registration file staged with other whitespace is identical', () => {
    const json = '{\n  "PFN": "A.B_qavgzrv0bsdkw",\n  "Priority": 2\n}\n';
    const analysis = analyzeDocument({ path: 'updater_B.json', text: json, languageId: 'json' });
    const view = targetView({ path: 'updater_B.json', analysis, bytes: new TextEncoder().encode(json) }, '{"PFN":"A.B_qavgzrv0bsdkw","Priority":2}');
    assert.deepEqual(view, { text: json, identical: true });
  });
});
