// Value data other than hex bytes: strings (Wine's unescape_string), `dword:`, `hex(N):` types and
// `=-` deletions, with their findings.
import { report } from '../diagnostics/catalogue';
import type { Fix } from '../diagnostics/types';
import type { RuleMessage } from '../rules/rule';
import * as rules from '../rules/reg';
import { REG_DWORD, REG_SZ, regTypeName } from './data';
import { HexDataReader, setSpan } from './hexRules';
import { BACKSLASH, canonical, decimalReading, HASH, hexDigit, QUOTE, SEMI } from './lex';
import { ParsedStringLiteral } from './literal';
import type { RegValueEntry } from './model';

type StringFailure = 'unterminated' | 'continuation' | 'nul';

/** A quoted string as read: its closing quote (`end`, when ok) or where reading failed and why. */
export interface StringScan {
  readonly ok: boolean;
  readonly end: number;
  readonly failure?: StringFailure;
  /** The decoded string (when built). */
  readonly value: string;
  /** Decoded offsets of the escapes (when built and there are any). */
  readonly escapes?: number[];
  readonly escapeCount: number;
}

export abstract class ValueDataReader extends HexDataReader {
  /**
   * The closing quote of a string from `from` (after the opening quote) when the validating pass
   * can skip the full reading: no findings, nothing to build (-1 otherwise). One table-driven
   * loop; a name must have no escapes (they count in its length and its comparison), data may
   * have `\\` and `\"`.
   */
  protected plainClose(from: number, build: boolean, isName: boolean): number {
    if (build) return -1;
    const end = this.plainStringEnd(from, !isName);
    return end < 0 ? -1 : end - 1;
  }

  /** Reads a string body from `from` (after the opening quote) as Wine's unescape_string does, with its findings. */
  protected scanString(from: number, le: number, build: boolean): StringScan {
    const text = this.text;
    let i = from;
    let pieceStart = from;
    let out = '';
    let escapes: number[] | undefined;
    let count = 0;
    // Jump from backslash to backslash (native searches); most strings have none.
    let nextQuote = this.quoteFrom(from, le);
    let nextBackslash = this.backslashFrom(from, le);
    while (i < le) {
      if (nextQuote < nextBackslash) {
        i = nextQuote;
        if (!build) return { ok: true, end: i, value: '', escapeCount: count };
        return { ok: true, end: i, value: count ? out + text.slice(pieceStart, i) : text.slice(from, i), escapes, escapeCount: count };
      }
      i = nextBackslash;
      if (i >= le) break;
      if (i + 1 >= le) return { ok: false, end: i, failure: 'continuation', value: '', escapeCount: count };
      const e = text.charCodeAt(i + 1);
      if (e === 110 /* n */ || e === 114 /* r */) {
        const message = e === 110 ? rules.regStringNewlineEscape.message.lineFeed() : rules.regStringNewlineEscape.message.carriageReturn();
        this.findings.push(report(message, { start: i, end: i + 2 }));
      } else if (e === 48 /* 0 */) {
        return { ok: false, end: i, failure: 'nul', value: '', escapeCount: count };
      } else if (e !== BACKSLASH && e !== QUOTE) {
        const decoded = text[i + 1];
        this.findings.push(report(rules.regStringUnknownEscape.message.found({ char: decoded }), { start: i, end: i + 2 }, {
          fixes: [{ title: rules.regTexts.escapeBackslash(), edits: [{ span: { start: i, end: i + 1 }, newText: '\\\\' }] }],
        }));
      }
      if (build) {
        if (!escapes) escapes = [];
        escapes.push(i - from - count);
        out += text.slice(pieceStart, i) + (e === 110 ? '\n' : e === 114 ? '\r' : text[i + 1]);
      }
      count++;
      i += 2;
      pieceStart = i;
      if (nextQuote < i) nextQuote = this.quoteFrom(i, le);
      nextBackslash = this.backslashFrom(i, le);
    }
    return { ok: false, end: le, failure: 'unterminated', value: '', escapeCount: count };
  }

