import { report } from '../diagnostics/catalogue';
import type { Finding, Fix, Span } from '../diagnostics/types';
import * as rules from '../rules/reg';
import { KEY_IGNORED, KeyTable } from './keyTable';
import type { RegDocument, RegEncoding, RegHeader, RegKeyEntry, RegValueEntry } from './model';
import { RegScanner } from './importer';
import { keyEntries, ParsedKey } from './keyView';
import { RegLexer } from './lex';
import { changedRegion, type TextChange } from '../text/textChange';
import { movedFinding, shiftedBy } from '../diagnostics/move';

export const HEADER_V5 = 'Windows Registry Editor Version 5.00';
export const HEADER_V4 = 'REGEDIT4';

/** Whether hex(1)/(2)/(7) bytes are UTF-16LE: from the bytes when known, else from the header (regedit writes v5 files as UTF-16LE). */
export function isUnicodeFile(encoding: RegEncoding | undefined, header: RegHeader): boolean {
  if (encoding === undefined) return header === 'REGEDIT5';
  return encoding === 'utf16le-bom' || encoding === 'utf16le-nobom' || encoding === 'utf16be-bom';
}

interface HeaderScan {
  header: RegHeader;
  headerSpan: Span;
  bodyStart: number;
  findings: Finding[];
}

