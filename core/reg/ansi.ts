// ANSI code pages: how regedit and `reg import` read a REGEDIT4 file that is not UTF-16 — with the
// system's ANSI code page (1252 on Western Windows and in Wine's default locale, 949 on Korean
// Windows, ...). Windows-1252 is decoded by hand: Node's TextDecoder maps 0x80..0x9f like Latin-1,
// so those 32 bytes come from this table. The others use Node's TextDecoder (ICU).

/** The ANSI code pages a REGEDIT4 file can be read with, and their WHATWG encoding labels. */
export const ANSI_CODE_PAGES: ReadonlyMap<number, string> = new Map([
  [874, 'windows-874'],
  [932, 'shift_jis'],
  [936, 'gbk'],
  [949, 'euc-kr'],
  [950, 'big5'],
  ...[1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258].map((cp): [number, string] => [cp, `windows-${cp}`]),
]);

export const DEFAULT_CODE_PAGE = 1252;

export function isSupportedCodePage(codePage: number): boolean {
  return ANSI_CODE_PAGES.has(codePage);
}

const decoders = new Map<number, TextDecoder>();

/** Decodes ANSI bytes with a code page (1252 when absent or unsupported). */
export function decodeCodePage(bytes: Uint8Array, codePage = DEFAULT_CODE_PAGE): string {
  const label = codePage === DEFAULT_CODE_PAGE ? undefined : ANSI_CODE_PAGES.get(codePage);
  if (label === undefined) return decodeAnsi(bytes);
  let decoder = decoders.get(codePage);
  if (!decoder) decoders.set(codePage, (decoder = new TextDecoder(label)));
  return decoder.decode(bytes);
}
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

let encodeTable: Map<number, number> | undefined;

export function decodeAnsi(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  let chunk: number[] = [];
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    chunk.push(b >= 0x80 && b < 0xa0 ? HIGH_CONTROLS[b - 0x80] : b);
    if (chunk.length === 4096) {
      out += String.fromCharCode(...chunk);
      chunk = [];
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** Encodes to windows-1252; characters it cannot hold become `?` (as WideCharToMultiByte's default). */
export function encodeAnsi(text: string): Uint8Array {
  if (!encodeTable) {
    encodeTable = new Map();
    HIGH_CONTROLS.forEach((code, i) => encodeTable!.set(code, 0x80 + i));
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 0x80 || (c >= 0xa0 && c < 0x100) ? c : (encodeTable.get(c) ?? 0x3f);
  }
  return out;
}

/** What Wine stores for UTF-8 text it reads as ANSI: each UTF-8 byte becomes one windows-1252 character. */
export function mangleUtf8AsAnsi(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) return decodeAnsi(new TextEncoder().encode(text));
  }
  return text;
}