  protected stringData(value: RegValueEntry, d: number, le: number, trimmed: number): boolean {
    value.typeCode = REG_SZ;
    value.type = 'REG_SZ';
    const build = this.keeps();
    let close = this.plainClose(d + 1, build, false);
    let data = '';
    if (close < 0) {
      const str = this.scanString(d + 1, le, build);
      if (!str.ok) {
        if (str.failure === 'nul') {
          this.findings.push(report(rules.regStringNulEscape.message.found(), { start: str.end, end: str.end + 2 }));
        } else if (str.failure === 'continuation') {
          this.findings.push(report(rules.regStringContinuation.message.found(), { start: str.end, end: str.end + 1 }));
        } else {
          this.findings.push(report(rules.regStringUnterminated.message.found(), { start: d, end: trimmed }));
        }
        return false;
      }
      close = str.end;
      data = str.value;
      if (build) value.stringLiteral = new ParsedStringLiteral({ start: d + 1, end: close }, data, str.escapes);
    }
    setSpan(value.dataSpan, d, close + 1);
    value.span.end = close + 1;
    const r = this.skipBlank(close + 1, trimmed);
    if (r < trimmed && this.text.charCodeAt(r) !== SEMI) {
      if (this.text.charCodeAt(r) === HASH) {
        this.trailingHash(r, trimmed);
      } else {
        const inner = this.text.indexOf('"', r);
        const message = inner >= 0 && inner < trimmed ? rules.regStringTrailingText.message.quote() : rules.regStringTrailingText.message.other();
        this.findings.push(report(message, { start: r, end: trimmed }));
      }
      return false;
    }
    value.data = data;
    return true;
  }

  protected dwordData(value: RegValueEntry, d: number, trimmed: number): boolean {
    const text = this.text;
    value.typeCode = REG_DWORD;
    value.type = 'REG_DWORD';
    const s = d + 6;
    const r = this.skipBlank(s, trimmed);
    let e = r;
    let n = 0;
    let lower = true;
    while (e < trimmed) {
      const c = text.charCodeAt(e);
      const v = hexDigit(c);
      if (v < 0) break;
      if (c >= 65 && c <= 70) lower = false;
      n = n * 16 + v;
      e++;
    }
    const digits = e - r;
    setSpan(value.dataSpan, d, e > r ? e : trimmed);
    value.span.end = value.dataSpan.end;
    if (r >= trimmed) {
      this.findings.push(report(rules.regDwordInvalid.message.empty(), { start: d, end: trimmed }));
      return false;
    }
    const t = this.skipBlank(e, trimmed);
    if (digits > 8) {
      const fixes: Fix[] = n <= 0xffffffff ? [{ title: rules.regTexts.rewriteEightDigits(), edits: [{ span: { start: r, end: e }, newText: canonical(n) }] }] : [];
      this.findings.push(report(rules.regDwordInvalid.message.tooLong({ count: digits }), { start: r, end: e }, { fixes }));
      return false;
    }
    if (t < trimmed && text.charCodeAt(t) !== SEMI) {
      const c = text.charCodeAt(t);
      if (c === HASH) {
        this.trailingHash(t, trimmed);
      } else if (digits === 1 && n === 0 && t === e && (c | 0x20) === 120 /* x */) {
        let h = t + 1;
        let m = 0;
        while (h < trimmed && hexDigit(text.charCodeAt(h)) >= 0) m = m * 16 + hexDigit(text.charCodeAt(h++));
        const fits = h > t + 1 && h - t - 1 <= 8 && this.skipBlank(h, trimmed) === trimmed;
        this.findings.push(report(rules.regDwordInvalid.message.prefix0x(), { start: r, end: h }, {
          fixes: fits ? [{ title: rules.regTexts.rewriteEightDigits(), edits: [{ span: { start: r, end: h }, newText: canonical(m) }] }] : [],
        }));
        setSpan(value.dataSpan, d, h);
      } else {
        const message = hexDigit(c) >= 0 ? rules.regDwordInvalid.message.spaces() : rules.regDwordInvalid.message.notHex();
        this.findings.push(report(message, { start: r, end: trimmed }));
      }
      return false;
    }
    if (digits === 0) {
      this.findings.push(report(rules.regDwordNoDigits.message.found(), { start: d, end: s }, {
        fixes: [{ title: rules.regTexts.writeZeroDword(), edits: [{ span: { start: s, end: t }, newText: '00000000' }], safeForFixAll: true }],
      }));
      value.data = 0;
      return true;
    }
    const asDecimal = digits < 8 && digits > 1 ? decimalReading(text, r, e) : undefined;
    if (asDecimal !== undefined && asDecimal !== n) {
      // Written like a decimal number: say what it stores and offer both readings (neither is safe to pick alone).
      const written = text.slice(r, e);
      this.findings.push(report(rules.regDwordLooksDecimal.message.found({ written, value: n, decimal: asDecimal, hex: canonical(asDecimal) }), { start: s, end: e }, {
        fixes: [
          { title: rules.regTexts.decimalReading({ decimal: asDecimal, hex: canonical(asDecimal) }), edits: [{ span: { start: s, end: e }, newText: canonical(asDecimal) }] },
          { title: rules.regTexts.keepReading({ value: n, hex: canonical(n) }), edits: [{ span: { start: s, end: e }, newText: canonical(n) }] },
        ],
      }));
    } else if (digits !== 8 || !lower || r !== s) {
      this.findings.push(report(rules.regDwordFormat.message.found({ hex: canonical(n), value: n }), { start: s, end: e }, {
        fixes: [{ title: rules.regTexts.rewriteDword({ hex: canonical(n) }), edits: [{ span: { start: s, end: e }, newText: canonical(n) }], safeForFixAll: true }],
      }));
    }
    // Only kept values need it (a dword above 2^30 would cost a heap number per value otherwise).
    if (this.keeps()) value.data = n;
    return true;
  }

