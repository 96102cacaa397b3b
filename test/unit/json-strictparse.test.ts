import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseTree, type Node } from 'jsonc-parser';
import { parseStrictJson } from '../../core/json/strictParse';

/** The fields rules read, without parent links (cyclic). */
function shape(node: Node | undefined): unknown {
  if (!node) return undefined;
  return { type: node.type, offset: node.offset, length: node.length, value: node.type === 'object' || node.type === 'array' || node.type === 'property' ? undefined : node.value, colonOffset: node.colonOffset, children: node.children?.map(shape) };
}

test('strict JSON parses to the same tree as jsonc-parser', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t', ' \r\n'), (value, indent) => {
      const text = typeof indent === 'string' && indent.includes('\r') ? JSON.stringify(value, null, 1).replace(/\n/g, '\r\n') : JSON.stringify(value, null, indent);
      const strict = parseStrictJson(text);
      assert.ok(strict, text);
      assert.deepEqual(shape(strict), shape(parseTree(text)));
    }),
    { numRuns: 300 },
  );
});

test('parents are linked like jsonc-parser links them', () => {
  const root = parseStrictJson('{"a": [1, {"b": true}]}');
  const property = root?.children?.[0];
  assert.equal(property?.parent, root);
  assert.equal(property?.children?.[1].parent, property);
  assert.equal(property?.children?.[1].children?.[1].parent, property?.children?.[1]);
});

test('anything but strict JSON is left to the lenient parser', () => {
  for (const text of ['', ' ', '{"a":1,}', '[1,]', '{"a":1} // c', '/* c */ {}', "{'a':1}", '{"a":01}', '{"a":1.}', '{"a":.5}', '{"a":"\t"}', '{"a":"\\x"}', '{"a":NaN}', '{"a" 1}', '{"a":1}}', '{"a":tru}', '"unterminated', '{a:1}', '[1 2]', '\ufeff{}']) {
    assert.equal(parseStrictJson(text), undefined, JSON.stringify(text));
  }
  assert.equal(parseStrictJson('['.repeat(10000) + ']'.repeat(10000)), undefined);
});
