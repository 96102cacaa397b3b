import { decodeCodePage } from './ansi';
import type { RegEncoding } from './model';

/**
 * Decodes the bytes of a .reg file and says how they were encoded. The text never includes the
 * BOM, so offsets match what the editor shows. Files that are neither UTF-16 nor UTF-8 are read
 * with the ANSI `codePage` (as regedit reads them with the system's; default 1252).
 */
export function decodeRegBytes(bytes: Uint8Array, codePage?: number): { text: string; encoding: RegEncoding } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be-bom' };
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf8-bom' };
  }
  if (looksLikeUtf16le(bytes)) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf16le-nobom' };
  }
  if (hasMultiByteUtf8(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf8' };
  }
  return { text: decodeCodePage(bytes, codePage), encoding: 'ansi' };
}

/** ASCII text as UTF-16LE has a zero in most odd positions (and text files have no NULs otherwise). */
function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 2) return false;
  let oddZeros = 0;
  let evenZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  return oddZeros >= pairs * 0.6 && evenZeros < pairs * 0.1;
}

/** Valid UTF-8 with at least one multi-byte sequence (pure ASCII stays ANSI). */
function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  let multi = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    let extra: number;
    if (b >= 0xc2 && b <= 0xdf) extra = 1;
    else if (b >= 0xe0 && b <= 0xef) extra = 2;
    else if (b >= 0xf0 && b <= 0xf4) extra = 3;
    else return false;
    if (i + extra >= bytes.length) return false;
    for (let k = 1; k <= extra; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    }
    i += extra;
    multi = true;
  }
  return multi;
}
