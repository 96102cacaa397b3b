import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findNodeAtOffset, getNodePath, parseTree } from 'jsonc-parser';
import { analyzeDocument } from '../../core/analyze';
import { completionsAt } from '../../core/intel/completion';
import { hoverAt } from '../../core/intel/hover';
import { jsonCursorAt } from '../../core/intel/jsonCursor';

const KEY = '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\A]\r\n';
const pieces = ['{', '"expeditedPayload"="{\\', '}', '[', ']', '"', '\\', '\\"', ':', ',', ' ', '\r\n', '\n', 'PFN', 'ExcludedRegions', 'IncludedEditions', '48', 'UK', 'true', '=', 'dword:', '@', ';', '"expeditedPayload"="', '"updaterPriority"=', KEY, 'Windows Registry Editor Version 5.00\r\n'];
const documents = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

function checkAt(kind: 'reg' | 'json', text: string, offset: number): void {
  const analysis = analyzeDocument({ path: kind === 'reg' ? 'file:///w/a.reg' : 'file:///w/updater_A.json', text, languageId: kind });
  for (const item of completionsAt(analysis, offset, { locale: 'ko' })) {
    assert.ok(item.replace.start <= offset && offset <= item.replace.end, `replace ${JSON.stringify(item.replace)} holds the cursor ${offset}`);
    assert.ok(!/[\r\n]/.test(text.slice(item.replace.start, item.replace.end)), 'the replaced range is on one line');
  }
  const hover = hoverAt(analysis, offset, { registrations: analysis.registrations });
  if (hover) assert.ok(hover.span.start <= offset && offset <= hover.span.end && hover.span.end <= text.length);
}

test('completions and hovers never throw, and their ranges hold the cursor on one line, on any text at any offset', () => {
  fc.assert(
    fc.property(documents, fc.nat(), fc.constantFrom<'reg' | 'json'>('reg', 'json'), (text, n, kind) => {
      checkAt(kind, text, n % (text.length + 1));
    }),
    { numRuns: 1500 },
  );
});

test('on valid JSON the cursor\'s property and role agree with jsonc-parser\'s tree', () => {
  const keys = ['PFN', 'Source', 'Scenario', 'ExcludedRegions', 'IncludedEditions', 'Priority', 'AllowedInOobe'];
  const value = fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), fc.array(fc.nat(99), { maxLength: 3 }));
  const objects = fc.dictionary(fc.constantFrom(...keys), value, { minKeys: 1 });
  fc.assert(
    fc.property(objects, fc.nat(), fc.boolean(), (object, n, pretty) => {
      const text = JSON.stringify(object, null, pretty ? 2 : undefined);
      const root = parseTree(text)!;
      const offset = n % (text.length + 1);
      const node = findNodeAtOffset(root, offset);
      // Strictly inside a string, or on a word-like literal: that token decides.
      if (!node || node.type === 'object' || node.type === 'array' || node.type === 'property') return;
      if (node.type === 'string' && (offset === node.offset || offset === node.offset + node.length)) return;
      if (node.type !== 'string' && offset === node.offset) return;
      const path = getNodePath(node);
      const cursor = jsonCursorAt(text, offset);
      const isKey = node.parent?.type === 'property' && node.parent.children?.[0] === node;
      if (isKey) {
        assert.equal(cursor.role, 'key', `${text} @${offset}`);
      } else {
        assert.equal(cursor.role, 'value', `${text} @${offset}`);
        assert.ok(cursor.role === 'value' && cursor.property === path[0] && cursor.inArray === (path.length === 2), `${text} @${offset}: ${JSON.stringify(cursor)} vs ${JSON.stringify(path)}`);
      }
    }),
    { numRuns: 2000 },
  );
});
