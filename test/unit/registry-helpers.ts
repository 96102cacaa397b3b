import type { Finding, Span, TextEdit } from '../../core/diagnostics/types';
import { parseReg } from '../../core/reg/parse';
import { analyzeRegistryForm, type RegistryFormAnalysis } from '../../core/registry/analyze';

export const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
export const PFN = 'Fabrikam.PhotoStudio_qavgzrv0bsdkw';
export const ENDPOINT = 'https://downloads.fabrikam.com/oobe/PhotoStudio.msixbundle';

/** The .reg string literal content for a payload object or raw JSON text. */
export function escaped(json: string): string {
  return json.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

export function payloadLine(json: string): string {
  return `"expeditedPayload"="${escaped(json)}"`;
}

/** A version-5 document (the lines joined with CRLF, as regedit writes them). */
export function regText(...lines: string[]): string {
  return ['Windows Registry Editor Version 5.00', '', ...lines, ''].join('\r\n');
}

export function registration(name: string, priority: string, payload: string): string[] {
  return [`[${KEY}\\${name}]`, `"updaterPriority"=${priority}`, payloadLine(payload)];
}

export const VALID_PAYLOAD = `{"PFN":"${PFN}","Endpoint":"${ENDPOINT}"}`;

export function analyze(text: string): RegistryFormAnalysis {
  return analyzeRegistryForm(parseReg(text, 'utf16le-bom'), 'test.reg');
}

export function findingsOf(text: string, code: string): Finding[] {
  return analyze(text).findings.filter((f) => f.code === code);
}

/** The exact document text a span covers. */
export function at(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The span of the `occurrence`-th (0-based) `needle` in `text`. */
export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`${needle} not found`);
  }
  return { start, end: start + needle.length };
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
  return out;
}
