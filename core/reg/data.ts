import { decodeAnsi } from './ansi';
import type { RegData, RegTypeName } from './model';

// Value types and the decoding of hex data into the data shapes of `expedite values` (contracts.md).

export const REG_NONE = 0;
export const REG_SZ = 1;
export const REG_EXPAND_SZ = 2;
export const REG_BINARY = 3;
export const REG_DWORD = 4;
export const REG_DWORD_BIG_ENDIAN = 5;
export const REG_LINK = 6;
export const REG_MULTI_SZ = 7;
export const REG_QWORD = 0xb;

const TYPE_NAMES: readonly RegTypeName[] = [
  'REG_NONE', 'REG_SZ', 'REG_EXPAND_SZ', 'REG_BINARY', 'REG_DWORD', 'REG_DWORD_BIG_ENDIAN', 'REG_LINK', 'REG_MULTI_SZ',
  'REG_RESOURCE_LIST', 'REG_FULL_RESOURCE_DESCRIPTOR', 'REG_RESOURCE_REQUIREMENTS_LIST', 'REG_QWORD',
];

export function regTypeName(code: number): RegTypeName {
  return code < TYPE_NAMES.length ? TYPE_NAMES[code] : `hex(${code.toString(16)})`;
}

/** The type code of a contract type name (`hex(N)` included); undefined for anything else. */
export function regTypeCode(name: string): number | undefined {
  const i = TYPE_NAMES.indexOf(name as RegTypeName);
  if (i >= 0) return i;
  const m = /^hex\(([0-9a-f]{1,8})\)$/.exec(name);
  return m ? parseInt(m[1], 16) : undefined;
}

export const HEX_PAIRS: readonly string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

const HEX_CODES = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

/** Lowercase hex of `bytes[0..n)`, built flat (a `+=` chain would leave a rope of tiny strings). */
export function bytesToHex(bytes: Uint8Array, n: number): string {
  let out = '';
  const chunk: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    chunk.push(HEX_CODES[b >> 4], HEX_CODES[b & 15]);
    if (chunk.length >= 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** UTF-16LE code units of `bytes[0..n)`, up to the first NUL when `stopAtNul`. */
function decodeUtf16(bytes: Uint8Array, n: number, stopAtNul: boolean): string {
  let out = '';
  let chunk: number[] = [];
  for (let i = 0; i + 1 < n; i += 2) {
    const unit = bytes[i] | (bytes[i + 1] << 8);
    if (unit === 0 && stopAtNul) break;
    chunk.push(unit);
    if (chunk.length === 4096) {
      out += String.fromCharCode(...chunk);
      chunk = [];
    }
  }
  return out + String.fromCharCode(...chunk);
}

function ansiUpToNul(bytes: Uint8Array, n: number): string {
  let end = 0;
  while (end < n && bytes[end] !== 0) end++;
  return decodeAnsi(bytes, 0, end);
}

/** REG_MULTI_SZ text (NUL-separated, as stored) to its strings: the final terminators are not entries. */
export function splitMultiString(stored: string): string[] {
  let s = stored;
  if (s.endsWith('\0')) s = s.slice(0, -1);
  if (s.endsWith('\0')) s = s.slice(0, -1);
  return s === '' ? [] : s.split('\0');
}

/**
 * Decodes the bytes of `hex(N):` data. String types (1, 2, 7) are UTF-16LE in UTF-16 files and
 * ANSI otherwise (the importer widens them); REG_LINK is stored as written, read as UTF-16LE.
 * Strings end at their first NUL, as `reg export` and regedit show them.
 */
export function decodeHexData(bytes: Uint8Array, n: number, type: number, unicode: boolean): RegData {
  switch (type) {
    case REG_SZ:
    case REG_EXPAND_SZ:
      return unicode ? decodeUtf16(bytes, n, true) : ansiUpToNul(bytes, n);
    case REG_MULTI_SZ:
      return splitMultiString(unicode ? decodeUtf16(bytes, n, false) : decodeAnsi(bytes, 0, n));
    case REG_LINK:
      return decodeUtf16(bytes, n, true);
    case REG_DWORD:
      return littleEndian(bytes, Math.min(n, 4));
    case REG_DWORD_BIG_ENDIAN: {
      let v = 0;
      for (let i = 0; i < 4; i++) v = v * 256 + (i < n ? bytes[i] : 0);
      return v;
    }
    case REG_QWORD: {
      let v = 0n;
      for (let i = Math.min(n, 8) - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
      return v.toString();
    }
    default:
      return bytesToHex(bytes, n);
  }
}

function littleEndian(bytes: Uint8Array, count: number): number {
  let v = 0;
  for (let i = count - 1; i >= 0; i--) v = v * 256 + bytes[i];
  return v;
}
