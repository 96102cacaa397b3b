import { report } from '../diagnostics/catalogue';
import type { Finding, Fix, Span, TextEdit } from '../diagnostics/types';
import { REG } from './codes';
import { REG_BINARY, REG_DWORD, REG_DWORD_BIG_ENDIAN, REG_EXPAND_SZ, REG_MULTI_SZ, REG_QWORD, REG_SZ, decodeHexData, regTypeName, HEX_PAIRS } from './data';
import { ParsedStringLiteral } from './literal';
import type { RegKeyEntry, RegRoot, RegValueEntry } from './model';
import { foldName, matchRoot } from './names';

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

/** A run of canonical `xx,` bytes (what regedit writes), matched natively. */
const HEX_RUN = /(?:[0-9a-fA-F]{2},)+/y;

function canonical(v: number): string {
  return (v >>> 0).toString(16).padStart(8, '0');
}

/** Case-insensitive name equality (ASCII fast path; foldName for the rest). */
function sameName(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0x80 || y >= 0x80) return foldName(a) === foldName(b);
    if ((x | 0x20) !== (y | 0x20) || (x | 0x20) < 97 || (x | 0x20) > 122) return false;
  }
  return true;
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

interface Assignment {
  name: string;
  nameSpan: Span;
  isDelete: boolean;
}

function copy(span: Span): Span {
  return { start: span.start, end: span.end };
}

/** Which key the importer has open: values land there, or nowhere. */
export type OpenState = 'none' | 'open' | 'deleted' | 'failed';

interface StringScan {
  ok: boolean;
  /** Index of the closing quote (when ok), or where scanning failed. */
  end: number;
  value: string;
  escapes?: number[];
  failure?: 'unterminated' | 'continuation' | 'nul';
}

