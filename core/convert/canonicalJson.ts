import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { PAYLOAD_KEYS } from './keys';

/**
 * The payload as one canonical line: `{"PFN": "...", "Endpoint": "...", "ExcludedRegions": ["GB"]}`,
 * known keys in documented order, then the others as written. Literals keep their source text.
 * Undefined when the text is not a strict JSON object or repeats a key (reordering would then
 * change which duplicate wins).
 */
export function canonicalPayload(text: string): string | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || root?.type !== 'object') return undefined;
  return printValue(root, text, true);
}

function printValue(node: Node, text: string, ordered: boolean): string | undefined {
  switch (node.type) {
    case 'object': {
      const members: { key: string; printed: string }[] = [];
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) return undefined;
        const printed = printValue(valueNode, text, false);
        if (printed === undefined) return undefined;
        members.push({ key: keyNode.value as string, printed: `${sourceOf(keyNode, text)}: ${printed}` });
      }
      if (new Set(members.map((m) => m.key)).size !== members.length) return undefined;
      if (ordered) members.sort((a, b) => rank(a.key) - rank(b.key));
      return `{${members.map((m) => m.printed).join(', ')}}`;
    }
    case 'array': {
      const items = (node.children ?? []).map((child) => printValue(child, text, false));
      if (items.some((i) => i === undefined)) return undefined;
      return `[${items.join(', ')}]`;
    }
    default:
      return sourceOf(node, text);
  }
}

function sourceOf(node: Node, text: string): string {
  return text.slice(node.offset, node.offset + node.length);
}

/** Documented keys first, in order; unknown keys keep their relative order (the sort is stable). */
function rank(key: string): number {
  const index = PAYLOAD_KEYS.indexOf(key);
  return index < 0 ? PAYLOAD_KEYS.length : index;
}
