// Hex data (`hex:`, `hex(N):`) and its continuation lines, with the findings of reg-format.md
// about bytes, continuations and sizes: Wine's hex_data_state, convert_hex_csv_to_hex,
// eol_backslash_state and hex_multiline_state.
import { report } from '../diagnostics/catalogue';
import type { Finding, Span, TextEdit } from '../diagnostics/types';
import type { RuleMessage } from '../rules/rule';
import * as rules from '../rules/reg';
import { decodeHexData, HEX_PAIRS, REG_DWORD, REG_DWORD_BIG_ENDIAN, REG_EXPAND_SZ, REG_MULTI_SZ, REG_QWORD, REG_SZ, regTypeName } from './data';
import { AT, BACKSLASH, COMMA, HASH, HEX_DIGIT, hexDigit, LBRACKET, QUOTE, RegLexer, SEMI } from './lex';
import type { RegValueEntry } from './model';

type HexLineStatus = 0 | 1 | 2;
const DONE = 0;
const CONTINUE = 1;
const INVALID = 2;

/** One line of hex bytes as read: how it ended, where its data ends, and its continuation backslash (-1: none). */
interface HexLine {
  readonly status: HexLineStatus;
  readonly dataEnd: number;
  readonly backslash: number;
}

/** A value's hex data as read: where the next line starts, and whether the value imports. */
export interface HexRead {
  readonly next: number;
  readonly ok: boolean;
}

/** Spans of the value being read are updated in place (the main pass reuses one value object). */
export function setSpan(span: Span, start: number, end: number): void {
  span.start = start;
  span.end = end;
}

/** Until a scanner reads hex data: one scanner is made per key whose values are read, most never need a buffer. */
const NO_BYTES = new Uint8Array(0);

export abstract class HexDataReader extends RegLexer {
  readonly findings: Finding[] = [];
  private bytes = NO_BYTES;
  private byteCount = 0;
  /** Bytes of the current hex value written with one digit, a sign or 0x: their two-digit rewrite. */
  private byteFixes: TextEdit[] | undefined;

  constructor(
    text: string,
    /** hex(1)/hex(2)/hex(7) bytes are UTF-16LE (else ANSI). */
    readonly unicode: boolean,
  ) {
    super(text);
  }

  /** Whether the value being read is kept (so its decoded data is worth building). */
  protected abstract keeps(): boolean;

  protected trailingHash(r: number, trimmed: number): void {
    this.findings.push(report(rules.regTrailingHash.message.found(), { start: r, end: trimmed }, {
      fixes: [{ title: rules.regTexts.makeSemicolonComment(), edits: [{ span: { start: r, end: r + 1 }, newText: ';' }], safeForFixAll: true }],
    }));
  }

