// The .reg text the backends read and write, through the project's own parser and writer.
import type { ImportedKey } from '../core/reg/model';
import { decodeRegBytes } from '../core/reg/decode';
import { HEADER_V5, parseReg } from '../core/reg/parse';
import { importedValues } from '../core/reg/values';
import { escapeRegString } from '../core/reg/escape';
import { writeReg } from '../core/reg/write';
import { checkedKey } from './regCommands';

/** Decodes what `reg export` wrote (UTF-16LE with BOM). */
export function decodeExport(bytes: Uint8Array): string {
  return decodeRegBytes(bytes).text;
}

/** What a .reg text (typically a `reg export`) holds, after deletions and last-assignment-wins. */
export function keysOf(regText: string): ImportedKey[] {
  return importedValues(parseReg(regText));
}

/** A regedit-style document (version 5 header) that sets exactly `keys`. */
export function regTextOf(keys: readonly ImportedKey[]): string {
  return writeReg([...keys]);
}

/**
 * One .reg document for a batched import: deletes each key of `deletes` (with its subkeys), removes
 * the named values of `valueDeletes`, then sets exactly `keys`. Keys are distinct per batch, so the
 * order (all deletions first) is the same as running them one by one.
 */
export function batchImportText(deletes: readonly string[], keys: readonly ImportedKey[], valueDeletes: readonly { key: string; names: readonly string[] }[] = []): string {
  const parts = [`${HEADER_V5}\r\n`];
  for (const key of deletes) parts.push(`\r\n[-${checkedKey(key)}]\r\n`);
  for (const { key, names } of valueDeletes) {
    parts.push(`\r\n[${checkedKey(key)}]\r\n`);
    for (const name of names) parts.push(name === '' ? '@=-\r\n' : `"${escapeRegString(name)}"=-\r\n`);
  }
  // writeReg's document minus its header: the same key and value lines.
  parts.push(writeReg([...keys]).slice(HEADER_V5.length + 2));
  return parts.join('');
}
