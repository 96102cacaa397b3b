import * as catalogue from '../diagnostics/catalogue';
import type { Finding, Fix, Span, TextEdit } from '../diagnostics/types';
import type { RuleMessage } from '../rules/rule';
import * as rules from '../rules/reg';
import * as regData from './data';
import { ParsedStringLiteral } from './literal';
import * as keyTable from './keyTable';
import { KeyTable, type OpenState } from './keyTable';
import type { RegKeyEntry, RegRoot, RegValueEntry } from './model';
import * as regNames from './names';
import { sameName } from '../text/caseFold';
import { unescapeRegString } from './escape';

// Module-local copies of what the per-line code uses from other modules: run through a CommonJS
// transform (tsx, the tests, the benchmark), every access to an imported binding is a property
// getter call, which cost more than the hex check itself.
const { REG_BINARY, REG_DWORD, REG_DWORD_BIG_ENDIAN, REG_EXPAND_SZ, REG_MULTI_SZ, REG_QWORD, REG_SZ, decodeHexData, regTypeName, HEX_PAIRS } = regData;
const { KEY_DELETE, KEY_DROPPED, KEY_IGNORED, KEY_ORCHESTRATOR, KEY_UNNORMALIZED } = keyTable;
const { foldName, matchRootCode, ROOT_ABBREVIATED, rootLengthOfCode, rootOfCode } = regNames;
const { report } = catalogue;

// A hand-written charCode scanner that follows Wine's importer (programs/reg/import.c) state by
// state, so what it says is lost is what the importer loses. One pass, no per-line regexes.

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const HASH = 35;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const SEMI = 59;
const EQUALS = 61;
const AT = 64;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;

const MAX_KEY_NAME = 255;
const MAX_VALUE_NAME = 16383;
const MAX_DEPTH = 512;

/** Characters that end a plain run inside a quoted string (every UTF-16 code unit is an index). */
const S_QUOTE = 1;
const S_BACKSLASH = 2;
const S_LINE_BREAK = 3;
const STRING_CHAR = new Uint8Array(0x10000);
STRING_CHAR[QUOTE] = S_QUOTE;
STRING_CHAR[BACKSLASH] = S_BACKSLASH;
STRING_CHAR[CR] = S_LINE_BREAK;
STRING_CHAR[LF] = S_LINE_BREAK;

/** Value of an ASCII hex digit, -1 for any other ASCII character. */
const HEX_VALUE = Int8Array.from({ length: 128 }, (_, c) => {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -1;
});

/** Value of a hex digit for every UTF-16 code unit, -1 for the rest (indexed without a range check). */
const HEX_DIGIT = new Int8Array(0x10000).fill(-1);
HEX_DIGIT.set(HEX_VALUE);

/** The decimal value of `text[start..end)` when it is all decimal digits (so it reads differently as hex), else undefined. */
function decimalReading(text: string, start: number, end: number): number | undefined {
  const digits = text.slice(start, end);
  return /^[0-9]+$/.test(digits) ? Number(digits) : undefined;
}

function canonical(v: number): string {
  return (v >>> 0).toString(16).padStart(8, '0');
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

type HexLineStatus = 0 | 1 | 2;
const DONE = 0;
const CONTINUE = 1;
const INVALID = 2;

// An assignment that landed in the open key: five numbers in `assigned` (no object per value).
const A_SPAN_START = 0;
const A_SPAN_END = 1;
const A_NAME_START = 2;
const A_NAME_END = 3;
const A_FLAGS = 4;
const A_STRIDE = 5;
const A_DELETE = 1;
const A_ESCAPED = 2;

/** Spans of the value being read are updated in place (the main pass reuses one value object). */
function setSpan(span: Span, start: number, end: number): void {
  span.start = start;
  span.end = end;
}

function copy(span: Span): Span {
  return { start: span.start, end: span.end };
}

export type { OpenState } from './keyTable';

/** Whether text[start, start + upper.length) is `upper` ignoring ASCII case (`upper` is upper case). */
function segmentIs(text: string, start: number, upper: string): boolean {
  for (let i = 0; i < upper.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== upper.charCodeAt(i)) return false;
  }
  return true;
}

type StringFailure = 'unterminated' | 'continuation' | 'nul' | undefined;

export class RegScanner {
  readonly findings: Finding[] = [];
  /** The key lines read (the main pass; a reparse starts it with the unchanged keys before the edit). */
  readonly table: KeyTable;
  readonly valuesBeforeFirstKey: RegValueEntry[] = [];
  private readonly len: number;
  private nextLf = -1;
  private nextCr = -1;
  /** A key line has been read (or the scan resumes below one): values are not before the first key. */
  private hasKey = false;
  /** The table row of the last key line (main pass). */
  private cur = -1;
  private open: OpenState = 'none';
  /** The row of the key the importer has open (for messages). */
  private openKey = -1;
  /** Assignments in the open key since its key line (A_STRIDE numbers each). */
  private assigned: number[] = [];
  private assignedCount = 0;
  /** For keys with many values: folded name → assignment slot. */
  private assignedMap: Map<string, number> | undefined;
  // The name of the value being read: its characters between the quotes (empty for `@`).
  private nameStart = 0;
  private nameEnd = 0;
  private nameEscaped = false;
  private bytes = new Uint8Array(256);
  private byteCount = 0;

  constructor(
    readonly text: string,
    /** hex(1)/hex(2)/hex(7) bytes are UTF-16LE (else ANSI). */
    readonly unicode: boolean,
    /**
     * Where values go. Undefined: the main pass, which validates every value but keeps only the
     * key entries (their values materialise on first access, see ParsedKey): a big file's values
     * then never survive into the old generation of the garbage collector.
     */
    private readonly sink?: RegValueEntry[],
    table?: KeyTable,
  ) {
    this.len = text.length;
    this.table = table ?? new KeyTable(text, unicode, sink ? 1 : 64);
  }