  protected growBytes(atLeast = 0): void {
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, atLeast, 256));
    grown.set(this.bytes);
    this.bytes = grown;
  }

  /**
   * Hex data from `s` to the end of the line, then continuation lines, as Wine's hex_data_state,
   * convert_hex_csv_to_hex, eol_backslash_state and hex_multiline_state do: where the next line
   * starts and whether the value imports.
   */
  protected hexData(value: RegValueEntry, d: number, s: number, type: number, le: number, trimmed: number): HexRead {
    const text = this.text;
    this.byteCount = 0;
    this.byteFixes = undefined;
    if (s < trimmed && !this.keeps()) {
      // The validating pass: data as regedit writes it is checked (and its bytes counted) in one loop.
      const canonical = this.canonicalHex(s);
      if (canonical) {
        if (this.needsByteCount(type)) this.checkHexSize(d, canonical.end, type, canonical.bytes);
        return this.endHex(value, d, canonical.end, canonical.end, true);
      }
    }
    let lineEnd = le;
    let end = trimmed; // the first line's trailing whitespace was trimmed by the importer
    let dataEnd = trimmed;
    let pos = s;
    if (s < end) {
      for (;;) {
        const line = this.hexLine(pos, end);
        dataEnd = line.dataEnd;
        if (line.status === INVALID) return this.endHex(value, d, dataEnd, lineEnd, false);
        if (line.status === DONE) break;
        // After the backslash: only whitespace or a comment (eol_backslash_state).
        const backslash = line.backslash;
        const r = this.skipBlank(backslash + 1, lineEnd);
        if (r < lineEnd && text.charCodeAt(r) !== SEMI) {
          const rest = this.trimEnd(r, lineEnd);
          this.findings.push(report(rules.regContinuationTrailingText.message.found(), { start: r, end: rest }));
          return this.endHex(value, d, dataEnd, lineEnd, false);
        }
        // hex_multiline_state: skip blank and comment lines; the next one must start with a hex digit.
        let next = this.nextLine(lineEnd);
        let found = false;
        while (next <= this.len) {
          const nle = this.lineEnd(next);
          const q = this.skipBlank(next, nle);
          lineEnd = nle;
          if (q < nle && text.charCodeAt(q) !== SEMI) {
            if (hexDigit(text.charCodeAt(q)) < 0) {
              this.danglingContinuation(backslash, q, nle);
              return this.endHex(value, d, dataEnd, lineEnd, false);
            }
            pos = q;
            end = nle; // continuation lines are not trimmed: trailing blanks matter there
            found = true;
            break;
          }
          next = this.nextLine(nle);
        }
        if (!found) break; // end of file: the importer stores what it has
      }
    }
    const n = this.byteCount;
    this.checkHexSize(d, dataEnd, type, n);
    if (this.keeps()) value.data = decodeHexData(this.bytes, n, type, this.unicode);
    return this.endHex(value, d, dataEnd, lineEnd, true);
  }

  /** Whether checkHexSize needs the byte count of this type. */
  protected needsByteCount(type: number): boolean {
    return type === REG_DWORD || type === REG_DWORD_BIG_ENDIAN || type === REG_QWORD || (this.unicode && (type === REG_SZ || type === REG_EXPAND_SZ || type === REG_MULTI_SZ));
  }

  protected endHex(value: RegValueEntry, d: number, dataEnd: number, lineEnd: number, ok: boolean): HexRead {
    const edits = this.byteFixes;
    if (edits) {
      this.byteFixes = undefined;
      const first = edits[0];
      const written = this.text.slice(first.span.start, first.span.end);
      const messages = rules.regHexByteFormat.message;
      const byte = first.newText;
      const message = edits.length === 1 ? messages.one({ written, byte }) : edits.length === 2 ? messages.oneMore({ written, byte }) : messages.many({ written, byte, count: edits.length - 1 });
      this.findings.push(report(message, first.span, {
        fixes: [{ title: edits.length > 1 ? rules.regTexts.writeEveryByte() : rules.regTexts.write({ text: byte }), edits, safeForFixAll: true }],
      }));
    }
    setSpan(value.dataSpan, d, dataEnd);
    value.span.end = dataEnd;
    return { next: this.nextLine(lineEnd), ok };
  }

  protected checkHexSize(d: number, dataEnd: number, type: number, n: number): void {
    const messages = rules.regHexSize.message;
    let message: RuleMessage | undefined;
    if ((type === REG_DWORD || type === REG_DWORD_BIG_ENDIAN) && n !== 4) message = messages.dword({ type: regTypeName(type), count: n });
    else if (type === REG_QWORD && n !== 8) message = messages.qword({ count: n });
    else if ((type === REG_SZ || type === REG_EXPAND_SZ || type === REG_MULTI_SZ) && this.unicode && n % 2 === 1) message = messages.odd({ type: regTypeName(type), count: n });
    if (message) this.findings.push(report(message as RuleMessage<'reg-hex-size'>, { start: d, end: dataEnd }));
  }

  protected danglingContinuation(backslash: number, q: number, nle: number): void {
    const text = this.text;
    const lineEndOfSwallowed = this.trimEnd(q, nle);
    const c = text.charCodeAt(q);
    const what = c === LBRACKET ? 'keyLine' : c === QUOTE || c === AT ? 'valueLine' : 'line';
    this.findings.push(report(rules.regContinuationDangling.message[what](), { start: backslash, end: backslash + 1 }, {
      fixes: [{ title: rules.regTexts.removeStrayBackslash(), edits: [{ span: { start: backslash, end: backslash + 1 }, newText: '' }] }],
      related: [{ span: { start: q, end: lineEndOfSwallowed }, message: rules.regTexts.swallowedLine() }],
    }));
    this.findings.push(report(rules.regLineSwallowed.message[what](), { start: q, end: lineEndOfSwallowed }, {
      related: [{ span: { start: backslash, end: backslash + 1 }, message: rules.regTexts.danglingBackslash() }],
    }));
  }

  /** One line of hex bytes (convert_hex_csv_to_hex). */
  protected hexLine(s: number, end: number): HexLine {
    const text = this.text;
    let dataEnd = s;
    while (s < end) {
      // The common case, runs of `xx,` as regedit writes them.
      let i = s;
      const keep = this.keeps();
      for (;;) {
        const a = text.charCodeAt(i);
        const b = text.charCodeAt(i + 1);
        if (text.charCodeAt(i + 2) !== COMMA || i + 3 > end) break;
        const hi = HEX_DIGIT[a];
        const lo = HEX_DIGIT[b];
        if ((hi | lo) < 0) break;
        if (keep) {
          if (this.byteCount === this.bytes.length) this.growBytes();
          this.bytes[this.byteCount] = (hi << 4) | lo;
        }
        this.byteCount++;
        i += 3;
      }
      if (i > s) {
        dataEnd = i;
        s = i;
        continue;
      }
      // Two hex digits then a comma or the end: no wcstoul needed.
      const h1 = hexDigit(text.charCodeAt(s));
      const h2 = h1 >= 0 ? hexDigit(text.charCodeAt(s + 1)) : -1;
      if (h2 >= 0 && s + 2 <= end) {
        const after = s + 2 < end ? text.charCodeAt(s + 2) : -1;
        if (after === COMMA || after === -1) {
          if (this.byteCount === this.bytes.length) this.growBytes();
          this.bytes[this.byteCount++] = (h1 << 4) | h2;
          if (after === -1) {
            return { status: DONE, dataEnd: s + 2, backslash: -1 };
          }
          dataEnd = s + 3;
          s += 3;
          continue;
        }
      }
      const num = this.wcstoul(s, end);
      if (num.digits === 0) {
        const r = this.skipBlank(s, end);
        const c = r < end ? text.charCodeAt(r) : -1;
        if (c === BACKSLASH) {
          return { status: CONTINUE, dataEnd: r + 1, backslash: r };
        }
        if (c === SEMI) return { status: DONE, dataEnd, backslash: -1 };
        this.badHexToken(s, r, end, c);
        return { status: INVALID, dataEnd: r < end ? this.trimEnd(r, end) : end, backslash: -1 };
      }
      const e = num.end;
      if (num.overflow || num.value > 0xff) {
        this.findings.push(report(rules.regHexByteInvalid.message.tooBig({ byte: text.slice(num.digitStart, e) }), { start: num.digitStart, end: e }));
        return { status: INVALID, dataEnd: e, backslash: -1 };
      }
      const byte = num.value;
      if (this.byteCount === this.bytes.length) this.growBytes();
      this.bytes[this.byteCount++] = byte;
      if (num.digits !== 2 || num.digitStart !== num.tokenStart) {
        // One finding per value (a pasted dump can have thousands of such bytes), fixing them all.
        if (!this.byteFixes) this.byteFixes = [];
        this.byteFixes.push({ span: { start: num.tokenStart, end: e }, newText: HEX_PAIRS[byte] });
      }
      dataEnd = e;
      if (e < end && text.charCodeAt(e) !== COMMA) {
        const r = this.skipBlank(e, end);
        if (r < end && text.charCodeAt(r) !== SEMI) {
          const c = text.charCodeAt(r);
          if (c === BACKSLASH) {
            this.findings.push(report(rules.regContinuationMissingComma.message.found(), { start: r, end: r + 1 }, {
              fixes: [{ title: rules.regTexts.addMissingComma(), edits: [{ span: { start: e, end: e }, newText: ',' }], safeForFixAll: true }],
            }));
          } else if (c === HASH) {
            this.trailingHash(r, this.trimEnd(r, end));
          } else {
            this.findings.push(report(c === COMMA ? rules.regHexByteInvalid.message.spaceBeforeComma() : rules.regHexByteInvalid.message.notComma(), { start: e, end: this.trimEnd(r, end) }));
          }
          return { status: INVALID, dataEnd: this.trimEnd(r, end), backslash: -1 };
        }
        return { status: DONE, dataEnd, backslash: -1 };
      }
      if (e < end) {
        dataEnd = e + 1;
        s = e + 1;
      } else {
        s = e;
      }
    }
    return { status: DONE, dataEnd, backslash: -1 };
  }

  protected badHexToken(s: number, r: number, end: number, c: number): void {
    if (r >= end) {
      this.findings.push(report(rules.regHexTrailingWhitespace.message.found(), { start: s, end }, {
        fixes: [{ title: rules.regTexts.removeTrailingWhitespace(), edits: [{ span: { start: s, end }, newText: '' }], safeForFixAll: true }],
      }));
      return;
    }
    if (c === HASH) {
      this.trailingHash(r, this.trimEnd(r, end));
      return;
    }
    const tokenEnd = Math.min(this.trimEnd(r, end), r + 1);
    const messages = rules.regHexByteInvalid.message;
    const message = c === COMMA ? (s > 0 && this.text.charCodeAt(s - 1) === COMMA ? messages.emptyByte() : messages.leadingComma()) : messages.notHex({ char: this.text[r] });
    this.findings.push(report(message, { start: r, end: tokenEnd }));
  }
}
