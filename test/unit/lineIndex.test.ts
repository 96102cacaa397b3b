import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../core/text/lineIndex';

test('LineIndex counts CRLF, LF and lone CR as line ends, as LSP does', () => {
  const text = 'a\r\nbc\nd\re';
  const index = new LineIndex(text);
  assert.equal(index.lineCount, 4);
  assert.deepEqual(index.positionAt(text.indexOf('c')), { line: 1, character: 1 });
  assert.deepEqual(index.positionAt(text.indexOf('e')), { line: 3, character: 0 });
  assert.equal(index.offsetAt({ line: 2, character: 0 }), text.indexOf('d'));
  assert.equal(index.offsetAt({ line: 0, character: 99 }), 3, 'a character past the line end clamps to the next line start');
});
