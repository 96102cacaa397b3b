// What a person typed into a combobox (device region, edition), read as one of its entries:
// the code itself ("gb"), the shown label's start ("GB — Uni"), or the name's start ("united k").
import type { NamedCode } from './protocol';

export function typedChoice<T extends string | number>(entries: readonly NamedCode<T>[], typed: string): NamedCode<T> | undefined {
  const text = typed.trim().toLowerCase();
  if (!text) return undefined;
  return (
    entries.find((e) => String(e.code).toLowerCase() === text) ??
    entries.find((e) => `${e.code} — ${e.name}`.toLowerCase().startsWith(text)) ??
    entries.find((e) => e.name.toLowerCase().startsWith(text))
  );
}
