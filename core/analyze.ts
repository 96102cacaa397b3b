import type { Finding } from './diagnostics/types';
import { ruleFor } from './diagnostics/catalogue';
import { isRegDocument } from './documentKinds';
import type { Registration } from './model/registration';
import type { RegDocument, RegEncoding } from './reg/model';
import { analyzeJson, detectJsonKind, registrationFromJson, type JsonAnalysis } from './json/analyze';
import { parseReg, reparseReg } from './reg/parse';
import { changedRegion, type TextChange } from './text/textChange';
import { analyzeRegistryForm } from './registry/analyze';
import { sortFindings } from './diagnostics/order';
import { crossFileFindings } from './workspace/crossFile';

export type DocumentKind = 'reg' | 'registration' | 'payload';

export interface AnalyzeInput {
  /** Path or URI; also the key for cross-file findings. */
  path: string;
  text: string;
  /** For files read from bytes: the encoding found (.reg: core/reg/decode.ts; JSON: a byte-order mark). */
  encoding?: RegEncoding;
  /** When the editor knows it: 'reg' or 'json'. */
  languageId?: string;
  /** The analysis of an earlier version of the same document: a .reg reparses only the changed keys. */
  previous?: DocumentAnalysis;
  /** Where `text` differs from `previous.text`, when the caller knows it already (else it is computed once here). */
  change?: TextChange;
}

export interface DocumentAnalysis {
  path: string;
  kind: DocumentKind;
  text: string;
  /** Every single-document finding, sorted by position. */
  findings: Finding[];
  registrations: Registration[];
  reg?: RegDocument;
  json?: JsonAnalysis;
}

/** The one entry point the server and the CLI share for a single document. */
export function analyzeDocument(input: AnalyzeInput): DocumentAnalysis {
  const { path, text } = input;
  if (isRegDocument(path, input.languageId)) {
    const before = input.previous;
    const change = before?.reg ? (input.change ?? changedRegion(before.text, text)) : undefined;
    const reg = before?.reg ? reparseReg({ text: before.text, doc: before.reg }, text, input.encoding, change) : parseReg(text, input.encoding);
    // Registrations whose key blocks the edit did not touch reuse the previous version's results.
    const registry = analyzeRegistryForm(reg, path, { text, previous: before?.reg, change });
    return { path, kind: 'reg', text, findings: sortFindings(dropSuperseded([...reg.findings, ...registry.findings])), registrations: registry.registrations, reg };
  }
  const json = analyzeJson(text, detectJsonKind(text, path), input.encoding);
  const registration = registrationFromJson(path, text, json);
  return { path, kind: json.kind, text, findings: sortFindings(json.findings), registrations: registration ? [registration] : [], json };
}

/** Cross-file findings over a set of analysed documents, by path. */
export function analyzeWorkspace(docs: readonly DocumentAnalysis[]): Map<string, Finding[]> {
  // A loop, not flatMap: thousands of registrations on every keystroke.
  const registrations: Registration[] = [];
  for (const d of docs) for (const r of d.registrations) registrations.push(r);
  return crossFileFindings(registrations);
}

export { sortFindings };

/** A specific rule (e.g. a registration under Wow6432Node) replaces the general one on the same characters. */
function dropSuperseded(findings: Finding[]): Finding[] {
  const superseded = new Set<string>();
  for (const f of findings) {
    for (const code of ruleFor(f.code).supersedes ?? []) superseded.add(`${code}@${f.span.start}:${f.span.end}`);
  }
  return superseded.size ? findings.filter((f) => !superseded.has(`${f.code}@${f.span.start}:${f.span.end}`)) : findings;
}
