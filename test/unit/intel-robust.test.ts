import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../core/analyze';
import { completionsAt } from '../../core/intel/completion';
import { hoverAt } from '../../core/intel/hover';

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