  /** `hex(N):` as Wine's parse_data_type reads it (wcstoul, base 16): sets the value's type, returns where the data starts (-1: dropped). */
  protected hexType(value: RegValueEntry, d: number, trimmed: number): number {
    const text = this.text;
    const s = d + 4;
    if (s >= trimmed) return this.badHexType(value, d, s, trimmed, trimmed, rules.regHexTypeInvalid.message.noNumber());
    if ((text.charCodeAt(s + 1) | 0x20) === 120 /* x */) return this.badHexType(value, d, s, Math.min(s + 2, trimmed), trimmed, rules.regHexTypeInvalid.message.prefix0x());
    const num = this.wcstoul(s, trimmed);
    const code = num.value;
    const end = num.end;
    if (text.charCodeAt(end) !== 41 /* ) */ || text.charCodeAt(end + 1) !== 58 /* : */) {
      const close = text.indexOf(')', s);
      return this.badHexType(value, d, s, close >= 0 && close < trimmed ? close + 1 : trimmed, trimmed, rules.regHexTypeInvalid.message.notClosed());
    }
    if (num.overflow) return this.badHexType(value, d, s, end + 2, trimmed, rules.regHexTypeInvalid.message.tooBig());
    if (num.digitStart !== s) {
      this.findings.push(report(rules.regHexTypeFormat.message.found({ type: code.toString(16) }), { start: s, end }, {
        fixes: [{ title: rules.regTexts.writeHexType({ type: code.toString(16) }), edits: [{ span: { start: s, end }, newText: code.toString(16) }] }],
      }));
    }
    value.typeCode = code;
    value.type = regTypeName(code);
    return end + 2;
  }

  protected badHexType(value: RegValueEntry, d: number, s: number, end: number, trimmed: number, message: RuleMessage<'reg-hex-type-invalid'>): number {
    this.findings.push(report(message, { start: d, end: Math.max(end, s) }));
    setSpan(value.dataSpan, d, trimmed);
    return -1;
  }

  protected deleteData(value: RegValueEntry, d: number, trimmed: number): boolean {
    setSpan(value.dataSpan, d, d + 1);
    value.span.end = d + 1;
    const r = this.skipBlank(d + 1, trimmed);
    if (r < trimmed && this.text.charCodeAt(r) !== SEMI) {
      if (this.text.charCodeAt(r) === HASH) this.trailingHash(r, trimmed);
      else this.findings.push(report(rules.regValueDeleteTrailing.message.found(), { start: r, end: trimmed }));
      return false;
    }
    value.isDelete = true;
    return true;
  }

  protected unknownDataMessage(d: number, end: number): RuleMessage<'reg-value-data-invalid'> {
    const messages = rules.regValueDataInvalid.message;
    if (d >= end) return messages.noData();
    const head = this.text.slice(d, Math.min(end, d + 8)).toLowerCase();
    if (head.startsWith('qword:')) return messages.qword();
    if (head.startsWith('dword:') || head.startsWith('hex:') || head.startsWith('hex(')) return messages.prefixCase();
    if (head.startsWith('dword') || head.startsWith('hex')) return messages.prefixColon();
    return messages.unquoted();
  }

  /** `dword:` at `d` (whose `d` is checked). */
  protected isDword(d: number): boolean {
    const text = this.text;
    return text.charCodeAt(d + 1) === 119 && text.charCodeAt(d + 2) === 111 && text.charCodeAt(d + 3) === 114 && text.charCodeAt(d + 4) === 100 && text.charCodeAt(d + 5) === 58;
  }

  /** `hex` then `after` at `d` (whose `h` is checked). */
  protected isHex(d: number, after: number): boolean {
    const text = this.text;
    return text.charCodeAt(d + 1) === 101 && text.charCodeAt(d + 2) === 120 && text.charCodeAt(d + 3) === after;
  }
}