  /** Starts the scanner in the state the importer has right after a key line (for materialising its values). */
  resume(state: OpenState): void {
    this.hasKey = true;
    this.open = state;
  }

  // ---- lines ------------------------------------------------------------------------------

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

  private trimEnd(start: number, end: number): number {
    while (end > start && isBlank(this.text.charCodeAt(end - 1))) end--;
    return end;
  }

  private skipBlank(pos: number, end: number): number {
    while (pos < end && isBlank(this.text.charCodeAt(pos))) pos++;
    return pos;
  }

  /**
   * Scans lines from `pos` (a line start, importer in its line-start state) to the end, or until
   * `stopAtKey` accepts the start of a key line. Returns where it stopped.
   */
  scan(pos: number, stopAtKey?: (lineStart: number) => boolean): number {
    const text = this.text;
    const len = this.len;
    while (pos <= len) {
      const le = this.lineEnd(pos);
      let p = pos;
      let c = 0;
      while (p < le && ((c = text.charCodeAt(p)) === SPACE || c === TAB)) p++;
      if (p < le) {
        if (c === LBRACKET) {
          if (stopAtKey && stopAtKey(pos)) return pos;
          this.keyLine(pos, p, le);
          this.table.setValueState(this.cur, this.open);
        } else if (c === QUOTE || c === AT) {
          pos = this.valueLine(p, le);
          continue;
        } else if (c !== SEMI) {
          this.garbageLine(p, le);
        }
      }
      pos = this.nextLine(le);
    }
    return len;
  }

  private garbageLine(p: number, le: number): void {
    const end = this.trimEnd(p, le);
    const span = { start: p, end };
    if (this.text.charCodeAt(p) === HASH) {
      this.findings.push(report(rules.regHashComment.message.found(), span, {
        fixes: [{ title: rules.regTexts.replaceHash(), edits: [{ span: { start: p, end: p + 1 }, newText: ';' }], safeForFixAll: true }],
      }));
      return;
    }
    const looksLikeHex = hexDigit(this.text.charCodeAt(p)) >= 0;
    this.findings.push(report(looksLikeHex ? rules.regLineIgnored.message.hexLike() : rules.regLineIgnored.message.other(), span));
  }

  // ---- keys -------------------------------------------------------------------------------

  private keyLine(ls: number, b: number, le: number): void {
    const text = this.text;
    const trimmed = this.trimEnd(b, le);
    let p = b + 1;
    let close = -1;
    for (let i = trimmed - 1; i > b; i--) {
      if (text.charCodeAt(i) === RBRACKET) {
        close = i;
        break;
      }
    }
    const k = this.table.add(ls, le, p, close < 0 ? trimmed : close);
    this.cur = k;
    this.hasKey = true;
    this.assignedCount = 0;
    this.assignedMap = undefined;

    if (p < le && isBlank(text.charCodeAt(p))) {
      const nameStart = this.skipBlank(p, trimmed);
      this.ignoreKeyLine(k, nameStart, close < 0 ? trimmed : close);
      this.findings.push(report(this.previousKey(rules.regKeySpaceAfterBracket.message), { start: b, end: nameStart }, {
        fixes: [{ title: rules.regTexts.removeSpaceAfterBracket(), edits: [{ span: { start: p, end: nameStart }, newText: '' }], safeForFixAll: true }],
      }));
      return;
    }
    if (close < 0) {
      this.ignoreKeyLine(k, p, trimmed);
      this.findings.push(report(this.previousKey(rules.regKeyUnclosed.message), { start: b, end: trimmed }, {
        fixes: [{ title: rules.regTexts.addClosingBracket(), edits: [{ span: { start: trimmed, end: trimmed }, newText: ']' }] }],
      }));
      return;
    }
    const after = this.skipBlank(close + 1, trimmed);
    if (after < trimmed && text.charCodeAt(after) !== SEMI) {
      this.findings.push(report(rules.regKeyTrailingText.message.found(), { start: after, end: trimmed }));
    }
    if (text.charCodeAt(p) === MINUS) {
      this.table.setFlag(k, KEY_DELETE);
      p++;
      this.table.setPath(k, p, close);
      this.deleteKeyLine(k, p, close);
      return;
    }
    this.openKeyLine(k, p, close);
  }

  /** Where the values below a skipped key line go: the key the importer has open, or nowhere. */
  private previousKey<M extends RuleMessage>(messages: { toPrevious(args: { key: string }): M; dropped(): M }): M {
    return this.open === 'open' && this.openKey >= 0 ? messages.toPrevious({ key: this.table.fullPath(this.openKey) }) : messages.dropped();
  }

  private ignoreKeyLine(k: number, start: number, end: number): void {
    this.table.setFlag(k, KEY_IGNORED | KEY_DROPPED);
    this.table.setPath(k, start, end);
    this.table.setRoot(k, matchRootCode(this.text, start, end));
  }

  private deleteKeyLine(k: number, p: number, close: number): void {
    const text = this.text;
    this.open = 'deleted';
    this.openKey = -1;
    const code = matchRootCode(text, p, close);
    if (code === 0) {
      this.table.setFlag(k, KEY_DROPPED);
      const message = p < close && isBlank(text.charCodeAt(p)) ? rules.regKeyDeleteInvalid.message.space() : rules.regKeyDeleteInvalid.message.root();
      this.findings.push(report(message, { start: p, end: close }));
      return;
    }
    this.table.setRoot(k, code);
    const rest = p + rootLengthOfCode(code);
    const depth = this.checkPath(k, p, code, rest, close);
    if (rest + 1 >= close || depth === 0) {
      this.table.setFlag(k, KEY_DROPPED);
      this.findings.push(report(rules.regKeyDeleteRoot.message.found({ key: text.slice(p, close) }), { start: p, end: close }));
    }
  }

