// The .reg text the backends read and write, through the project's own parser and writer.
import type { ImportedKey } from '../core/reg/model';
import { decodeRegBytes } from '../core/reg/decode';
import { parseReg } from '../core/reg/parse';
import { importedValues } from '../core/reg/values';
import { writeReg } from '../core/reg/write';

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
