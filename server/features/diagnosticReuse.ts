// Converting findings to LSP diagnostics after an edit: a finding the edit only moved keeps the
// diagnostic made for it before, with its range moved by the edit's line delta, instead of a
// fresh position lookup; and the caller learns whether the list shows the client anything new.
import type { Diagnostic, DiagnosticRelatedInformation, Position, Range } from 'vscode-languageserver/node';
import type { Finding, Span } from '../../core/diagnostics/types';
import type { LineIndex } from '../../core/text/lineIndex';
import { sameMessage } from '../../core/rules/message';
import { changedRegion } from '../../core/text/textChange';

/** What a client was last given for a document, with what it was made from. */
export interface Converted {
  text: string;
  lines: LineIndex;
  findings: readonly Finding[];
  items: Diagnostic[];
}

export interface Reconverted {
  items: Diagnostic[];
  /** The items equal the previous ones (every range too): the client already shows them. */
  same: boolean;
}

/**
 * Diagnostics for `findings` of `text`, reusing `before` where the edit between the two texts only
 * moved a finding. `convert` makes a fresh diagnostic. Results equal converting every finding afresh.
 */
export function reconvert(before: Converted, text: string, lines: LineIndex, findings: readonly Finding[], uri: string, convert: (f: Finding) => Diagnostic): Reconverted {
  const edited = changedRegion(before.text, text);
  // The same text (only findings from other documents changed): nothing moved.
  const { start, oldEnd, newEnd } = edited ?? { start: text.length, oldEnd: text.length, newEnd: text.length };
  // An edit beside a line break can join or split a CRLF, which moves positions in ways a delta does not describe.
  const nearBreak = (t: string, i: number) => isBreak(t.charCodeAt(i - 1)) || isBreak(t.charCodeAt(i));
  if (edited && (nearBreak(text, start) || nearBreak(before.text, oldEnd) || nearBreak(text, newEnd))) {
    const items = findings.map(convert);
    return { items, same: false };
  }
  const delta = newEnd - oldEnd;
  const oldEndAt = before.lines.positionAt(oldEnd);
  const newEndAt = lines.positionAt(newEnd);
  const lineDelta = newEndAt.line - oldEndAt.line;
  const charDelta = newEndAt.character - oldEndAt.character;
  const back = (y: number): number | undefined => (y <= start ? y : y >= newEnd ? y - delta : undefined);
  const sameDoc = (path: string | undefined) => path === undefined || path === uri;
  let moves = false;
  /** Where old position `p` is now, given the new offset `y` of the same point (at or before the edit: unmoved). */
  const move = (p: Position, y: number): Position => {
    if (y <= start || (lineDelta === 0 && (charDelta === 0 || p.line !== oldEndAt.line))) return p;
    moves = true;
    return p.line === oldEndAt.line ? { line: p.line + lineDelta, character: p.character + charDelta } : { line: p.line + lineDelta, character: p.character };
  };
  const moveRange = (r: Range, span: Span): Range => {
    const s = move(r.start, span.start);
    const e = move(r.end, span.end);
    return s === r.start && e === r.end ? r : { start: s, end: e };
  };
  const spanBack = (span: Span, old: Span) => back(span.start) === old.start && back(span.end) === old.end;

  const old = before.findings;
  const used = new Uint8Array(old.length);
  const items: Diagnostic[] = new Array(findings.length);
  let same = findings.length === old.length;
  let j = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const x = back(f.span.start);
    let match = -1;
    /** A finding equal but for places in other documents: its diagnostic is the old one if they convert alike. */
    let elsewhere = -1;
    if (x !== undefined) {
      while (j < old.length && old[j].span.start < x) j++;
      for (let k = j; k < old.length && old[k].span.start === x; k++) {
        if (used[k]) continue;
        const m = matches(f, old[k]);
        if (m === 'same') {
          match = k;
          break;
        }
        if (m === 'elsewhere' && elsewhere < 0) elsewhere = k;
      }
    }
    if (match < 0) {
      const fresh = convert(f);
      const was = elsewhere >= 0 ? before.items[elsewhere] : undefined;
      if (was && sameDiagnostic(fresh, was)) {
        // Typing in another document moved offsets there, not what the client shows: keep the old object.
        used[elsewhere] = 1;
        items[i] = was;
        if (elsewhere !== i) same = false;
        continue;
      }
      items[i] = fresh;
      same = false;
      continue;
    }
    used[match] = 1;
    if (match !== i) same = false;
    const was = before.items[match];
    moves = false;
    const range = moveRange(was.range, f.span);
    let related: DiagnosticRelatedInformation[] | undefined = was.relatedInformation;
    if (related) {
      const spans = f.related ?? [];
      const moved = related.map((r, k) => {
        const to = moveRange(r.location.range, spans[k].span);
        return to === r.location.range ? r : { ...r, location: { uri: r.location.uri, range: to } };
      });
      if (moves) related = moved;
    }
    if (range === was.range && related === was.relatedInformation) items[i] = was;
    else {
      same = false;
      items[i] = { ...was, range };
      if (related) items[i].relatedInformation = related;
    }
  }
  return { items, same };

  /**
   * `same`: `o` is `f` moved by the edit. `elsewhere`: the same but for places in other documents,
   * which are converted with those documents' lines (compare the converted diagnostics instead).
   */
  function matches(f: Finding, o: Finding): 'same' | 'elsewhere' | false {
    // Cheap tests first; messages compare by identity when they are shared (server/workspaceState.ts).
    if (f.code !== o.code || f.severity !== o.severity || !spanBack(f.span, o.span) || !sameMessage(f.message, o.message)) return false;
    const fr = f.related ?? [];
    const or = o.related ?? [];
    if (fr.length !== or.length) return false;
    let result: 'same' | 'elsewhere' = 'same';
    for (let k = 0; k < fr.length; k++) {
      if (fr[k].path !== or[k].path) return false;
      if (!sameDoc(fr[k].path)) result = 'elsewhere';
      else if (!spanBack(fr[k].span, or[k].span)) return false;
      if (!sameMessage(fr[k].message, or[k].message)) return false;
    }
    return result;
  }
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

function sameRange(a: Range, b: Range): boolean {
  return samePosition(a.start, b.start) && samePosition(a.end, b.end);
}

/** Whether two diagnostics show the same: range, code, severity, message and related places. */
function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (!sameRange(a.range, b.range) || a.code !== b.code || a.severity !== b.severity || a.message !== b.message || a.source !== b.source) return false;
  const ra = a.relatedInformation ?? [];
  const rb = b.relatedInformation ?? [];
  if (ra.length !== rb.length) return false;
  for (let k = 0; k < ra.length; k++) {
    if (ra[k].location.uri !== rb[k].location.uri || ra[k].message !== rb[k].message || !sameRange(ra[k].location.range, rb[k].location.range)) return false;
  }
  return true;
}

function isBreak(c: number): boolean {
  return c === 13 || c === 10;
}
