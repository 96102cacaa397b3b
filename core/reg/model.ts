import type { Finding, Span } from '../diagnostics/types';

/** How the bytes of a .reg file were encoded (decided from its first bytes). */
export type RegEncoding = 'utf16le-bom' | 'utf16le-nobom' | 'utf16be-bom' | 'utf8-bom' | 'utf8' | 'ansi';

export type RegHeader = 'REGEDIT5' | 'REGEDIT4' | 'other-regedit' | 'invalid';

export type RegRoot = 'HKEY_LOCAL_MACHINE' | 'HKEY_CURRENT_USER' | 'HKEY_CLASSES_ROOT' | 'HKEY_USERS' | 'HKEY_CURRENT_CONFIG';

/** REG_* type names as contracts.md prints them; `hex(N)` for N > 0xb. */
export type RegTypeName =
  | 'REG_NONE' | 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_BINARY' | 'REG_DWORD' | 'REG_DWORD_BIG_ENDIAN'
  | 'REG_LINK' | 'REG_MULTI_SZ' | 'REG_RESOURCE_LIST' | 'REG_FULL_RESOURCE_DESCRIPTOR'
  | 'REG_RESOURCE_REQUIREMENTS_LIST' | 'REG_QWORD' | `hex(${string})`;

/** Decoded value data, in the JSON shape of `expedite values` (contracts.md). */
export type RegData = string | number | string[];

/** A quoted string in the document, with the map from decoded characters back to the source. */
export interface RegStringLiteral {
  /** Between the quotes, in the document. */
  contentSpan: Span;
  /** The decoded text (escapes resolved). */
  value: string;
  /** Document offset of decoded offset `i` (0..value.length; value.length maps to the closing quote). */
  sourceOffset(i: number): number;
}

export interface RegValueEntry {
  /** '' for the default value (`@` or `""`). */
  name: string;
  nameSpan: Span;
  /** `"name"=-`: deletes the value. */
  isDelete: boolean;
  /** Numeric type: 1 for a string, 4 for dword:, N for hex(N):, 3 for hex:. Undefined for deletions. */
  typeCode?: number;
  type?: RegTypeName;
  /** Decoded data (contract shape); undefined for deletions and values the importer drops. */
  data?: RegData;
  /** The data part (after `=`), across continuation lines. */
  dataSpan: Span;
  /** The whole entry, across continuation lines. */
  span: Span;
  /** For string data: the literal, so nested JSON findings map back to exact characters. */
  stringLiteral?: RegStringLiteral;
  /** The importer drops this line (an error finding explains why). */
  dropped: boolean;
  /** For a quoted name: the literal (escapes resolved), so findings can point inside it. */
  nameLiteral?: RegStringLiteral;
}

export interface RegKeyEntry {
  /** The key path as written, without brackets and without the leading `-` of a deletion. */
  path: string;
  /** The path with the root in its long form (what `reg export` prints). */
  fullPath: string;
  root?: RegRoot;
  /** `[-HKEY_...]`: deletes the key recursively. */
  isDelete: boolean;
  /** The key line. */
  lineSpan: Span;
  /** The path inside the brackets. */
  pathSpan: Span;
  /** From the key line to the end of its last value (for folding, outline, symbols). */
  blockSpan: Span;
  values: RegValueEntry[];
  /** The importer drops the key and its values (unknown root, bad syntax). */
  dropped: boolean;
  /**
   * The importer skips the key line itself (`[ HKEY…]`, no `]`) without closing the key
   * opened before it: the values below land in that previous key.
   */
  lineIgnored?: boolean;
  /**
   * Whether a segment of the path is `UScheduler_OOBE` (any case), known from the parse without
   * building the path: `false` lets a reader looking for registrations skip the key (and the
   * cost of its path string); undefined when unknown. Always false for a key whose root is unknown.
   */
  readonly mentionsOrchestrator?: boolean;
}

export interface RegDocument {
  header: RegHeader;
  headerSpan: Span;
  encoding?: RegEncoding;
  keys: RegKeyEntry[];
  /** Values written before the first key line (dropped by the importer). */
  valuesBeforeFirstKey?: RegValueEntry[];
  /** Format findings (reg-format.md); registry-form findings come from core/registry. */
  findings: Finding[];
}

/** What importing the file into an empty registry leaves: contract shape of `expedite values`. */
export interface ImportedValue {
  name: string;
  type: RegTypeName;
  data: RegData;
}

export interface ImportedKey {
  key: string;
  values: ImportedValue[];
}