  private openKeyLine(k: number, p: number, close: number): void {
    const text = this.text;
    const code = matchRootCode(text, p, close);
    if (code === 0) {
      let segEnd = p;
      while (segEnd < close && text.charCodeAt(segEnd) !== BACKSLASH) segEnd++;
      this.table.setFlag(k, KEY_DROPPED);
      this.open = 'failed';
      this.openKey = -1;
      this.findings.push(report(rules.regKeyUnknownRoot.message.found({ root: text.slice(p, segEnd) }), { start: p, end: segEnd }));
      return;
    }
    this.table.setRoot(k, code);
    this.checkPath(k, p, code, p + rootLengthOfCode(code), close);
    if (this.table.flags(k) & KEY_DROPPED) {
      this.open = 'failed';
      this.openKey = -1;
    } else {
      this.open = 'open';
      this.openKey = k;
    }
  }

  /** Checks the segments after the root (flags on row `k`); returns the depth. */
  private checkPath(k: number, p: number, code: number, rest: number, close: number): number {
    const text = this.text;
    const table = this.table;
    if (code & ROOT_ABBREVIATED) {
      const root = rootOfCode(code) as RegRoot;
      this.findings.push(report(rules.regKeyAbbreviatedRoot.message.found({ written: text.slice(p, rest), root }), { start: p, end: rest }, {
        fixes: [{ title: rules.regTexts.write({ text: root }), edits: [{ span: { start: p, end: rest }, newText: root }], safeForFixAll: true }],
      }));
    }
    let normalized = true;
    let depth = 0;
    let segStart = rest + 1;
    for (let i = rest + 1; i <= close && rest < close; i++) {
      // To the end of the segment: the next backslash (a cached native search) or the `]`.
      if (i < close && text.charCodeAt(i) !== BACKSLASH) i = this.backslashFrom(i, close);
      const segLen = i - segStart;
      if (segLen === 0) {
        normalized = false;
        if (i === close) {
          this.findings.push(report(rules.regKeyTrailingBackslash.message.found(), { start: i - 1, end: i }, {
            fixes: [{ title: rules.regTexts.removeTrailingBackslash(), edits: [{ span: { start: i - 1, end: i }, newText: '' }], safeForFixAll: true }],
          }));
        } else {
          this.findings.push(report(rules.regKeyEmptySegment.message.found(), { start: i - 1, end: i + 1 }, {
            fixes: [{ title: rules.regTexts.collapseBackslash(), edits: [{ span: { start: i, end: i + 1 }, newText: '' }], safeForFixAll: true }],
          }));
        }
      } else {
        depth++;
        if (segLen > MAX_KEY_NAME) {
          table.setFlag(k, KEY_DROPPED);
          this.findings.push(report(rules.regKeyNameTooLong.message.found({ length: segLen, limit: MAX_KEY_NAME }), { start: segStart, end: i }));
        }
        if (segLen === 15 && segmentIs(text, segStart, 'USCHEDULER_OOBE')) table.setFlag(k, KEY_ORCHESTRATOR);
        else if (segLen === 11 && segmentIs(text, segStart, 'WOW6432NODE')) {
          this.findings.push(report(rules.regKeyWow6432node.message.found(), { start: segStart, end: i }));
        }
      }
      segStart = i + 1;
    }
    if (depth > MAX_DEPTH) {
      table.setFlag(k, KEY_DROPPED);
      this.findings.push(report(rules.regKeyTooDeep.message.found({ depth, limit: MAX_DEPTH }), { start: p, end: close }));
    }
    if (close > p && text.charCodeAt(close - 1) === SPACE && !(table.flags(k) & KEY_DELETE)) {
      const end = this.trimEnd(p, close);
      this.findings.push(report(rules.regKeyTrailingSpace.message.found(), { start: end, end: close }, {
        fixes: [{ title: rules.regTexts.removeSpacesBeforeBracket(), edits: [{ span: { start: end, end: close }, newText: '' }] }],
      }));
    }
    if (!normalized) table.setFlag(k, KEY_UNNORMALIZED);
    return depth;
  }

  // ---- values -----------------------------------------------------------------------------

  /** The validating pass reads every value into this one object: nothing per value survives. */
  private scratch: RegValueEntry | undefined;

  private newValue(start: number, name: string, nameStart: number, nameEnd: number): RegValueEntry {
    if (this.keeps()) {
      return { name, nameSpan: { start: nameStart, end: nameEnd }, isDelete: false, typeCode: undefined, type: undefined, data: undefined, dataSpan: { start: nameEnd, end: nameEnd }, span: { start, end: nameEnd }, dropped: true };
    }
    let v = this.scratch;
    if (!v) {
      v = { name, nameSpan: { start: nameStart, end: nameEnd }, isDelete: false, typeCode: undefined, type: undefined, data: undefined, dataSpan: { start: nameEnd, end: nameEnd }, span: { start, end: nameEnd }, dropped: true };
      this.scratch = v;
      return v;
    }
    v.name = name;
    v.nameSpan.start = nameStart;
    v.nameSpan.end = nameEnd;
    v.isDelete = false;
    v.typeCode = undefined;
    v.type = undefined;
    v.data = undefined;
    v.dataSpan.start = nameEnd;
    v.dataSpan.end = nameEnd;
    v.span.start = start;
    v.span.end = nameEnd;
    v.dropped = true;
    return v;
  }

  private lastValue: RegValueEntry | undefined;

  private attach(value: RegValueEntry): void {
    this.lastValue = value;
    if (this.sink) this.sink.push(value);
    else if (!this.hasKey) this.valuesBeforeFirstKey.push(value);
  }

  /** A value line at `p` (its `"` or `@`); returns the start of the next line to read. */
  private valueLine(p: number, le: number): number {
    this.lastValue = undefined;
    const next = this.readValueLine(p, le);
    // The block's end moves with the value's end, known only once its data is read.
    const value = this.lastValue as RegValueEntry | undefined;
    if (this.cur >= 0 && value && !this.sink) this.table.extendBlock(this.cur, value.span.end);
    return next;
  }

