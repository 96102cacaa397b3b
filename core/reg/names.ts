import type { RegRoot } from './model';

// Registry names compare case-insensitively (Windows upcases them one UTF-16 unit at a time).

/** A comparison key for a key or value name. */
export function foldName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) >= 0x80) return foldSlow(name);
  }
  return name.toUpperCase();
}

function foldSlow(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    const up = ch.toUpperCase();
    out += up.length === 1 ? up : ch;
  }
  return out;
}

export const ROOT_ABBREVIATIONS: ReadonlyArray<readonly [string, RegRoot]> = [
  ['HKLM', 'HKEY_LOCAL_MACHINE'],
  ['HKCU', 'HKEY_CURRENT_USER'],
  ['HKCR', 'HKEY_CLASSES_ROOT'],
  ['HKU', 'HKEY_USERS'],
  ['HKCC', 'HKEY_CURRENT_CONFIG'],
];

export interface RootMatch {
  root: RegRoot;
  /** Characters of the root name as written. */
  length: number;
  abbreviated: boolean;
}

/**
 * The root at `text[start..end)`, matched case-insensitively as Wine's path_get_rootkey does:
 * a long or short name followed by the end or a backslash.
 */
export function matchRoot(text: string, start: number, end: number): RootMatch | undefined {
  for (const [short, long] of ROOT_ABBREVIATIONS) {
    if (matchesAt(text, start, end, long)) return { root: long, length: long.length, abbreviated: false };
    if (matchesAt(text, start, end, short)) return { root: long, length: short.length, abbreviated: true };
  }
  return undefined;
}

function matchesAt(text: string, start: number, end: number, name: string): boolean {
  const stop = start + name.length;
  if (stop > end) return false;
  for (let i = 0; i < name.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== name.charCodeAt(i)) return false;
  }
  return stop === end || text.charCodeAt(stop) === 92;
}