export class RegScanner {
  readonly findings: Finding[] = [];
  readonly keys: RegKeyEntry[] = [];
  readonly valuesBeforeFirstKey: RegValueEntry[] = [];
  private readonly len: number;
  private nextLf = -1;
  private nextCr = -1;
  private current: RegKeyEntry | undefined;
  private open: OpenState = 'none';
  private openPath = '';
  private assigned: Assignment[] = [];
  private assignedMap: Map<string, Assignment> | undefined;
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
  ) {
    this.len = text.length;
  }

  /** Starts the scanner in the state the importer has right after a key line (for materialising its values). */
  resume(key: RegKeyEntry, state: OpenState): void {
    this.current = key;
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
          (this.current as ParsedKey).valueState = this.open;
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
      this.findings.push(report(REG.hashComment, span, '`#` does not start a comment in a .reg file; the importer ignores this line as garbage. Use `;`.', {
        fixes: [{ title: 'Replace `#` with `;`', edits: [{ span: { start: p, end: p + 1 }, newText: ';' }], safeForFixAll: true }],
      }));
      return;
    }
    const looksLikeHex = hexDigit(this.text.charCodeAt(p)) >= 0;
    const hint = looksLikeHex ? ' It looks like hex data, but no value above continues onto it (a continued line ends with `,\\`).' : ' Lines start with `[` (a key), `@` or `"` (a value) or `;` (a comment).';
    this.findings.push(report(REG.lineIgnored, span, `The importer silently ignores this line.${hint}`));
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
    const entry = new ParsedKey({ start: ls, end: le }, { start: p, end: close < 0 ? trimmed : close }, this.text, this.unicode);
    this.keys.push(entry);
    this.current = entry;
    this.assigned.length = 0;
    this.assignedMap = undefined;

    if (p < le && isBlank(text.charCodeAt(p))) {
      const nameStart = this.skipBlank(p, trimmed);
      this.ignoreKeyLine(entry, nameStart, close < 0 ? trimmed : close);
      this.findings.push(report(REG.keySpaceAfterBracket, { start: b, end: nameStart }, `Whitespace right after \`[\` makes the importer skip this key line; the values below go to ${this.previousKey()}.`, {
        fixes: [{ title: 'Remove the whitespace after `[`', edits: [{ span: { start: p, end: nameStart }, newText: '' }], safeForFixAll: true }],
      }));
      return;
    }
    if (close < 0) {
      this.ignoreKeyLine(entry, p, trimmed);
      this.findings.push(report(REG.keyUnclosed, { start: b, end: trimmed }, `This key line has no closing \`]\`, so the importer skips it; the values below go to ${this.previousKey()}.`, {
        fixes: [{ title: 'Add the closing `]`', edits: [{ span: { start: trimmed, end: trimmed }, newText: ']' }] }],
      }));
      return;
    }
    const after = this.skipBlank(close + 1, trimmed);
    if (after < trimmed && text.charCodeAt(after) !== SEMI) {
      this.findings.push(report(REG.keyTrailingText, { start: after, end: trimmed }, 'The importer ignores text after the closing `]` of a key line.'));
    }
    if (text.charCodeAt(p) === MINUS) {
      entry.isDelete = true;
      p++;
      entry.pathSpan = { start: p, end: close };
      this.deleteKeyLine(entry, p, close);
      return;
    }
    this.openKeyLine(entry, p, close);
  }

  private previousKey(): string {
    return this.open === 'open' ? `the previous key ${this.openPath}` : 'no key (they are dropped)';
  }

  private ignoreKeyLine(entry: RegKeyEntry, start: number, end: number): void {
    entry.lineIgnored = true;
    entry.dropped = true;
    entry.pathSpan = { start, end };
    entry.path = this.text.slice(start, end);
    const root = matchRoot(this.text, start, end);
    entry.root = root?.root;
    entry.fullPath = root ? root.root + this.text.slice(start + root.length, end) : entry.path;
  }

  private deleteKeyLine(entry: RegKeyEntry, p: number, close: number): void {
    const text = this.text;
    this.open = 'deleted';
    this.openPath = '';
    entry.path = text.slice(p, close);
    const root = matchRoot(text, p, close);
    const first = text.charCodeAt(p);
    if (!root || (first !== 72 && first !== 104) /* H or h */) {
      entry.dropped = true;
      entry.fullPath = entry.path;
      const why = p < close && isBlank(first) ? 'the `-` must be followed directly by the root name' : 'the root is not one of HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS, HKEY_CURRENT_CONFIG';
      this.findings.push(report(REG.keyDeleteInvalid, entry.pathSpan, `This deletion deletes nothing: ${why}.`));
      return;
    }
    entry.root = root.root;
    const rest = p + root.length;
    entry.fullPath = this.checkPath(entry, p, root, rest, close);
    if (rest + 1 >= close || entry.fullPath === root.root) {
      entry.dropped = true;
      this.findings.push(report(REG.keyDeleteRoot, entry.pathSpan, `A root key cannot be deleted: [-${text.slice(p, close)}] does nothing.`));
    }
  }

  private openKeyLine(entry: RegKeyEntry, p: number, close: number): void {
    const text = this.text;
    entry.path = text.slice(p, close);
    const root = matchRoot(text, p, close);
    if (!root) {
      let segEnd = p;
      while (segEnd < close && text.charCodeAt(segEnd) !== BACKSLASH) segEnd++;
      entry.dropped = true;
      entry.fullPath = entry.path;
      this.open = 'failed';
      this.openPath = '';
      this.findings.push(report(REG.keyUnknownRoot, { start: p, end: segEnd }, `Unknown root "${text.slice(p, segEnd)}": the importer drops this key and every value under it. Use HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS or HKEY_CURRENT_CONFIG.`));
      return;
    }
    entry.root = root.root;
    entry.fullPath = this.checkPath(entry, p, root, p + root.length, close);
    if (entry.dropped) {
      this.open = 'failed';
      this.openPath = '';
    } else {
      this.open = 'open';
      this.openPath = entry.fullPath;
    }
  }

  /** Checks the segments after the root; returns the path as the registry stores it. */
  private checkPath(entry: RegKeyEntry, p: number, root: { root: RegRoot; length: number; abbreviated: boolean }, rest: number, close: number): string {
    const text = this.text;
    if (root.abbreviated) {
      this.findings.push(report(REG.keyAbbreviatedRoot, { start: p, end: rest }, `Windows regedit does not accept the abbreviation ${text.slice(p, rest)}; write ${root.root}.`, {
        fixes: [{ title: `Write ${root.root}`, edits: [{ span: { start: p, end: rest }, newText: root.root }], safeForFixAll: true }],
      }));
    }
    let normalized = true;
    let depth = 0;
    let segStart = rest + 1;
    for (let i = rest + 1; i <= close && rest < close; i++) {
      if (i < close && text.charCodeAt(i) !== BACKSLASH) continue;
      const segLen = i - segStart;
      if (segLen === 0) {
        normalized = false;
        if (i === close) {
          this.findings.push(report(REG.keyTrailingBackslash, { start: i - 1, end: i }, 'A trailing backslash makes this key path invalid on Windows (Wine ignores it).', {
            fixes: [{ title: 'Remove the trailing backslash', edits: [{ span: { start: i - 1, end: i }, newText: '' }], safeForFixAll: true }],
          }));
        } else {
          this.findings.push(report(REG.keyEmptySegment, { start: i - 1, end: i + 1 }, 'An empty key name between two backslashes: Wine skips it, Windows may refuse the key.', {
            fixes: [{ title: 'Collapse the doubled backslash', edits: [{ span: { start: i, end: i + 1 }, newText: '' }], safeForFixAll: true }],
          }));
        }
      } else {
        depth++;
        if (segLen > MAX_KEY_NAME) {
          entry.dropped = true;
          this.findings.push(report(REG.keyNameTooLong, { start: segStart, end: i }, `This key name has ${segLen} characters; the limit is ${MAX_KEY_NAME}, so the key cannot be created.`));
        }
        if (segLen === 11 && foldName(text.slice(segStart, i)) === 'WOW6432NODE') {
          this.findings.push(report(REG.keyWow6432Node, { start: segStart, end: i }, '`Wow6432Node` is the 32-bit registry view: the 64-bit update service does not read it. Write the 64-bit path and import with `reg import file.reg /reg:64`.'));
        }
      }
      segStart = i + 1;
    }
    if (depth > MAX_DEPTH) {
      entry.dropped = true;
      this.findings.push(report(REG.keyTooDeep, { start: p, end: close }, `This key is ${depth} levels deep; registry keys nest at most ${MAX_DEPTH} levels.`));
    }
    if (close > p && text.charCodeAt(close - 1) === SPACE && !entry.isDelete) {
      const end = this.trimEnd(p, close);
      this.findings.push(report(REG.keyTrailingSpace, { start: end, end: close }, 'Spaces before `]` belong to the key name: this key name ends with a space.', {
        fixes: [{ title: 'Remove the spaces before `]`', edits: [{ span: { start: end, end: close }, newText: '' }] }],
      }));
    }
    if (normalized) return root.root + text.slice(rest, close);
    const segments = text.slice(rest, close).split('\\').filter((s) => s !== '');
    return segments.length ? `${root.root}\\${segments.join('\\')}` : root.root;
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
    else if (!this.current) this.valuesBeforeFirstKey.push(value);
  }

  /** A value line at `p` (its `"` or `@`); returns the start of the next line to read. */
  private valueLine(p: number, le: number): number {
    this.lastValue = undefined;
    const next = this.readValueLine(p, le);
    // The block's end moves with the value's end, known only once its data is read.
    const key = this.current;
    const value = this.lastValue as RegValueEntry | undefined;
    if (key && value && !this.sink && value.span.end > key.blockSpan.end) key.blockSpan.end = value.span.end;
    return next;
  }

  private readValueLine(p: number, le: number): number {
    const text = this.text;
    const trimmed = this.trimEnd(p, le);
    let value: RegValueEntry;
    let q: number;
    if (text.charCodeAt(p) === AT) {
      value = this.newValue(p, '', p, p + 1);
      q = p + 1;
    } else {
      const scan = this.scanString(p + 1, le, true);
      if (!scan.ok) {
        value = this.newValue(p, text.slice(p + 1, trimmed), p, trimmed);
        value.span.end = trimmed;
        this.attach(value);
        const what = scan.failure === 'nul' ? 'contains `\\0`' : scan.failure === 'continuation' ? 'ends with a backslash' : 'has no closing quote';
        this.findings.push(report(REG.valueNameUnterminated, scan.failure === 'nul' ? { start: scan.end, end: scan.end + 2 } : { start: p, end: trimmed }, `The value name ${what}: the importer drops this line.`));
        return this.nextLine(le);
      }
      value = this.newValue(p, scan.value, p, scan.end + 1);
      if (this.keeps()) value.nameLiteral = new ParsedStringLiteral({ start: p + 1, end: scan.end }, scan.value, scan.escapes);
      if (scan.value.length > MAX_VALUE_NAME) {
        this.findings.push(report(REG.valueNameTooLong, copy(value.nameSpan), `This value name has ${scan.value.length} characters; the limit is ${MAX_VALUE_NAME}.`));
      }
      q = scan.end + 1;
    }
    this.attach(value);
    q = this.skipBlank(q, le);
    if (q >= le || text.charCodeAt(q) !== EQUALS) {
      value.span.end = trimmed > value.span.end ? trimmed : value.span.end;
      this.findings.push(report(REG.valueMissingEquals, q < trimmed ? { start: q, end: trimmed } : copy(value.nameSpan), 'A value name must be followed by `=`: the importer drops this line.'));
      return this.nextLine(le);
    }
    const d = this.skipBlank(q + 1, trimmed);
    value.dataSpan = { start: d, end: trimmed };
    value.span.end = trimmed;
    let next = this.nextLine(le);
    let ok = false;
    const c = d < trimmed ? text.charCodeAt(d) : -1;
    if (c === MINUS) {
      ok = this.deleteData(value, d, trimmed);
    } else if (c === QUOTE) {
      ok = this.stringData(value, d, le, trimmed);
    } else if (text.startsWith('dword:', d)) {
      ok = this.dwordData(value, d, trimmed);
    } else if (text.startsWith('hex:', d)) {
      value.typeCode = REG_BINARY;
      value.type = 'REG_BINARY';
      next = this.hexData(value, d, d + 4, REG_BINARY, le, trimmed);
      ok = this.hexOk;
    } else if (text.startsWith('hex(', d)) {
      const type = this.hexType(value, d, trimmed);
      if (type) {
        next = this.hexData(value, d, type.dataStart, type.code, le, trimmed);
        ok = this.hexOk;
      }
    } else {
      this.findings.push(report(REG.valueDataInvalid, d < trimmed ? { start: d, end: trimmed } : { start: q, end: q + 1 }, this.unknownDataMessage(d, trimmed)));
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
      this.findings.push(report(REG.valueOutsideKey, copy(value.span), 'This value comes before any key line: the importer has no key to put it in and drops it.'));
    } else if (this.open === 'deleted') {
      this.findings.push(report(REG.valueAfterDelete, copy(value.span), 'This value follows a key deletion `[-…]`: no key is open, so the importer drops it. Put it under a `[key]` line.'));
    }
    // 'failed': the key line's own error already says that its values are dropped.
  }

  private trackAssignment(value: RegValueEntry): void {
    // What landed in the open key since its key line (copies: the value object may be reused).
    const mine: Assignment = { name: value.name, nameSpan: copy(value.nameSpan), isDelete: value.isDelete };
    const list = this.assigned;
    let earlier: Assignment | undefined;
    if (this.assignedMap) {
      const folded = foldName(value.name);
      earlier = this.assignedMap.get(folded);
      this.assignedMap.set(folded, mine);
    } else {
      for (let i = list.length - 1; i >= 0; i--) {
        if (sameName(list[i].name, value.name)) {
          earlier = list[i];
          list[i] = mine;
          break;
        }
      }
      if (!earlier) {
        list.push(mine);
        // Keys with many values switch to a map by folded name, so the check stays linear.
        if (list.length > 32) this.assignedMap = new Map(list.map((a) => [foldName(a.name), a]));
      }
    }
    if (earlier && !earlier.isDelete) {
      const what = value.isDelete ? 'deleted' : 'assigned again';
      this.findings.push(report(REG.valueOverridden, earlier.nameSpan, `This value is ${what} further down in the same key (names ignore case); this assignment has no effect.`, {
        related: [{ span: mine.nameSpan, message: 'the later assignment' }],
      }));
    }
  }

  private unknownDataMessage(d: number, end: number): string {
    if (d >= end) return 'The value has no data after `=`: the importer drops this line.';
    const head = this.text.slice(d, Math.min(end, d + 8)).toLowerCase();
    if (head.startsWith('qword:')) return 'There is no `qword:` form: write a QWORD as `hex(b):` with 8 little-endian bytes. The importer drops this line.';
    if (head.startsWith('dword:') || head.startsWith('hex:') || head.startsWith('hex(')) return 'Data type prefixes are case-sensitive: write `dword:`, `hex:` or `hex(N):` in lowercase. The importer drops this line.';
    if (head.startsWith('dword') || head.startsWith('hex')) return 'A data type prefix ends with `:` right after the name (`dword:`, `hex:`, `hex(N):`). The importer drops this line.';
    return 'Value data must be a quoted string, `dword:`, `hex:` or `hex(N):` data, or `-`; unquoted text is dropped by the importer.';
  }

  private deleteData(value: RegValueEntry, d: number, trimmed: number): boolean {
    value.dataSpan = { start: d, end: d + 1 };
    value.span.end = d + 1;
    const r = this.skipBlank(d + 1, trimmed);
    if (r < trimmed && this.text.charCodeAt(r) !== SEMI) {
      if (this.text.charCodeAt(r) === HASH) this.trailingHash(r, trimmed);
      else this.findings.push(report(REG.valueDeleteTrailing, { start: r, end: trimmed }, '`=-` deletes a value only when nothing but a `;comment` follows: the importer drops this line.'));
      return false;
    }
    value.isDelete = true;
    return true;
  }

  private trailingHash(r: number, trimmed: number): void {
    this.findings.push(report(REG.trailingHash, { start: r, end: trimmed }, 'A `#` after the data makes the importer drop the line; only a `;comment` may follow.', {
      fixes: [{ title: 'Make it a `;` comment', edits: [{ span: { start: r, end: r + 1 }, newText: ';' }], safeForFixAll: true }],
    }));
  }

  /** Scans a string body from `from` (after the opening quote) as Wine's unescape_string does. */
  /** Whether the value being read is kept (so its decoded data is worth building). */
  private keeps(): boolean {
    return this.sink !== undefined || this.current === undefined;
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

  private scanString(from: number, le: number, build: boolean): StringScan {
    const text = this.text;
    let i = from;
    let pieceStart = from;
    let out = '';
    let escapes: number[] | undefined;
    // Jump from backslash to backslash (native searches); most strings have none.
    let nextQuote = this.quoteFrom(from, le);
    let nextBackslash = this.backslashFrom(from, le);
    while (i < le) {
      if (nextQuote < nextBackslash) {
        i = nextQuote;
        const value = !build ? '' : escapes ? out + text.slice(pieceStart, i) : text.slice(from, i);
        return escapes ? { ok: true, end: i, value, escapes } : { ok: true, end: i, value };
      }
      i = nextBackslash;
      if (i >= le) break;
      if (i + 1 >= le) return { ok: false, end: i, value: '', failure: 'continuation' };
      const e = text.charCodeAt(i + 1);
      let decoded: string;
      if (e === 110 /* n */) {
        decoded = '\n';
        this.findings.push(report(REG.stringNewlineEscape, { start: i, end: i + 2 }, '`\\n` imports as a line feed on Wine; Windows regedit behaviour is not verified.'));
      } else if (e === 114 /* r */) {
        decoded = '\r';
        this.findings.push(report(REG.stringNewlineEscape, { start: i, end: i + 2 }, '`\\r` imports as a carriage return on Wine; Windows regedit behaviour is not verified.'));
      } else if (e === 48 /* 0 */) {
        return { ok: false, end: i, value: '', failure: 'nul' };
      } else {
        decoded = text[i + 1];
        if (e !== BACKSLASH && e !== QUOTE) {
          this.findings.push(report(REG.stringUnknownEscape, { start: i, end: i + 2 }, `\`\\${decoded}\` is not an escape: it imports as \`${decoded}\`. Write \`\\\\${decoded}\` for a backslash followed by ${decoded}.`, {
            fixes: [{ title: 'Escape the backslash', edits: [{ span: { start: i, end: i + 1 }, newText: '\\\\' }] }],
          }));
        }
      }
      if (!escapes) escapes = [];
      escapes.push(i - from - escapes.length);
      if (build) out += text.slice(pieceStart, i) + decoded;
      i += 2;
      pieceStart = i;
      if (nextQuote < i) nextQuote = this.quoteFrom(i, le);
      nextBackslash = this.backslashFrom(i, le);
    }
    return { ok: false, end: le, value: '', failure: 'unterminated' };
  }

  private stringData(value: RegValueEntry, d: number, le: number, trimmed: number): boolean {
    value.typeCode = REG_SZ;
    value.type = 'REG_SZ';
    const scan = this.scanString(d + 1, le, this.keeps());
    if (!scan.ok) {
      if (scan.failure === 'nul') {
        this.findings.push(report(REG.stringNulEscape, { start: scan.end, end: scan.end + 2 }, '`\\0` is not allowed in a string: the importer drops this line. Use hex(7): for a list of strings.'));
      } else if (scan.failure === 'continuation') {
        this.findings.push(report(REG.stringContinuation, { start: scan.end, end: scan.end + 1 }, 'Strings cannot continue on the next line: this backslash at the end of the line makes the importer drop it. Write `\\\\` for a backslash.'));
      } else {
        this.findings.push(report(REG.stringUnterminated, { start: d, end: trimmed }, 'The string has no closing quote: the importer drops this line.'));
      }
      return false;
    }
    const close = scan.end;
    value.dataSpan = { start: d, end: close + 1 };
    value.span.end = close + 1;
    if (this.keeps()) value.stringLiteral = new ParsedStringLiteral({ start: d + 1, end: close }, scan.value, scan.escapes);
    const r = this.skipBlank(close + 1, trimmed);
    if (r < trimmed && this.text.charCodeAt(r) !== SEMI) {
      if (this.text.charCodeAt(r) === HASH) {
        this.trailingHash(r, trimmed);
      } else {
        const inner = this.text.indexOf('"', r);
        const why = inner >= 0 && inner < trimmed ? 'an unescaped `"` ended the string early (write `\\"` inside strings)' : 'only whitespace or a `;comment` may follow the closing quote';
        this.findings.push(report(REG.stringTrailingText, { start: r, end: trimmed }, `Unexpected text after the string: ${why}. The importer drops this line.`));
      }
      return false;
    }
    value.data = scan.value;
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
    value.dataSpan = { start: d, end: e > r ? e : trimmed };
    value.span.end = value.dataSpan.end;
    if (r >= trimmed) {
      this.findings.push(report(REG.dwordInvalid, { start: d, end: trimmed }, '`dword:` has no digits: the importer drops this line.'));
      return false;
    }
    const t = this.skipBlank(e, trimmed);
    if (digits > 8) {
      const fixes: Fix[] = n <= 0xffffffff ? [{ title: 'Rewrite as 8 hex digits', edits: [{ span: { start: r, end: e }, newText: canonical(n) }] }] : [];
      this.findings.push(report(REG.dwordInvalid, { start: r, end: e }, `\`dword:\` takes at most 8 hex digits (leading zeros count); found ${digits}. The importer drops this line.`, { fixes }));
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
        this.findings.push(report(REG.dwordInvalid, { start: r, end: h }, '`dword:` takes hex digits without a `0x` prefix: the importer drops this line.', {
          fixes: fits ? [{ title: 'Rewrite as 8 hex digits', edits: [{ span: { start: r, end: h }, newText: canonical(m) }] }] : [],
        }));
        value.dataSpan = { start: d, end: h };
      } else {
        const inner = hexDigit(c) >= 0 ? 'spaces inside the number' : 'a character that is not a hex digit';
        this.findings.push(report(REG.dwordInvalid, { start: r, end: trimmed }, `\`dword:\` data has ${inner}: the importer drops this line.`));
      }
      return false;
    }
    if (digits === 0) {
      this.findings.push(report(REG.dwordNoDigits, { start: d, end: s }, '`dword:` without digits before the comment imports 0 on Wine (Windows is not verified); write the digits.', {
        fixes: [{ title: 'Write dword:00000000', edits: [{ span: { start: s, end: t }, newText: '00000000' }], safeForFixAll: true }],
      }));
      value.data = 0;
      return true;
    }
    if (digits !== 8 || !lower || r !== s) {
      this.findings.push(report(REG.dwordFormat, { start: s, end: e }, `regedit writes dword: data as 8 lowercase hex digits: dword:${canonical(n)} (= ${n}).`, {
        fixes: [{ title: `Rewrite as dword:${canonical(n)}`, edits: [{ span: { start: s, end: e }, newText: canonical(n) }], safeForFixAll: true }],
      }));
    }
    value.data = n;
    return true;
  }

  /** `hex(N):` as Wine's parse_data_type reads it (wcstoul, base 16). */
  private hexType(value: RegValueEntry, d: number, trimmed: number): { code: number; dataStart: number } | undefined {
    const text = this.text;
    const s = d + 4;
    const fail = (end: number, why: string): undefined => this.badHexType(value, d, s, end, trimmed, why);
    if (s >= trimmed) return fail(trimmed, '`hex(` must be followed by a type number and `):`.');
    if ((text.charCodeAt(s + 1) | 0x20) === 120 /* x */) return fail(Math.min(s + 2, trimmed), 'Write the type of `hex(N):` in hex digits without `0x`.');
    this.wcstoul(s, trimmed);
    const num = { value: this.numValue, end: this.numEnd, overflow: this.numOverflow, plain: !this.numDecorated && this.numTokenStart === s };
    if (text.charCodeAt(num.end) !== 41 /* ) */ || text.charCodeAt(num.end + 1) !== 58 /* : */) {
      const close = text.indexOf(')', s);
      return fail(close >= 0 && close < trimmed ? close + 1 : trimmed, '`hex(N):` needs a hex type number N followed by `):`.');
    }
    if (num.overflow) return fail(num.end + 2, 'The type of `hex(N):` must be at most ffffffff.');
    if (!num.plain) {
      this.findings.push(report(REG.hexTypeFormat, { start: s, end: num.end }, `Write the type as plain hex digits: hex(${num.value.toString(16)}):. Only Wine reads this form.`, {
        fixes: [{ title: `Write hex(${num.value.toString(16)}):`, edits: [{ span: { start: s, end: num.end }, newText: num.value.toString(16) }] }],
      }));
    }
    value.typeCode = num.value;
    value.type = regTypeName(num.value);
    return { code: num.value, dataStart: num.end + 2 };
  }

  // Result of the last wcstoul() call (fields, not an object: it runs once per hex byte).
  private numValue = 0;
  private numEnd = 0;
  private numOverflow = false;
  private numDigits = 0;
  private numDigitStart = 0;
  private numTokenStart = 0;

  private badHexType(value: RegValueEntry, d: number, s: number, end: number, trimmed: number, why: string): undefined {
    this.findings.push(report(REG.hexTypeInvalid, { start: d, end: Math.max(end, s) }, `${why} The importer drops this line.`));
    value.dataSpan = { start: d, end: trimmed };
    return undefined;
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
          this.findings.push(report(REG.continuationTrailingText, { start: r, end: rest }, 'Only whitespace or a `;comment` may follow the continuation backslash: the importer drops this value.'));
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

  private endHex(value: RegValueEntry, d: number, dataEnd: number, lineEnd: number): number {
    const edits = this.byteFixes;
    if (edits) {
      this.byteFixes = undefined;
      const first = edits[0];
      const written = this.text.slice(first.span.start, first.span.end);
      const more = edits.length > 1 ? ` (and ${edits.length - 1} more byte${edits.length > 2 ? 's' : ''} in this value)` : '';
      this.findings.push(report(REG.hexByteFormat, first.span, `Write each byte as exactly two hex digits: "${written}" is ${first.newText}${more}. Only Wine reads other forms.`, {
        fixes: [{ title: edits.length > 1 ? 'Write every byte as two hex digits' : `Write ${first.newText}`, edits, safeForFixAll: true }],
      }));
    }
    value.dataSpan = { start: d, end: dataEnd };
    value.span.end = dataEnd;
    return this.nextLine(lineEnd);
  }

  private checkHexSize(d: number, dataEnd: number, type: number, n: number): void {
    let why = '';
    if ((type === REG_DWORD || type === REG_DWORD_BIG_ENDIAN) && n !== 4) why = `${regTypeName(type)} data is 4 bytes; found ${n}. What the registry then returns is undefined.`;
    else if (type === REG_QWORD && n !== 8) why = `REG_QWORD data is 8 bytes; found ${n}.`;
    else if ((type === REG_SZ || type === REG_EXPAND_SZ || type === REG_MULTI_SZ) && this.unicode && n % 2 === 1) why = `In a UTF-16 file, ${regTypeName(type)} bytes are UTF-16LE code units: an odd count (${n}) leaves half a character.`;
    if (why) this.findings.push(report(REG.hexSize, { start: d, end: dataEnd }, why));
  }

  private danglingContinuation(backslash: number, q: number, nle: number): void {
    const text = this.text;
    const lineEndOfSwallowed = this.trimEnd(q, nle);
    const c = text.charCodeAt(q);
    const what = c === LBRACKET ? 'key line' : c === QUOTE || c === AT ? 'value line' : 'line';
    const consequence = c === LBRACKET ? ' The values below it then go to the previous key.' : '';
    this.findings.push(report(REG.continuationDangling, { start: backslash, end: backslash + 1 }, `This continuation backslash is followed by a ${what}, not hex data: the importer drops this value and swallows that line.`, {
      fixes: [{ title: 'Remove the stray backslash', edits: [{ span: { start: backslash, end: backslash + 1 }, newText: '' }] }],
      related: [{ span: { start: q, end: lineEndOfSwallowed }, message: 'the swallowed line' }],
    }));
    this.findings.push(report(REG.lineSwallowed, { start: q, end: lineEndOfSwallowed }, `The dangling continuation of the value above swallows this ${what}: the importer drops it.${consequence}`, {
      related: [{ span: { start: backslash, end: backslash + 1 }, message: 'the dangling backslash' }],
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
      // The common case, runs of `xx,` as regedit writes them: matched natively.
      HEX_RUN.lastIndex = s;
      if (HEX_RUN.test(text)) {
        let runEnd = HEX_RUN.lastIndex;
        if (runEnd > end) runEnd = s + Math.floor((end - s) / 3) * 3;
        if (runEnd > s) {
          const count = (runEnd - s) / 3;
          if (this.keeps()) {
            if (this.byteCount + count > this.bytes.length) this.growBytes(this.byteCount + count);
            for (let i = s; i < runEnd; i += 3) this.bytes[this.byteCount++] = (hexDigit(text.charCodeAt(i)) << 4) | hexDigit(text.charCodeAt(i + 1));
          } else {
            this.byteCount += count;
          }
          this.lineDataEnd = runEnd;
          s = runEnd;
          continue;
        }
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
        this.findings.push(report(REG.hexByteInvalid, { start: this.numDigitStart, end: e }, `A byte is at most ff; "${text.slice(this.numDigitStart, e)}" drops the whole value.`));
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
            this.findings.push(report(REG.continuationMissingComma, { start: r, end: r + 1 }, 'A continued hex line must end with `,\\`: without the comma the importer drops the whole value.', {
              fixes: [{ title: 'Add the missing comma', edits: [{ span: { start: e, end: e }, newText: ',' }], safeForFixAll: true }],
            }));
          } else if (c === HASH) {
            this.trailingHash(r, this.trimEnd(r, end));
          } else {
            this.findings.push(report(REG.hexByteInvalid, { start: e, end: this.trimEnd(r, end) }, c === COMMA ? 'No space is allowed before a comma in hex data: the importer drops the whole value.' : 'Hex data is comma-separated bytes: this text drops the whole value.'));
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
      this.findings.push(report(REG.hexTrailingWhitespace, { start: s, end }, 'Whitespace after the trailing comma of a continuation line makes the importer drop the whole value.', {
        fixes: [{ title: 'Remove the trailing whitespace', edits: [{ span: { start: s, end }, newText: '' }], safeForFixAll: true }],
      }));
      return;
    }
    if (c === HASH) {
      this.trailingHash(r, this.trimEnd(r, end));
      return;
    }
    const tokenEnd = Math.min(this.trimEnd(r, end), r + 1);
    const why = c === COMMA ? (s > 0 && this.text.charCodeAt(s - 1) === COMMA ? 'an empty byte (`,,`)' : 'a comma with no byte before it') : `"${this.text[r]}", which is not a hex byte`;
    this.findings.push(report(REG.hexByteInvalid, { start: r, end: tokenEnd }, `Hex data has ${why}: the importer drops the whole value.`));
  }
}

/**
 * A key line. Its values are read again from the text on first access (and kept): the main pass
 * validates them without keeping them, so a big file costs one object per key, not per value.
 */
export class ParsedKey implements RegKeyEntry {
  path = '';
  fullPath = '';
  root: RegRoot | undefined = undefined;
  isDelete = false;
  blockSpan: Span;
  dropped = false;
  declare lineIgnored?: boolean;
  /** The importer's state for the values below this line. */
  valueState: OpenState = 'none';
  #text: string;
  #unicode: boolean;
  #values: RegValueEntry[] | undefined;

  constructor(
    readonly lineSpan: Span,
    public pathSpan: Span,
    text: string,
    unicode: boolean,
  ) {
    this.blockSpan = { start: lineSpan.start, end: lineSpan.end };
    this.#text = text;
    this.#unicode = unicode;
  }

  get values(): RegValueEntry[] {
    if (!this.#values) {
      const values: RegValueEntry[] = [];
      const scanner = new RegScanner(this.#text, this.#unicode, values);
      scanner.resume(this, this.valueState);
      scanner.scan(scanner.nextLine(this.lineSpan.end), () => true);
      this.#values = values;
    }
    return this.#values;
  }

  set values(values: RegValueEntry[]) {
    this.#values = values;
  }

  /** Points the entry at a new text that is identical over this key's block. */
  rebind(text: string): void {
    this.#text = text;
  }

  /** The same key `delta` characters later in `text` (incremental reparse). */
  shifted(delta: number, text: string): ParsedKey {
    const shift = (span: Span): Span => ({ start: span.start + delta, end: span.end + delta });
    const out = new ParsedKey(shift(this.lineSpan), shift(this.pathSpan), text, this.#unicode);
    out.path = this.path;
    out.fullPath = this.fullPath;
    out.root = this.root;
    out.isDelete = this.isDelete;
    out.blockSpan = shift(this.blockSpan);
    out.dropped = this.dropped;
    if (this.lineIgnored) out.lineIgnored = true;
    out.valueState = this.valueState;
    return out;
  }

  toJSON(): Omit<RegKeyEntry, 'values'> & { values: RegValueEntry[] } {
    const { path, fullPath, root, isDelete, lineSpan, pathSpan, blockSpan, dropped, lineIgnored } = this;
    return { path, fullPath, root, isDelete, lineSpan, pathSpan, blockSpan, values: this.values, dropped, ...(lineIgnored ? { lineIgnored } : {}) };
  }
}
