// Value-by-value comparison of what our importer model says with what Wine's registry holds.
import { readFileSync } from 'node:fs';
import { decodeRegBytes } from '../../core/reg/decode';
import type { ImportedKey, ImportedValue } from '../../core/reg/model';
import { parseReg } from '../../core/reg/parse';
import { importedValues } from '../../core/reg/values';
import type { WinePrefix } from '../helpers/winePrefix';

export function importedOfBytes(bytes: Uint8Array): ImportedKey[] {
  const { text, encoding } = decodeRegBytes(bytes);
  return importedValues(parseReg(text, encoding));
}

/** A Linux path as Wine's drive Z: sees it. */
export function winePath(path: string): string {
  return `Z:${path.replace(/\//g, '\\')}`;
}

/** `reg export` of `key` parsed back, or [] when the key does not exist. */
export async function exportedKeys(prefix: WinePrefix, key: string, outFile: string): Promise<ImportedKey[]> {
  const run = await prefix.reg('export', key, winePath(outFile), '/y');
  if (run.code !== 0) return [];
  return importedOfBytes(readFileSync(outFile));
}

function within(key: string, sandbox: string): boolean {
  const k = key.toLowerCase();
  const s = sandbox.toLowerCase();
  return k === s || k.startsWith(`${s}\\`);
}

function valueText(v: ImportedValue): string {
  return `${v.type} ${JSON.stringify(v.data)}`;
}

/**
 * Differences between our keys and the exported ones below `sandbox`. Keys we list must exist
 * with exactly our values (names with their spelling, types, data); keys only Wine lists must be
 * value-less parents the import created on the way.
 */
export function differences(ours: readonly ImportedKey[], theirs: readonly ImportedKey[], sandbox: string): string[] {
  const out: string[] = [];
  const theirsByKey = new Map(theirs.filter((k) => within(k.key, sandbox)).map((k) => [k.key.toLowerCase(), k]));
  const oursByKey = new Map(ours.filter((k) => within(k.key, sandbox)).map((k) => [k.key.toLowerCase(), k]));
  for (const [id, key] of oursByKey) {
    const other = theirsByKey.get(id);
    if (!other) {
      out.push(`missing in the registry: [${key.key}]`);
      continue;
    }
    if (other.key !== key.key) out.push(`key spelling: ours [${key.key}], registry [${other.key}]`);
    const theirValues = new Map(other.values.map((v) => [v.name.toLowerCase(), v]));
    for (const v of key.values) {
      const t = theirValues.get(v.name.toLowerCase());
      if (!t) out.push(`[${key.key}] "${v.name}": ours ${valueText(v)}, registry has no such value`);
      else if (t.name !== v.name || valueText(t) !== valueText(v)) out.push(`[${key.key}] "${v.name}": ours ${valueText(v)}, registry "${t.name}" ${valueText(t)}`);
      theirValues.delete(v.name.toLowerCase());
    }
    for (const t of theirValues.values()) out.push(`[${key.key}] "${t.name}": registry ${valueText(t)}, not in ours`);
  }
  for (const [id, key] of theirsByKey) {
    if (!oursByKey.has(id) && key.values.length) out.push(`registry has [${key.key}] with ${key.values.length} value(s) we do not list`);
  }
  return out;
}
