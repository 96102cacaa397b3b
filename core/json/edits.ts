import type { Node } from 'jsonc-parser';
import type { Span, TextEdit } from '../diagnostics/types';

/** Minimal, local TextEdits on JSON text. The registry form maps them into escaped .reg strings, so they touch as little as possible. */

export function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

export function replaceNode(node: Node, newText: string): TextEdit {
  return { span: spanOf(node), newText };
}

/** Deletes one member of an object or array together with the comma that separates it. */
/** Each parent's children by node, built once per parsed tree: a file with thousands of duplicates asks for each. */
const childIndexes = new WeakMap<Node, Map<Node, number>>();

function indexAmongSiblings(member: Node, siblings: Node[]): number {
  const parent = member.parent;
  if (!parent?.children) return siblings.indexOf(member);
  let index = childIndexes.get(parent);
  if (!index) {
    index = new Map(parent.children.map((child, i) => [child, i]));
    childIndexes.set(parent, index);
  }
  return index.get(member) ?? -1;
}

export function deleteMember(member: Node, text: string): TextEdit {
  const siblings = member.parent?.children ?? [member];
  const i = indexAmongSiblings(member, siblings);
  if (i >= 0 && i + 1 < siblings.length) {
    // Up to the next member: takes the comma and the line break, keeps the next member's indentation.
    return { span: { start: lineStartIfBlank(text, member.offset), end: lineStartIfBlank(text, siblings[i + 1].offset) }, newText: '' };
  }
  // The last member: take the comma before it, and a trailing comma after it (an error of its own) too.
  const end = afterTrailingComma(text, member.offset + member.length);
  if (i > 0) {
    const prev = siblings[i - 1];
    return { span: { start: prev.offset + prev.length, end }, newText: '' };
  }
  return { span: { start: member.offset, end }, newText: '' };
}

function afterTrailingComma(text: string, offset: number): number {
  let j = offset;
  while (j < text.length && /\s/.test(text[j])) j++;
  return text[j] === ',' ? j + 1 : offset;
}

/** The start of the line when only whitespace precedes `offset` on it, so a deletion removes whole lines. */
function lineStartIfBlank(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i > 0 && (text[i - 1] === '\n' || text[i - 1] === '\r') ? i : offset;
}

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : '';
}

function indentBefore(text: string, offset: number): string {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return text.slice(i, offset);
}

/** Inserts `"key": valueText` as the last property of `object`, matching its layout. */
export function insertProperty(object: Node, key: string, valueText: string, text: string): TextEdit {
  const member = `${JSON.stringify(key)}: ${valueText}`;
  const props = object.children ?? [];
  const nl = lineBreakOf(text);
  if (props.length > 0) {
    const last = props[props.length - 1];
    const sameLine = nl === '' || !text.slice(object.offset, last.offset).includes('\n');
    const sep = sameLine ? ', ' : `,${nl}${indentBefore(text, last.offset)}`;
    return { span: { start: last.offset + last.length, end: last.offset + last.length }, newText: `${sep}${member}` };
  }
  const open = object.offset + 1;
  const inner = text.slice(open, object.offset + object.length - 1);
  if (nl && inner.includes('\n')) return { span: { start: open, end: open }, newText: `${nl}  ${member}` };
  return { span: { start: open, end: open }, newText: ` ${member} ` };
}

/** Applies non-overlapping edits to `text` (any order). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
