import type { RegRoot } from './model';

// Names compare as Windows compares them: one case folder for the whole product.
export { foldName, sameName } from '../text/caseFold';

export const ROOT_ABBREVIATIONS: ReadonlyArray<readonly [string, RegRoot]> = [
  ['HKLM', 'HKEY_LOCAL_MACHINE'],
  ['HKCU', 'HKEY_CURRENT_USER'],
  ['HKCR', 'HKEY_CLASSES_ROOT'],
  ['HKU', 'HKEY_USERS'],
  ['HKCC', 'HKEY_CURRENT_CONFIG'],
];

/** The long root names, in ROOT_ABBREVIATIONS order. */
const LONG_NAMES: readonly string[] = ROOT_ABBREVIATIONS.map(([, long]) => long);

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
  const code = matchRootCode(text, start, end);
  if (code === 0) return undefined;
  const [short, long] = ROOT_ABBREVIATIONS[(code & ROOT_INDEX) - 1];
  const abbreviated = (code & ROOT_ABBREVIATED) !== 0;
  return { root: long, length: abbreviated ? short.length : long.length, abbreviated };
}

/** Low bits of a root code: 1 + the root's index in ROOT_ABBREVIATIONS (0: no root). */
export const ROOT_INDEX = 7;
/** Set in a root code when the root is written in its short form (HKLM...). */
export const ROOT_ABBREVIATED = 8;

/** Set in a root code when the long root is written exactly (in capitals): fullPath is then the path itself. */
export const ROOT_VERBATIM = 16;

/** matchRoot as a number (no allocation: it runs once per key line). */
export function matchRootCode(text: string, start: number, end: number): number {
  // Every root starts with H: one comparison rejects most non-roots.
  if ((text.charCodeAt(start) | 0x20) !== 104) return 0;
  // Most files write the long name exactly: one native comparison each. (No other root's long
  // or short name can match where a long name matches, so the order below is kept.)
  for (let i = 0; i < LONG_NAMES.length; i++) {
    const long = LONG_NAMES[i];
    const stop = start + long.length;
    if (stop <= end && text.startsWith(long, start) && (stop === end || text.charCodeAt(stop) === 92)) return (i + 1) | ROOT_VERBATIM;
  }
  for (let i = 0; i < ROOT_ABBREVIATIONS.length; i++) {
    const names = ROOT_ABBREVIATIONS[i];
    const long = matchAt(text, start, end, names[1]);
    if (long !== 0) return long === 2 ? (i + 1) | ROOT_VERBATIM : i + 1;
    if (matchAt(text, start, end, names[0]) !== 0) return (i + 1) | ROOT_ABBREVIATED;
  }
  return 0;
}

/** The long root name of a root code (undefined for 0). */
export function rootOfCode(code: number): RegRoot | undefined {
  return LONG_ROOTS[code & ROOT_INDEX];
}

const LONG_ROOTS: readonly (RegRoot | undefined)[] = [undefined, ...ROOT_ABBREVIATIONS.map(([, long]) => long)];
const LONG_LENGTHS: readonly number[] = [0, ...ROOT_ABBREVIATIONS.map(([, long]) => long.length)];
const SHORT_LENGTHS: readonly number[] = [0, ...ROOT_ABBREVIATIONS.map(([short]) => short.length)];

/** Characters of the root as written, for a root code. */
export function rootLengthOfCode(code: number): number {
  return (code & ROOT_ABBREVIATED ? SHORT_LENGTHS : LONG_LENGTHS)[code & ROOT_INDEX];
}

/** 0: no match; 1: `name` ignoring case, then the end or a backslash; 2: the same, written exactly. */
function matchAt(text: string, start: number, end: number, name: string): number {
  const stop = start + name.length;
  if (stop > end) return 0;
  let exact = 2;
  for (let i = 0; i < name.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 97 && c <= 122) {
      c -= 32;
      exact = 1;
    }
    if (c !== name.charCodeAt(i)) return 0;
  }
  return stop === end || text.charCodeAt(stop) === 92 ? exact : 0;
}
