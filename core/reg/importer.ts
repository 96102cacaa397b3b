// The importer's state machine, line by line as Wine's importer (programs/reg/import.c) runs:
// key lines open, delete or fail a key (with the key-path rules), value lines land in the open key
// or are dropped, and a later assignment overrides an earlier one. One pass, no per-line regexes.
import { report } from '../diagnostics/catalogue';
import type { RuleMessage } from '../rules/rule';
import * as rules from '../rules/reg';
import { REG_BINARY } from './data';
import { ValueDataReader } from './dataRules';
import { setSpan } from './hexRules';
import { unescapeRegString } from './escape';
import { KEY_DELETE, KEY_DROPPED, KEY_IGNORED, KEY_ORCHESTRATOR, KEY_UNNORMALIZED, KeyTable, type OpenState } from './keyTable';
import { AT, BACKSLASH, EQUALS, HASH, hexDigit, isBlank, LBRACKET, MINUS, QUOTE, RBRACKET, SEMI, segmentIs, SPACE, TAB } from './lex';
import { ParsedStringLiteral } from './literal';
import type { RegRoot, RegValueEntry } from './model';
import { foldName, matchRootCode, ROOT_ABBREVIATED, rootLengthOfCode, rootOfCode } from './names';
import { sameName } from '../text/caseFold';
import type { Span } from '../diagnostics/types';

export type { OpenState } from './keyTable';

const MAX_KEY_NAME = 255;
const MAX_VALUE_NAME = 16383;
const MAX_DEPTH = 512;

// An assignment that landed in the open key: five numbers in `assigned` (no object per value).
const A_SPAN_START = 0;
const A_SPAN_END = 1;
const A_NAME_START = 2;
const A_NAME_END = 3;
const A_FLAGS = 4;
const A_STRIDE = 5;
const A_DELETE = 1;
const A_ESCAPED = 2;

function copy(span: Span): Span {
  return { start: span.start, end: span.end };
}

export class RegScanner extends ValueDataReader {
  /** The key lines read (the main pass; a reparse starts it with the unchanged keys before the edit). */
  readonly table: KeyTable;
  readonly valuesBeforeFirstKey: RegValueEntry[] = [];
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

  constructor(
    text: string,
    /** hex(1)/hex(2)/hex(7) bytes are UTF-16LE (else ANSI). */
    unicode: boolean,
    /**
     * Where values go. Undefined: the main pass, which validates every value but keeps only the
     * key entries (their values materialise on first access, see ParsedKey): a big file's values
     * then never survive into the old generation of the garbage collector.
     */
    private readonly sink?: RegValueEntry[],
    table?: KeyTable,
  ) {
    super(text, unicode);
    this.table = table ?? new KeyTable(text, unicode, sink ? 1 : 64);
  }

  /** Starts the scanner in the state the importer has right after a key line (for materialising its values). */
  resume(state: OpenState): void {
    this.hasKey = true;
    this.open = state;
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
      const plain = this.plainClose(p + 1, build, true);
      const str = plain < 0 ? this.scanString(p + 1, le, build) : undefined;
      const end = str ? str.end : plain;
      if (str && !str.ok) {
        value = this.newValue(p, build ? text.slice(p + 1, trimmed) : '', p, trimmed);
        value.span.end = trimmed;
        this.attach(value);
        const failure = str.failure;
        const messages = rules.regValueNameUnterminated.message;
        const message = failure === 'nul' ? messages.nul() : failure === 'continuation' ? messages.continuation() : messages.unterminated();
        this.findings.push(report(message, failure === 'nul' ? { start: end, end: end + 2 } : { start: p, end: trimmed }));
        return this.nextLine(le);
      }
      // The main pass keeps no name strings: assignments compare the characters in the text.
      const escapeCount = str ? str.escapeCount : 0;
      value = this.newValue(p, str && build ? str.value : '', p, end + 1);
      if (str && build) value.nameLiteral = new ParsedStringLiteral({ start: p + 1, end }, str.value, str.escapes);
      this.nameStart = p + 1;
      this.nameEnd = end;
      this.nameEscaped = escapeCount > 0;
      const length = end - p - 1 - escapeCount;
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
      ({ next, ok } = this.hexData(value, d, d + 4, REG_BINARY, le, trimmed));
    } else if (c === 104 /* h */ && this.isHex(d, 40 /* ( */)) {
      const dataStart = this.hexType(value, d, trimmed);
      if (dataStart >= 0) {
        ({ next, ok } = this.hexData(value, d, dataStart, value.typeCode as number, le, trimmed));
      }
    } else {
      this.findings.push(report(this.unknownDataMessage(d, trimmed), d < trimmed ? { start: d, end: trimmed } : { start: q, end: q + 1 }));
    }
    if (ok) this.land(value);
    return next;
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

  /** Whether the value being read is kept (so its decoded data is worth building). */
  protected keeps(): boolean {
    return this.sink !== undefined || !this.hasKey;
  }
}
