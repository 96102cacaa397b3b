// Lexing of .reg text: the character classes, line ends, blanks, string and hex runs and numbers
// as Wine's importer (programs/reg/import.c) reads them. No findings here: the readers above use it.

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const QUOTE = 34;
export const HASH = 35;
export const PLUS = 43;
export const COMMA = 44;
export const MINUS = 45;
export const SEMI = 59;
export const EQUALS = 61;
export const AT = 64;
export const LBRACKET = 91;
export const BACKSLASH = 92;
export const RBRACKET = 93;

/** Characters that end a plain run inside a quoted string (every UTF-16 code unit is an index). */
const S_QUOTE = 1;
const S_LINE_BREAK = 3;
const STRING_CHAR = new Uint8Array(0x10000);
STRING_CHAR[QUOTE] = S_QUOTE;
STRING_CHAR[BACKSLASH] = 2;
STRING_CHAR[CR] = S_LINE_BREAK;
STRING_CHAR[LF] = S_LINE_BREAK;

/** The one hex reader: the value of a hex digit for every UTF-16 code unit, -1 for the rest (no range check needed). */
export const HEX_DIGIT = new Int8Array(0x10000).fill(-1);
for (let c = 48; c <= 57; c++) HEX_DIGIT[c] = c - 48;
for (let c = 0; c < 6; c++) HEX_DIGIT[65 + c] = HEX_DIGIT[97 + c] = 10 + c;

/** The value of a hex digit, -1 for any other character code (or NaN past the end of a text). */
export function hexDigit(c: number): number {
  return c >= 0 && c < 0x10000 ? HEX_DIGIT[c] : -1;
}

export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** The decimal value of `text[start..end)` when it is all decimal digits (so it reads differently as hex), else undefined. */
export function decimalReading(text: string, start: number, end: number): number | undefined {
  const digits = text.slice(start, end);
  return /^[0-9]+$/.test(digits) ? Number(digits) : undefined;
}

/** A DWORD as regedit writes it: 8 lowercase hex digits. */
export function canonical(v: number): string {
  return (v >>> 0).toString(16).padStart(8, '0');
}

/** Whether text[start, start + upper.length) is `upper` ignoring ASCII case (`upper` is upper case). */
export function segmentIs(text: string, start: number, upper: string): boolean {
  for (let i = 0; i < upper.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== upper.charCodeAt(i)) return false;
  }
  return true;
}

/** What msvcrt's wcstoul(s, &end, 16) read. */
export interface HexNumber {
  readonly value: number;
  /** After the digits; `s` itself when there were none. */
  readonly end: number;
  readonly overflow: boolean;
  readonly digits: number;
  readonly digitStart: number;
  /** After leading whitespace: where a sign or 0x would start. */
  readonly tokenStart: number;
}

/** Hex data written as regedit writes it: where it ends and how many bytes it has. */
export interface CanonicalHex {
  readonly end: number;
  readonly bytes: number;
}

/**
 * The text, read by position. Line breaks, quotes and backslashes are found with cached native
 * searches: positions only grow during a scan, so each character is searched once.
 */
export class RegLexer {
  protected readonly len: number;
  private nextLf = -1;
  private nextCr = -1;
  private quoteAt = -1;
  private backslashAt = -1;

  constructor(readonly text: string) {
    this.len = text.length;
  }

  /** End of the line starting at `pos` (index of its CR/LF, or the text length). Amortised linear. */
  lineEnd(pos: number): number {
    const text = this.text;
    // Two cached native searches: each line break is found once (cheaper than a lone-CR regex).
    if (this.nextLf < pos) {
      const i = text.indexOf('\n', pos);
      this.nextLf = i < 0 ? this.len : i;
    }
    if (this.nextCr < pos) {
      const i = text.indexOf('\r', pos);
      this.nextCr = i < 0 ? this.len : i;
    }
    return this.nextLf < this.nextCr ? this.nextLf : this.nextCr;
  }

  nextLine(lineEnd: number): number {
    if (lineEnd >= this.len) return this.len + 1;
    return this.text.charCodeAt(lineEnd) === CR && this.text.charCodeAt(lineEnd + 1) === LF ? lineEnd + 2 : lineEnd + 1;
  }

  trimEnd(start: number, end: number): number {
    while (end > start && isBlank(this.text.charCodeAt(end - 1))) end--;
    return end;
  }

  skipBlank(pos: number, end: number): number {
    while (pos < end && isBlank(this.text.charCodeAt(pos))) pos++;
    return pos;
  }

