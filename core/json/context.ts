import { getNodeValue, type Node } from 'jsonc-parser';
import type { Finding } from '../diagnostics/types';
import { asPowerShellReads, foldKey } from './powershell';
import type { JsonForm } from './schemas';

/** One property of the root object. */
export interface Member {
  key: string;
  property: Node;
  keyNode: Node;
  /** Undefined for a property whose value is missing (a syntax error reported already). */
  valueNode?: Node;
}

/** What every rule reads: the tree walked once, the effective value of each key (last one wins, like JSON.parse). */
export interface RuleContext {
  text: string;
  form: JsonForm;
  root: Node;
  members: Member[];
  byKey: Map<string, Member>;
  /** The root as a plain value (what ajv validates). */
  value: Record<string, unknown>;
  findings: Finding[];
  /** Windows PowerShell reads the file in the ANSI code page (it has no byte-order mark): see powerShellString. */
  ansi: boolean;
}

/**
 * `value`: the root's plain value when the caller has it already (JSON.parse on strict text is faster
 * than walking the tree). `ansi`: the file has no byte-order mark (or is not saved yet: VS Code saves
 * UTF-8 without one), so Windows PowerShell reads it in the ANSI code page.
 */
export function createContext(text: string, form: JsonForm, root: Node, value?: Record<string, unknown>, ansi = true): RuleContext {
  const members: Member[] = [];
  const byKey = new Map<string, Member>();
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    const member: Member = { key: keyNode.value, property, keyNode, valueNode };
    members.push(member);
    byKey.set(member.key, member);
  }
  const plain = value ?? ((getNodeValue(root) ?? {}) as Record<string, unknown>);
  return { text, form, root, members, byKey, value: plain, findings: [], ansi };
}

/** A string node (a key or a value) as Windows PowerShell 5.1 reads it (core/json/powershell.ts asPowerShellReads). */
export function powerShellString(ctx: RuleContext, node: Node): string {
  const decoded = typeof node.value === 'string' ? node.value : '';
  if (!ctx.ansi) return decoded;
  return asPowerShellReads(ctx.text.slice(node.offset, node.offset + node.length), decoded, true);
}

/**
 * Case-folded key -> the members spelled that way in any case, in document order (built on demand:
 * most files need none). Folded as PowerShell compares property names (OrdinalIgnoreCase: `ſ` is `S`),
 * as it reads them (in a file without a byte-order mark, a raw `ı` is not `I`).
 */
export function membersByFoldedKey(ctx: RuleContext): Map<string, Member[]> {
  const out = new Map<string, Member[]>();
  for (const m of ctx.members) {
    const folded = foldKey(powerShellString(ctx, m.keyNode));
    const list = out.get(folded);
    if (list) list.push(m);
    else out.set(folded, [m]);
  }
  return out;
}

/** A key present in some spelling. */
export function hasKeyIgnoringCase(ctx: RuleContext, key: string): boolean {
  if (ctx.byKey.has(key)) return true;
  const folded = foldKey(key);
  return ctx.members.some((m) => foldKey(powerShellString(ctx, m.keyNode)) === folded);
}

/** The effective value of `key` when it has the JSON type wanted. */
export function stringAt(ctx: RuleContext, key: string): string | undefined {
  const v = ctx.value[key];
  return typeof v === 'string' ? v : undefined;
}

export function booleanAt(ctx: RuleContext, key: string): boolean | undefined {
  const v = ctx.value[key];
  return typeof v === 'boolean' ? v : undefined;
}

export function integerAt(ctx: RuleContext, key: string): number | undefined {
  const v = ctx.value[key];
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** The node a JSON pointer (ajv's instancePath) designates, through the effective members. */
export function nodeAtPointer(ctx: RuleContext, pointer: string): Node | undefined {
  if (pointer === '') return ctx.root;
  const parts = pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = ctx.byKey.get(parts[0])?.valueNode;
  for (const part of parts.slice(1)) {
    if (!node) return undefined;
    if (node.type === 'array') node = node.children?.[Number(part)];
    else if (node.type === 'object') node = [...(node.children ?? [])].reverse().find((p) => p.children?.[0]?.value === part)?.children?.[1];
    else return undefined;
  }
  return node;
}