  private readValueLine(p: number, le: number): number {
    const text = this.text;
    const trimmed = this.trimEnd(p, le);
    let value: RegValueEntry;
    let q: number;
    const build = this.keeps();
    if (text.charCodeAt(p) === AT) {
      value = this.newValue(p, '', p, p + 1);
      this.nameStart = this.nameEnd = p + 1;
      this.nameEscaped = false;
      q = p + 1;
    } else {
      this.scanString(p + 1, le, build, true);
      const end = this.strEnd;
      if (!this.strOk) {
        value = this.newValue(p, build ? text.slice(p + 1, trimmed) : '', p, trimmed);
        value.span.end = trimmed;
        this.attach(value);
        const failure = this.strFailure;
        const messages = rules.regValueNameUnterminated.message;
        const message = failure === 'nul' ? messages.nul() : failure === 'continuation' ? messages.continuation() : messages.unterminated();
        this.findings.push(report(message, failure === 'nul' ? { start: end, end: end + 2 } : { start: p, end: trimmed }));
        return this.nextLine(le);
      }
      // The main pass keeps no name strings: assignments compare the characters in the text.
      value = this.newValue(p, build ? this.strValue : '', p, end + 1);
      if (build) value.nameLiteral = new ParsedStringLiteral({ start: p + 1, end }, this.strValue, this.strEscapes);
      this.nameStart = p + 1;
      this.nameEnd = end;
      this.nameEscaped = this.strEscapeCount > 0;
      const length = end - p - 1 - this.strEscapeCount;
      if (length > MAX_VALUE_NAME) {
        this.findings.push(report(rules.regValueNameTooLong.message.found({ length, limit: MAX_VALUE_NAME }), copy(value.nameSpan)));
      }
      q = end + 1;
    }
    this.attach(value);
    q = this.skipBlank(q, le);
    if (q >= le || text.charCodeAt(q) !== EQUALS) {
      value.span.end = trimmed > value.span.end ? trimmed : value.span.end;
      this.findings.push(report(rules.regValueMissingEquals.message.found(), q < trimmed ? { start: q, end: trimmed } : copy(value.nameSpan)));
      return this.nextLine(le);
    }
    const d = this.skipBlank(q + 1, trimmed);
    setSpan(value.dataSpan, d, trimmed);
    value.span.end = trimmed;
    let next = this.nextLine(le);
    let ok = false;
    const c = d < trimmed ? text.charCodeAt(d) : -1;
    if (c === MINUS) {
      ok = this.deleteData(value, d, trimmed);
    } else if (c === QUOTE) {
      ok = this.stringData(value, d, le, trimmed);
    } else if (c === 100 /* d */ && this.isDword(d)) {
      ok = this.dwordData(value, d, trimmed);
    } else if (c === 104 /* h */ && this.isHex(d, 58 /* : */)) {
      value.typeCode = REG_BINARY;
      value.type = 'REG_BINARY';
      next = this.hexData(value, d, d + 4, REG_BINARY, le, trimmed);
      ok = this.hexOk;
    } else if (c === 104 /* h */ && this.isHex(d, 40 /* ( */)) {
      const dataStart = this.hexType(value, d, trimmed);
      if (dataStart >= 0) {
        next = this.hexData(value, d, dataStart, value.typeCode as number, le, trimmed);
        ok = this.hexOk;
      }
    } else {
      this.findings.push(report(this.unknownDataMessage(d, trimmed), d < trimmed ? { start: d, end: trimmed } : { start: q, end: q + 1 }));
    }
    if (ok) this.land(value);
    return next;
  }

  /** `dword:` at `d` (whose `d` is checked). */
  private isDword(d: number): boolean {
    const text = this.text;
    return text.charCodeAt(d + 1) === 119 && text.charCodeAt(d + 2) === 111 && text.charCodeAt(d + 3) === 114 && text.charCodeAt(d + 4) === 100 && text.charCodeAt(d + 5) === 58;
  }

  /** `hex` then `after` at `d` (whose `h` is checked). */
  private isHex(d: number, after: number): boolean {
    const text = this.text;
    return text.charCodeAt(d + 1) === 101 && text.charCodeAt(d + 2) === 120 && text.charCodeAt(d + 3) === after;
  }

  /** A well-formed value: does the importer have a key open for it? */
  private land(value: RegValueEntry): void {
    if (this.open === 'open') {
      value.dropped = false;
      this.trackAssignment(value);
      return;
    }
    if (this.open === 'none') {
      this.findings.push(report(rules.regValueOutsideKey.message.found(), copy(value.span)));
    } else if (this.open === 'deleted') {
      this.findings.push(report(rules.regValueAfterKeyDelete.message.found(), copy(value.span)));
    }
    // 'failed': the key line's own error already says that its values are dropped.
  }

  private trackAssignment(value: RegValueEntry): void {
    // What landed in the open key since its key line, by name (names ignore case).
    const list = this.assigned;
    let slot = -1;
    if (this.assignedMap) {
      const folded = this.foldedName(this.nameStart, this.nameEnd, this.nameEscaped);
      const found = this.assignedMap.get(folded);
      if (found === undefined) this.assignedMap.set(folded, this.assignedCount);
      else slot = found;
    } else {
      for (let i = this.assignedCount - 1; i >= 0; i--) {
        if (this.sameName(i * A_STRIDE)) {
          slot = i;
          break;
        }
      }
    }
    const flags = (value.isDelete ? A_DELETE : 0) | (this.nameEscaped ? A_ESCAPED : 0);
    if (slot < 0) {
      this.storeAssignment(this.assignedCount++, value, flags);
      // Keys with many values switch to a map by folded name, so the check stays linear.
      if (!this.assignedMap && this.assignedCount > 32) {
        this.assignedMap = new Map();
        for (let i = 0; i < this.assignedCount; i++) {
          const o = i * A_STRIDE;
          this.assignedMap.set(this.foldedName(list[o + A_NAME_START], list[o + A_NAME_END], (list[o + A_FLAGS] & A_ESCAPED) !== 0), i);
        }
      }
      return;
    }
    const o = slot * A_STRIDE;
    const earlierDelete = (list[o + A_FLAGS] & A_DELETE) !== 0;
    const earlierSpan = { start: list[o + A_SPAN_START], end: list[o + A_SPAN_END] };
    this.storeAssignment(slot, value, flags);
    if (!earlierDelete) {
      const message = value.isDelete ? rules.regValueOverridden.message.deleted() : rules.regValueOverridden.message.assigned();
      this.findings.push(report(message, earlierSpan, {
        related: [{ span: copy(value.nameSpan), message: rules.regTexts.laterAssignment() }],
      }));
    }
  }

