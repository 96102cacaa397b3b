// Whether the target holds what a document registers, regardless of order and layout, and the
// target's text laid out in the document's order so that a diff shows only real differences.
// No `vscode` here: unit-tested on strings.
import type { ImportedKey, ImportedValue } from '../../core/reg/model';
import { selectRegistrations, type PlanInput } from '../../backends/plan';
import { keysOf, regTextOf } from '../../backends/regText';

export interface TargetView {
  /** The text for the diff's target side. */
  text: string;
  /** The target holds exactly what the document registers (then `text` is the document's own text). */
  identical: boolean;
}

function valueKey(v: ImportedValue): string {
  return `${v.name.toLowerCase()}\0${v.type}\0${JSON.stringify(v.data)}`;
}

function sameKeys(a: readonly ImportedKey[], b: readonly ImportedKey[]): boolean {
  if (a.length !== b.length) return false;
  const byName = new Map(b.map((k) => [k.key.toLowerCase(), k]));
  return a.every((k) => {
    const other = byName.get(k.key.toLowerCase());
    if (!other || other.values.length !== k.values.length) return false;
    const values = new Set(other.values.map(valueKey));
    return k.values.every((v) => values.has(valueKey(v)));
  });
}

/** `target`'s keys and values in the order `order` has them (the rest after, as read). */
function inOrderOf(target: readonly ImportedKey[], order: readonly ImportedKey[]): ImportedKey[] {
  const rank = new Map(order.map((k, i) => [k.key.toLowerCase(), i]));
  const keyRank = (k: ImportedKey) => rank.get(k.key.toLowerCase()) ?? order.length;
  return [...target]
    .sort((a, b) => keyRank(a) - keyRank(b))
    .map((k) => {
      const source = order[rank.get(k.key.toLowerCase()) ?? -1];
      if (!source) return k;
      const valueRank = new Map(source.values.map((v, i) => [v.name.toLowerCase(), i]));
      const r = (v: ImportedValue) => valueRank.get(v.name.toLowerCase()) ?? source.values.length;
      return { key: k.key, values: [...k.values].sort((a, b) => r(a) - r(b)) };
    });
}

function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return a === b;
  }
}

/** The diff's target side for `input`, given the target's counterpart text (backends/compare.ts). */
export function targetView(input: PlanInput, counterpartText: string): TargetView {
  if (input.analysis.kind !== 'reg') {
    const identical = counterpartText !== '' && sameJson(counterpartText, input.analysis.text);
    return { text: identical ? input.analysis.text : counterpartText, identical };
  }
  const registered: ImportedKey[] = selectRegistrations([input], 'remove').items.flatMap((i) => (i.form === 'registry' ? [{ key: i.key, values: i.values }] : []));
  const target = keysOf(counterpartText);
  if (registered.length > 0 && sameKeys(registered, target)) return { text: input.analysis.text, identical: true };
  return { text: target.length ? regTextOf(inOrderOf(target, registered)) : counterpartText, identical: false };
}