function scanHeader(text: string, lines: RegLexer, encoding: RegEncoding | undefined): HeaderScan {
  const findings: Finding[] = [];
  const s = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const le = lines.lineEnd(s);
  let p = s;
  while (p < le && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const line = text.slice(p, Math.min(le, p + 64));
  const exact = le - p <= 64;
  let header: RegHeader = 'invalid';
  if (exact && line === HEADER_V5) header = 'REGEDIT5';
  else if (exact && line === HEADER_V4) header = 'REGEDIT4';
  else if (line.startsWith('REGEDIT')) header = 'other-regedit';
  const headerSpan = { start: p, end: le };
  if (header === 'invalid') findings.push(invalidHeader(text, lines, s, p, le));
  else if (header === 'other-regedit') {
    findings.push(report(rules.regHeaderUnsupported.message.found({ found: text.slice(p, le) }), headerSpan, {
      fixes: [{ title: rules.regTexts.writeHeader({ header: HEADER_V5 }), edits: [{ span: headerSpan, newText: HEADER_V5 }] }],
    }));
  }
  if (encoding !== undefined) findings.push(...encodingFindings(text, encoding, header, headerSpan));
  return { header, headerSpan, bodyStart: lines.nextLine(le), findings };
}

function invalidHeader(text: string, lines: RegLexer, s: number, p: number, le: number): Finding {
  const span = { start: p, end: le };
  const line = text.slice(p, Math.min(le, p + 200));
  const trimmed = line.replace(/[ \t]+$/, '');
  for (const good of [HEADER_V5, HEADER_V4]) {
    if (trimmed === good) {
      return report(rules.regHeaderInvalid.message.trailingWhitespace(), { start: p + good.length, end: le }, {
        fixes: [{ title: rules.regTexts.removeTrailingWhitespace(), edits: [{ span: { start: p + good.length, end: le }, newText: '' }], safeForFixAll: true }],
      });
    }
    if (trimmed.toLowerCase() === good.toLowerCase()) {
      return report(rules.regHeaderInvalid.message.case({ header: good }), span, {
        fixes: [{ title: rules.regTexts.writeHeader({ header: good }), edits: [{ span, newText: good }], safeForFixAll: true }],
      });
    }
  }
  // The header further down: only blank lines or text before it.
  let pos = lines.nextLine(le);
  for (let n = 0; n < 20 && pos <= text.length; n++) {
    const e = lines.lineEnd(pos);
    let q = pos;
    while (q < e && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
    const candidate = text.slice(q, Math.min(e, q + 40));
    if (candidate === HEADER_V5 || candidate === HEADER_V4) {
      return report(rules.regHeaderInvalid.message.notFirst(), { start: s, end: le }, {
        fixes: [{ title: rules.regTexts.removeLinesBeforeHeader(), edits: [{ span: { start: s, end: pos }, newText: '' }], safeForFixAll: true }],
      });
    }
    pos = lines.nextLine(e);
  }
  const fixes: Fix[] = [{ title: rules.regTexts.insertHeader({ header: HEADER_V5 }), edits: [{ span: { start: s, end: s }, newText: `${HEADER_V5}\r\n\r\n` }] }];
  return report(rules.regHeaderInvalid.message.missing(), le > p ? span : { start: s, end: s }, { fixes });
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

function encodingFindings(text: string, encoding: RegEncoding, header: RegHeader, headerSpan: Span): Finding[] {
  switch (encoding) {
    case 'utf8-bom':
      return [report(rules.regEncodingRejected.message.utf8Bom(), headerSpan)];
    case 'utf16le-nobom':
      return [report(rules.regEncodingRejected.message.utf16NoBom(), headerSpan)];
    case 'utf16be-bom':
      return [report(rules.regEncodingRejected.message.utf16Be(), headerSpan)];
    case 'utf8':
      return [report(rules.regEncodingMangled.message.utf8(), headerSpan)];
    case 'ansi':
      if (header === 'REGEDIT5' && hasNonAscii(text)) {
        return [report(rules.regEncodingHeaderMismatch.message.ansiV5(), headerSpan)];
      }
      return [];
    case 'utf16le-bom':
      if (header === 'REGEDIT4') {
        return [report(rules.regEncodingHeaderMismatch.message.utf16V4(), headerSpan, {
          fixes: [{ title: rules.regTexts.writeHeader({ header: HEADER_V5 }), edits: [{ span: headerSpan, newText: HEADER_V5 }] }],
        })];
      }
      return [];
  }
}

/**
 * Where two versions of a text differ, when the caller already knows (an editor's change, or a
 * comparison it made anyway): `[start, oldEnd)` of the old text became `[start, newEnd)` of the new.
 */

/** The key table behind each parsed document (what a reparse starts from). */
const tables = new WeakMap<RegDocument, KeyTable>();

/** Parses decoded .reg text. Linear in the input; never throws. */
export function parseReg(text: string, encoding?: RegEncoding): RegDocument {
  const nul = text.indexOf('\0');
  if (nul >= 0) return parseUpToNul(text, nul, encoding);
  const probe = new RegLexer(text);
  const head = scanHeader(text, probe, encoding);
  const scanner = new RegScanner(text, isUnicodeFile(encoding, head.header));
  scanner.scan(head.bodyStart);
  const findings = head.findings.length ? [...head.findings, ...scanner.findings] : scanner.findings;
  return assemble(head, encoding, scanner.table, keyEntries(scanner.table), scanner.valuesBeforeFirstKey, findings);
}

/**
 * The importer stops at a raw NUL (Wine reads each line as a C string): the line counts up to the
 * NUL, and nothing after it is imported. The model is that of the text before it; spans stay
 * offsets into the whole text.
 */
function parseUpToNul(text: string, nul: number, encoding?: RegEncoding): RegDocument {
  const doc = parseReg(text.slice(0, nul), encoding);
  doc.findings.push(
    report(rules.regNulCharacter.message.found(), { start: nul, end: nul + 1 }, {
      fixes: [{ title: rules.regTexts.removeNul(), edits: [{ span: { start: nul, end: nul + 1 }, newText: '' }] }],
    }),
  );
  return doc;
}

function assemble(head: HeaderScan, encoding: RegEncoding | undefined, table: KeyTable, keys: RegKeyEntry[], before: RegValueEntry[], findings: Finding[]): RegDocument {
  const doc: RegDocument = { header: head.header, headerSpan: head.headerSpan, encoding, keys, findings };
  if (before.length) doc.valuesBeforeFirstKey = before;
  tables.set(doc, table);
  return doc;
}

// ---- incremental reparse --------------------------------------------------------------------

/**
 * Reparses after an edit, reusing the key blocks before and after the changed region: the text
 * is compared with the previous one (common prefix and suffix), the blocks from the last key line
 * before the change are scanned again until a key line past the change lines up with an old one,
 * and the old rows after it are copied with their offsets moved. The key entries before the change
 * are kept (with any values already read); the result equals `parseReg(text, encoding)`.
 */
export function reparseReg(previous: { text: string; doc: RegDocument }, text: string, encoding?: RegEncoding, change?: TextChange): RegDocument {
  if (text.includes('\0')) return parseReg(text, encoding); // the import stops at it: nothing after it to reuse
  const old = previous.doc;
  const oldText = previous.text;
  const oldTable = tables.get(old);
  if (!oldTable || oldTable.text !== oldText || old.encoding !== encoding || oldTable.count === 0) return parseReg(text, encoding);
  if (oldText === text) return old;
  const region = change && fits(change, oldText.length, text.length) ? change : changedRegion(oldText, text);
  if (!region) return old;
  const prefix = region.start;
  const suffix = oldText.length - region.oldEnd;
  const delta = text.length - oldText.length;
  const newEditEnd = text.length - suffix;

  // The last proper key line that ends (with its line break) before the change.
  let k = -1;
  for (let i = oldTable.count - 1; i >= 0; i--) {
    if (oldTable.lineEnd(i) + 1 < prefix && !(oldTable.flags(i) & KEY_IGNORED)) {
      k = i;
      break;
    }
  }
  if (k < 0) return parseReg(text, encoding);
  const restart = oldTable.lineStart(k);

  const probe = new RegLexer(text);
  const head = scanHeader(text, probe, encoding);
  if (head.header !== old.header || head.bodyStart > restart) return parseReg(text, encoding);
  const table = new KeyTable(text, oldTable.unicode, oldTable.count + 16);
  table.append(oldTable, 0, k, 0);
  const scanner = new RegScanner(text, oldTable.unicode, undefined, table);
  let j = k + 1;
  let resumeOld = -1;
  scanner.scan(restart, (lineStart) => {
    if (lineStart <= restart || lineStart < newEditEnd) return false;
    const target = lineStart - delta;
    while (j < oldTable.count && oldTable.lineStart(j) < target) j++;
    if (j < oldTable.count && oldTable.lineStart(j) === target && !(oldTable.flags(j) & KEY_IGNORED)) {
      resumeOld = j;
      return true;
    }
    return false;
  });
  if (resumeOld >= 0) table.append(oldTable, resumeOld, oldTable.count, delta);

  // The entries before the change stay (same rows in the new table), the rest are new views.
  const keys = old.keys.slice(0, k);
  for (const key of keys) {
    if (!(key instanceof ParsedKey)) return parseReg(text, encoding);
    key.rebind(table);
  }
  keyEntries(table, k, keys);

  const oldHeadCount = countHeaderFindings(old);
  const findings = [...head.findings];
  for (let i = oldHeadCount; i < old.findings.length; i++) {
    if (old.findings[i].span.start < restart) findings.push(old.findings[i]);
  }
  for (const f of scanner.findings) findings.push(f); // no spread: a big file may have 100k+ findings
  if (resumeOld >= 0) {
    const cut = oldTable.lineStart(resumeOld);
    const shift = shiftedBy(delta);
    for (let i = oldHeadCount; i < old.findings.length; i++) {
      const f = old.findings[i];
      if (f.span.start >= cut) findings.push(movedFinding(f, shift));
    }
  }
  return assemble(head, encoding, table, keys, old.valuesBeforeFirstKey ?? [], findings);
}

/** Whether a change given by the caller is consistent with the two texts' lengths (else it is not trusted). */
function fits(change: TextChange, oldLength: number, newLength: number): boolean {
  const { start, oldEnd, newEnd } = change;
  return start >= 0 && start <= oldEnd && start <= newEnd && oldEnd <= oldLength && newEnd <= newLength && oldLength - oldEnd === newLength - newEnd;
}

/** Header and encoding findings come first in a document's list (they sit on the header line). */
function countHeaderFindings(doc: RegDocument): number {
  let n = 0;
  while (n < doc.findings.length && isHeaderCode(doc.findings[n].code)) n++;
  return n;
}

function isHeaderCode(code: string): boolean {
  return code === rules.regHeaderInvalid.id || code === rules.regHeaderUnsupported.id || code.startsWith('reg-encoding-');
}