  private storeAssignment(slot: number, value: RegValueEntry, flags: number): void {
    const list = this.assigned;
    const o = slot * A_STRIDE;
    list[o + A_SPAN_START] = value.nameSpan.start;
    list[o + A_SPAN_END] = value.nameSpan.end;
    list[o + A_NAME_START] = this.nameStart;
    list[o + A_NAME_END] = this.nameEnd;
    list[o + A_FLAGS] = flags;
  }

  /** Whether the assignment at `o` has the current value's name (compared in the text). */
  private sameName(o: number): boolean {
    const list = this.assigned;
    const s1 = list[o + A_NAME_START];
    const e1 = list[o + A_NAME_END];
    const s2 = this.nameStart;
    const e2 = this.nameEnd;
    if ((list[o + A_FLAGS] & A_ESCAPED) !== 0 || this.nameEscaped) {
      return sameName(this.decodedName(s1, e1, (list[o + A_FLAGS] & A_ESCAPED) !== 0), this.decodedName(s2, e2, this.nameEscaped));
    }
    if (e1 - s1 !== e2 - s2) return false;
    const text = this.text;
    for (let i = 0; i < e1 - s1; i++) {
      const x = text.charCodeAt(s1 + i);
      const y = text.charCodeAt(s2 + i);
      if (x === y) continue;
      if (x >= 0x80 || y >= 0x80) return foldName(text.slice(s1, e1)) === foldName(text.slice(s2, e2));
      if ((x | 0x20) !== (y | 0x20) || (x | 0x20) < 97 || (x | 0x20) > 122) return false;
    }
    return true;
  }

  private decodedName(start: number, end: number, escaped: boolean): string {
    return escaped ? unescapeRegString(this.text.slice(start, end)) : this.text.slice(start, end);
  }

  private foldedName(start: number, end: number, escaped: boolean): string {
    return foldName(this.decodedName(start, end, escaped));
  }

  private unknownDataMessage(d: number, end: number): RuleMessage<'reg-value-data-invalid'> {
    const messages = rules.regValueDataInvalid.message;
    if (d >= end) return messages.noData();
    const head = this.text.slice(d, Math.min(end, d + 8)).toLowerCase();
    if (head.startsWith('qword:')) return messages.qword();
    if (head.startsWith('dword:') || head.startsWith('hex:') || head.startsWith('hex(')) return messages.prefixCase();
    if (head.startsWith('dword') || head.startsWith('hex')) return messages.prefixColon();
    return messages.unquoted();
  }

