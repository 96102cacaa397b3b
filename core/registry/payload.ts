import type { Finding, Fix, Span, TextEdit } from '../diagnostics/types';
import { analyzeJson } from '../json/analyze';
import type { RegistrationSettings } from '../model/registration';
import type { RegValueEntry } from '../reg/model';
import { escapeRegString } from '../reg/escape';
import { movedFinding } from '../diagnostics/move';

/** What one payload text yields, in offsets into that JSON text (independent of where it sits). */
export interface PayloadAnalysis {
  findings: readonly Finding[];
  /** The settings the payload states, defaults applied; undefined when it is not a JSON object. */
  settings?: Readonly<RegistrationSettings>;
  /** The PFN string value, quotes included. */
  pfnSpan?: Span;
  /** Top-level keys as written, in order (each once). */
  keys: readonly string[];
}

/**
 * Payload analyses by payload text. Big .reg files repeat the work on every keystroke; with the
 * cache, re-validating after an edit costs one payload validation and a lookup per registration.
 */
const cache = new Map<string, PayloadAnalysis>();
const CACHE_LIMIT = 4096;

export function analyzePayloadText(text: string): PayloadAnalysis {
  const hit = cache.get(text);
  if (hit) return hit;
  const analysis = computePayload(text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, analysis);
  return analysis;
}

/** When the parser reuses the entries of unchanged keys, this skips even hashing their payload text. */
const byEntry = new WeakMap<RegValueEntry, { text: string; analysis: PayloadAnalysis }>();

export function analyzePayloadValue(value: RegValueEntry, text: string): PayloadAnalysis {
  const hit = byEntry.get(value);
  if (hit && hit.text === text) return hit.analysis;
  const analysis = analyzePayloadText(text);
  byEntry.set(value, { text, analysis });
  return analysis;
}

/** For tests and benchmarks that want a cold start (entries of a fresh parse are never in the per-entry map). */
export function clearPayloadCache(): void {
  cache.clear();
}

/** Keeps only what the registry form reads: the cache stays small (no syntax tree per payload). */
function computePayload(text: string): PayloadAnalysis {
  const json = analyzeJson(text, 'payload');
  const result: PayloadAnalysis = { findings: json.findings, keys: Object.keys(json.values ?? {}) };
  if (json.settings) result.settings = json.settings;
  const pfn = json.keySpans?.PFN?.value;
  if (pfn) result.pfnSpan = pfn;
  return result;
}

/** Maps spans and edits from offsets in the decoded payload back to the .reg document. */
export class PayloadLocator {
  constructor(private readonly value: RegValueEntry) {}

  /** False for payloads written as hex(1) bytes: findings then cover the whole data. */
  get exact(): boolean {
    return this.value.stringLiteral !== undefined;
  }

  span(span: Span): Span {
    const literal = this.value.stringLiteral;
    if (!literal) return this.value.dataSpan;
    const start = literal.sourceOffset(span.start);
    return { start, end: Math.max(start, literal.sourceOffset(span.end)) };
  }

  edit(edit: TextEdit): TextEdit {
    return { span: this.span(edit.span), newText: escapeRegString(edit.newText) };
  }

  fix(fix: Fix): Fix {
    return { ...fix, edits: fix.edits.map((e) => this.edit(e)) };
  }

  finding(finding: Finding): Finding {
    // Edits cannot be placed inside hex bytes: fixes only travel with an exact string literal.
    return movedFinding(finding, (s) => this.span(s), { edit: (e) => this.edit(e), fixes: this.exact });
  }
}