  quoteFrom(from: number, limit: number): number {
    if (this.quoteAt < from) {
      const i = this.text.indexOf('"', from);
      this.quoteAt = i < 0 ? this.len : i;
    }
    return this.quoteAt < limit ? this.quoteAt : limit;
  }

  backslashFrom(from: number, limit: number): number {
    if (this.backslashAt < from) {
      const i = this.text.indexOf('\\', from);
      this.backslashAt = i < 0 ? this.len : i;
    }
    return this.backslashAt < limit ? this.backslashAt : limit;
  }

  /**
   * Where a string from `from` ends (after its closing quote) when it needs no finding: on its
   * line, no escape but `\\\\` and `\\"` (none at all in a name: they count in its length and
   * its comparison). -1 otherwise (the full reading then decides). One table lookup per character.
   */
  plainStringEnd(from: number, escapes: boolean): number {
    const text = this.text;
    const len = this.len;
    for (let i = from; i < len; i++) {
      const kind = STRING_CHAR[text.charCodeAt(i)];
      if (kind === 0) continue;
      if (kind === S_QUOTE) return i + 1;
      if (kind === S_LINE_BREAK || !escapes) return -1;
      const e = text.charCodeAt(++i);
      if (e !== BACKSLASH && e !== QUOTE) return -1;
    }
    return -1;
  }

  /**
   * Where hex data from `s` ends when it is written as regedit writes it: `xx,` bytes, lines
   * continued with `,\` right at their end onto (indented) lines that start with a byte, the last
   * line ending right after its data, with its byte count; undefined otherwise (the line-by-line
   * reading then decides). One forward pass over char codes: this form
   * never needs to look back, and a hand loop beats a native regex match plus a second count.
   */
  canonicalHex(s: number): CanonicalHex | undefined {
    const text = this.text;
    const len = this.len;
    let i = s;
    let n = 0;
    for (;;) {
      // The bulk: `xx,` (every char code is below 65536, so the table needs no range check).
      while (i + 2 < len && text.charCodeAt(i + 2) === COMMA && (HEX_DIGIT[text.charCodeAt(i)] | HEX_DIGIT[text.charCodeAt(i + 1)]) >= 0) {
        i += 3;
        n++;
      }
      if (i >= len) break;
      const c = text.charCodeAt(i);
      if (HEX_DIGIT[c] >= 0) {
        // The last byte: two digits, then the end of the line.
        if (i + 1 >= len || HEX_DIGIT[text.charCodeAt(i + 1)] < 0) return undefined;
        i += 2;
        n++;
        if (i < len && text.charCodeAt(i) !== CR && text.charCodeAt(i) !== LF) return undefined;
        break;
      }
      if (c !== BACKSLASH) {
        if (c !== CR && c !== LF) return undefined;
        break;
      }
      // `\` then a line break, indentation, and a line that starts with a byte.
      let q = i + 1;
      const b = text.charCodeAt(q);
      if (b === CR) q += text.charCodeAt(q + 1) === LF ? 2 : 1;
      else if (b === LF) q++;
      else return undefined;
      while (q < len && isBlank(text.charCodeAt(q))) q++;
      if (q >= len || HEX_DIGIT[text.charCodeAt(q)] < 0) return undefined;
      i = q;
    }
    return { end: i, bytes: n };
  }

  /**
   * msvcrt's wcstoul(s, &end, 16): leading whitespace, a sign, an optional 0x, then hex digits.
   * No digits at all: end = s and value 0.
   */
  wcstoul(s: number, limit: number): HexNumber {
    const text = this.text;
    let i = s;
    while (i < limit) {
      const c = text.charCodeAt(i);
      if (c === SPACE || (c >= 9 && c <= 13)) i++;
      else break;
    }
    const tokenStart = i;
    let negative = false;
    const sign = text.charCodeAt(i);
    if (sign === PLUS || sign === MINUS) {
      negative = sign === MINUS;
      i++;
    }
    if (text.charCodeAt(i) === 48 && (text.charCodeAt(i + 1) | 0x20) === 120 && i + 1 < limit) i += 2;
    const digitStart = i;
    let value = 0;
    let overflow = false;
    while (i < limit) {
      const v = hexDigit(text.charCodeAt(i));
      if (v < 0) break;
      value = value * 16 + v;
      if (value > 0xffffffff) overflow = true;
      i++;
    }
    const digits = i - digitStart;
    if (digits === 0) return { value: 0, end: s, overflow: false, digits, digitStart, tokenStart };
    if (negative && value !== 0) value = overflow ? 0xffffffff : 0x100000000 - value;
    return { value: overflow ? 0xffffffff : value, end: i, overflow, digits, digitStart, tokenStart };
  }
}