  private deleteData(value: RegValueEntry, d: number, trimmed: number): boolean {
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

  private trailingHash(r: number, trimmed: number): void {
    this.findings.push(report(rules.regTrailingHash.message.found(), { start: r, end: trimmed }, {
      fixes: [{ title: rules.regTexts.makeSemicolonComment(), edits: [{ span: { start: r, end: r + 1 }, newText: ';' }], safeForFixAll: true }],
    }));
  }

  /** Scans a string body from `from` (after the opening quote) as Wine's unescape_string does. */
  /** Whether the value being read is kept (so its decoded data is worth building). */
  private keeps(): boolean {
    return this.sink !== undefined || !this.hasKey;
  }

  // The next `"` and `\` at or after the last position asked for. Positions only grow during a
  // scan, so each character is searched once: no quadratic rescans when a file has none.
  private quoteAt = -1;
  private backslashAt = -1;

  private quoteFrom(from: number, limit: number): number {
    if (this.quoteAt < from) {
      const i = this.text.indexOf('"', from);
      this.quoteAt = i < 0 ? this.len : i;
    }
    return this.quoteAt < limit ? this.quoteAt : limit;
  }

  private backslashFrom(from: number, limit: number): number {
    if (this.backslashAt < from) {
      const i = this.text.indexOf('\\', from);
      this.backslashAt = i < 0 ? this.len : i;
    }
    return this.backslashAt < limit ? this.backslashAt : limit;
  }

  // Result of the last scanString() call (fields, not an object: it runs once or twice per value).
  private strOk = false;
  /** Index of the closing quote (when ok), or where scanning failed. */
  private strEnd = 0;
  /** The decoded string (when built). */
  private strValue = '';
  /** Decoded offsets of the escapes (when built and there are any). */
  private strEscapes: number[] | undefined;
  private strEscapeCount = 0;
  private strFailure: StringFailure;

  private scanString(from: number, le: number, build: boolean, isName: boolean): void {
    const text = this.text;
    let i = from;
    let pieceStart = from;
    let out = '';
    let escapes: number[] | undefined;
    let count = 0;
    this.strOk = false;
    this.strValue = '';
    this.strEscapes = undefined;
    this.strFailure = undefined;
    if (!build) {
      // The validating pass: a string without findings in one table-driven loop. A name must have no
      // escapes (they count in its length and its comparison); data may have `\\` and `\"`.
      const end = this.plainStringEnd(from, !isName);
      if (end >= 0) {
        this.strOk = true;
        this.strEnd = end - 1;
        this.strEscapeCount = 0; // data: not counted (only names use it)
        return;
      }
    }
    // Jump from backslash to backslash (native searches); most strings have none.
    let nextQuote = this.quoteFrom(from, le);
    let nextBackslash = this.backslashFrom(from, le);
    while (i < le) {
      if (nextQuote < nextBackslash) {
        i = nextQuote;
        this.strOk = true;
        this.strEnd = i;
        this.strEscapeCount = count;
        if (build) {
          this.strValue = count ? out + text.slice(pieceStart, i) : text.slice(from, i);
          this.strEscapes = escapes;
        }
        return;
      }
      i = nextBackslash;
      if (i >= le) break;
      if (i + 1 >= le) return this.stringFailed(i, 'continuation');
      const e = text.charCodeAt(i + 1);
      if (e === 110 /* n */ || e === 114 /* r */) {
        const message = e === 110 ? rules.regStringNewlineEscape.message.lineFeed() : rules.regStringNewlineEscape.message.carriageReturn();
        this.findings.push(report(message, { start: i, end: i + 2 }));
      } else if (e === 48 /* 0 */) {
        return this.stringFailed(i, 'nul');
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
    this.stringFailed(le, 'unterminated');
  }

  /**
   * Where a string from `from` ends (after its closing quote) when it needs no finding: on its
   * line, no escape but `\\\\` and `\\"` (none at all in a name: they count in its length and
   * its comparison). -1 otherwise (the full reading then decides). One table lookup per character.
   */
  private plainStringEnd(from: number, escapes: boolean): number {
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

  private stringFailed(end: number, failure: StringFailure): void {
    this.strOk = false;
    this.strEnd = end;
    this.strFailure = failure;
  }

  private stringData(value: RegValueEntry, d: number, le: number, trimmed: number): boolean {
    value.typeCode = REG_SZ;
    value.type = 'REG_SZ';
    const build = this.keeps();
    this.scanString(d + 1, le, build, false);
    if (!this.strOk) {
      if (this.strFailure === 'nul') {
        this.findings.push(report(rules.regStringNulEscape.message.found(), { start: this.strEnd, end: this.strEnd + 2 }));
      } else if (this.strFailure === 'continuation') {
        this.findings.push(report(rules.regStringContinuation.message.found(), { start: this.strEnd, end: this.strEnd + 1 }));
      } else {
        this.findings.push(report(rules.regStringUnterminated.message.found(), { start: d, end: trimmed }));
      }
      return false;
    }
    const close = this.strEnd;
    const data = this.strValue;
    setSpan(value.dataSpan, d, close + 1);
    value.span.end = close + 1;
    if (build) value.stringLiteral = new ParsedStringLiteral({ start: d + 1, end: close }, data, this.strEscapes);
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

  private dwordData(value: RegValueEntry, d: number, trimmed: number): boolean {
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

  /** `hex(N):` as Wine's parse_data_type reads it (wcstoul, base 16). */
  /** `hex(N):` as Wine's parse_data_type reads it (wcstoul, base 16): sets the value's type, returns where the data starts (-1: dropped). */
  private hexType(value: RegValueEntry, d: number, trimmed: number): number {
    const text = this.text;
    const s = d + 4;
    if (s >= trimmed) return this.badHexType(value, d, s, trimmed, trimmed, rules.regHexTypeInvalid.message.noNumber());
    if ((text.charCodeAt(s + 1) | 0x20) === 120 /* x */) return this.badHexType(value, d, s, Math.min(s + 2, trimmed), trimmed, rules.regHexTypeInvalid.message.prefix0x());
    this.wcstoul(s, trimmed);
    const code = this.numValue;
    const end = this.numEnd;
    if (text.charCodeAt(end) !== 41 /* ) */ || text.charCodeAt(end + 1) !== 58 /* : */) {
      const close = text.indexOf(')', s);
      return this.badHexType(value, d, s, close >= 0 && close < trimmed ? close + 1 : trimmed, trimmed, rules.regHexTypeInvalid.message.notClosed());
    }
    if (this.numOverflow) return this.badHexType(value, d, s, end + 2, trimmed, rules.regHexTypeInvalid.message.tooBig());
    if (this.numDecorated || this.numTokenStart !== s) {
      this.findings.push(report(rules.regHexTypeFormat.message.found({ type: code.toString(16) }), { start: s, end }, {
        fixes: [{ title: rules.regTexts.writeHexType({ type: code.toString(16) }), edits: [{ span: { start: s, end }, newText: code.toString(16) }] }],
      }));
    }
    value.typeCode = code;
    value.type = regTypeName(code);
    return end + 2;
  }

  // Result of the last wcstoul() call (fields, not an object: it runs once per hex byte).
  private numValue = 0;
  private numEnd = 0;
  private numOverflow = false;
  private numDigits = 0;
  private numDigitStart = 0;
  private numTokenStart = 0;

  private badHexType(value: RegValueEntry, d: number, s: number, end: number, trimmed: number, message: RuleMessage<'reg-hex-type-invalid'>): number {
    this.findings.push(report(message, { start: d, end: Math.max(end, s) }));
    setSpan(value.dataSpan, d, trimmed);
    return -1;
  }

  /**
   * msvcrt's wcstoul(s, &end, 16): leading whitespace, a sign, an optional 0x, then hex digits.
   * No digits at all: end = s and value 0. Sets the num* fields.
   */
  private wcstoul(s: number, limit: number): void {
    const text = this.text;
    let i = s;
    while (i < limit) {
      const c = text.charCodeAt(i);
      if (c === SPACE || (c >= 9 && c <= 13)) i++;
      else break;
    }
    this.numTokenStart = i;
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
    this.numDigitStart = digitStart;
    this.numDigits = i - digitStart;
    if (this.numDigits === 0) {
      this.numValue = 0;
      this.numEnd = s;
      this.numOverflow = false;
      return;
    }
    if (negative && value !== 0) value = overflow ? 0xffffffff : 0x100000000 - value;
    this.numValue = overflow ? 0xffffffff : value;
    this.numEnd = i;
    this.numOverflow = overflow;
  }

  /** The number read last was written with a sign or 0x. */
  private get numDecorated(): boolean {
    return this.numDigitStart !== this.numTokenStart;
  }

  private growBytes(atLeast = 0): void {
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, atLeast));
    grown.set(this.bytes);
    this.bytes = grown;
  }

  /** Whether the last hexData() call produced a value. */
  private hexOk = false;

  /**
   * Hex data from `s` to the end of the line, then continuation lines, as Wine's hex_data_state,
   * convert_hex_csv_to_hex, eol_backslash_state and hex_multiline_state do. Sets `hexOk`; returns
   * the start of the next line to read.
   */
  private hexData(value: RegValueEntry, d: number, s: number, type: number, le: number, trimmed: number): number {
    const text = this.text;
    this.byteCount = 0;
    this.hexOk = false;
    this.byteFixes = undefined;
    if (s < trimmed && !this.keeps()) {
      // The validating pass: data as regedit writes it is checked (and its bytes counted) in one loop.
      const canonicalEnd = this.canonicalHexEnd(s);
      if (canonicalEnd >= 0) {
        if (this.needsByteCount(type)) this.checkHexSize(d, canonicalEnd, type, this.canonicalBytes);
        this.hexOk = true;
        return this.endHex(value, d, canonicalEnd, canonicalEnd);
      }
    }
    let lineEnd = le;
    let end = trimmed; // the first line's trailing whitespace was trimmed by the importer
    let dataEnd = trimmed;
    let pos = s;
    if (s < end) {
      for (;;) {
        const status = this.hexLine(pos, end);
        dataEnd = this.lineDataEnd;
        if (status === INVALID) return this.endHex(value, d, dataEnd, lineEnd);
        if (status === DONE) break;
        // After the backslash: only whitespace or a comment (eol_backslash_state).
        const backslash = this.lineBackslash;
        const r = this.skipBlank(backslash + 1, lineEnd);
        if (r < lineEnd && text.charCodeAt(r) !== SEMI) {
          const rest = this.trimEnd(r, lineEnd);
          this.findings.push(report(rules.regContinuationTrailingText.message.found(), { start: r, end: rest }));
          return this.endHex(value, d, dataEnd, lineEnd);
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
              return this.endHex(value, d, dataEnd, lineEnd);
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
    this.hexOk = true;
    return this.endHex(value, d, dataEnd, lineEnd);
  }

  /** Whether checkHexSize needs the byte count of this type. */
  private needsByteCount(type: number): boolean {
    return type === REG_DWORD || type === REG_DWORD_BIG_ENDIAN || type === REG_QWORD || (this.unicode && (type === REG_SZ || type === REG_EXPAND_SZ || type === REG_MULTI_SZ));
  }

  /** Bytes of the data the last canonicalHexEnd() call accepted. */
  private canonicalBytes = 0;

  /**
   * Where hex data from `s` ends when it is written as regedit writes it: `xx,` bytes, lines
   * continued with `,\` right at their end onto (indented) lines that start with a byte, the last
   * line ending right after its data. -1 otherwise (the line-by-line reading then decides).
   * Counts the bytes on the way (canonicalBytes). One forward pass over char codes: this form
   * never needs to look back, and a hand loop beats a native regex match plus a second count.
   */
  private canonicalHexEnd(s: number): number {
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
        if (i + 1 >= len || HEX_DIGIT[text.charCodeAt(i + 1)] < 0) return -1;
        i += 2;
        n++;
        if (i < len && text.charCodeAt(i) !== CR && text.charCodeAt(i) !== LF) return -1;
        break;
      }
      if (c !== BACKSLASH) {
        if (c !== CR && c !== LF) return -1;
        break;
      }
      // `\` then a line break, indentation, and a line that starts with a byte.
      let q = i + 1;
      const b = text.charCodeAt(q);
      if (b === CR) q += text.charCodeAt(q + 1) === LF ? 2 : 1;
      else if (b === LF) q++;
      else return -1;
      while (q < len && isBlank(text.charCodeAt(q))) q++;
      if (q >= len || HEX_DIGIT[text.charCodeAt(q)] < 0) return -1;
      i = q;
    }
    this.canonicalBytes = n;
    return i;
  }

  private endHex(value: RegValueEntry, d: number, dataEnd: number, lineEnd: number): number {
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
    return this.nextLine(lineEnd);
  }

  private checkHexSize(d: number, dataEnd: number, type: number, n: number): void {
    const messages = rules.regHexSize.message;
    let message: RuleMessage | undefined;
    if ((type === REG_DWORD || type === REG_DWORD_BIG_ENDIAN) && n !== 4) message = messages.dword({ type: regTypeName(type), count: n });
    else if (type === REG_QWORD && n !== 8) message = messages.qword({ count: n });
    else if ((type === REG_SZ || type === REG_EXPAND_SZ || type === REG_MULTI_SZ) && this.unicode && n % 2 === 1) message = messages.odd({ type: regTypeName(type), count: n });
    if (message) this.findings.push(report(message as RuleMessage<'reg-hex-size'>, { start: d, end: dataEnd }));
  }

  private danglingContinuation(backslash: number, q: number, nle: number): void {
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

  // Result of the last hexLine() call.
  private lineDataEnd = 0;
  /** Bytes of the current hex value written with one digit, a sign or 0x: their two-digit rewrite. */
  private byteFixes: TextEdit[] | undefined;
  private lineBackslash = -1;

  /** One line of hex bytes (convert_hex_csv_to_hex). Sets lineDataEnd / lineBackslash. */
  private hexLine(s: number, end: number): HexLineStatus {
    const text = this.text;
    this.lineBackslash = -1;
    this.lineDataEnd = s;
    while (s < end) {
      // The common case, runs of `xx,` as regedit writes them.
      let i = s;
      const keep = this.keeps();
      for (;;) {
        const a = text.charCodeAt(i);
        const b = text.charCodeAt(i + 1);
        if (text.charCodeAt(i + 2) !== COMMA || i + 3 > end || a >= 128 || b >= 128) break;
        const hi = HEX_VALUE[a];
        const lo = HEX_VALUE[b];
        if ((hi | lo) < 0) break;
        if (keep) {
          if (this.byteCount === this.bytes.length) this.growBytes();
          this.bytes[this.byteCount] = (hi << 4) | lo;
        }
        this.byteCount++;
        i += 3;
      }
      if (i > s) {
        this.lineDataEnd = i;
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
            this.lineDataEnd = s + 2;
            return DONE;
          }
          this.lineDataEnd = s + 3;
          s += 3;
          continue;
        }
      }
      this.wcstoul(s, end);
      if (this.numDigits === 0) {
        const r = this.skipBlank(s, end);
        const c = r < end ? text.charCodeAt(r) : -1;
        if (c === BACKSLASH) {
          this.lineDataEnd = r + 1;
          this.lineBackslash = r;
          return CONTINUE;
        }
        if (c === SEMI) return DONE;
        this.badHexToken(s, r, end, c);
        this.lineDataEnd = r < end ? this.trimEnd(r, end) : end;
        return INVALID;
      }
      const e = this.numEnd;
      if (this.numOverflow || this.numValue > 0xff) {
        this.findings.push(report(rules.regHexByteInvalid.message.tooBig({ byte: text.slice(this.numDigitStart, e) }), { start: this.numDigitStart, end: e }));
        this.lineDataEnd = e;
        return INVALID;
      }
      const byte = this.numValue;
      if (this.byteCount === this.bytes.length) this.growBytes();
      this.bytes[this.byteCount++] = byte;
      if (this.numDigits !== 2 || this.numDecorated) {
        // One finding per value (a pasted dump can have thousands of such bytes), fixing them all.
        if (!this.byteFixes) this.byteFixes = [];
        this.byteFixes.push({ span: { start: this.numTokenStart, end: e }, newText: HEX_PAIRS[byte] });
      }
      this.lineDataEnd = e;
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
          this.lineDataEnd = this.trimEnd(r, end);
          return INVALID;
        }
        return DONE;
      }
      if (e < end) {
        this.lineDataEnd = e + 1;
        s = e + 1;
      } else {
        s = e;
      }
    }
    return DONE;
  }

  private badHexToken(s: number, r: number, end: number, c: number): void {
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

/**
 * A key line: a view of one row of the document's KeyTable. Strings and spans are cut when asked
 * for; the values are read again from the text on first access (and kept): the main pass
 * validates them without keeping them, so a big file costs a few integers per key, not a graph
 * of objects per key and value.
 */
export class ParsedKey implements RegKeyEntry {
  #table: KeyTable;
  readonly #index: number;
  #values: RegValueEntry[] | undefined;

  constructor(table: KeyTable, index: number) {
    this.#table = table;
    this.#index = index;
  }

  get path(): string {
    return this.#table.path(this.#index);
  }

  get fullPath(): string {
    return this.#table.fullPath(this.#index);
  }

  get root(): RegRoot | undefined {
    return this.#table.root(this.#index);
  }

  get isDelete(): boolean {
    return (this.#table.flags(this.#index) & KEY_DELETE) !== 0;
  }

  get dropped(): boolean {
    return (this.#table.flags(this.#index) & KEY_DROPPED) !== 0;
  }

  get lineIgnored(): boolean | undefined {
    return (this.#table.flags(this.#index) & KEY_IGNORED) !== 0 ? true : undefined;
  }

  /** A segment of the path is `UScheduler_OOBE` (any case): the only keys the registry form looks at. */
  get mentionsOrchestrator(): boolean {
    return (this.#table.flags(this.#index) & KEY_ORCHESTRATOR) !== 0;
  }

  get lineSpan(): Span {
    return { start: this.#table.lineStart(this.#index), end: this.#table.lineEnd(this.#index) };
  }

  get pathSpan(): Span {
    return { start: this.#table.pathStart(this.#index), end: this.#table.pathEnd(this.#index) };
  }

  get blockSpan(): Span {
    return { start: this.#table.lineStart(this.#index), end: this.#table.blockEnd(this.#index) };
  }

  get values(): RegValueEntry[] {
    if (!this.#values) {
      const table = this.#table;
      const values: RegValueEntry[] = [];
      const scanner = new RegScanner(table.text, table.unicode, values);
      scanner.resume(table.valueState(this.#index));
      scanner.scan(scanner.nextLine(table.lineEnd(this.#index)), () => true);
      this.#values = values;
    }
    return this.#values;
  }

  set values(values: RegValueEntry[]) {
    this.#values = values;
  }

  /** Points the key at a new table whose row `index` is the same (a reparse keeps the keys before an edit). */
  rebind(table: KeyTable): void {
    this.#table = table;
  }

  toJSON(): Omit<RegKeyEntry, 'values'> & { values: RegValueEntry[] } {
    const { path, fullPath, root, isDelete, lineSpan, pathSpan, blockSpan, dropped, lineIgnored } = this;
    return { path, fullPath, root, isDelete, lineSpan, pathSpan, blockSpan, values: this.values, dropped, ...(lineIgnored ? { lineIgnored } : {}) };
  }
}

/** The key entries of a table (one small view object per row). */
export function keyEntries(table: KeyTable, from = 0, into: RegKeyEntry[] = []): RegKeyEntry[] {
  for (let i = from; i < table.count; i++) into.push(new ParsedKey(table, i));
  return into;
}
