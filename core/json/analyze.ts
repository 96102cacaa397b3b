import type { Finding } from '../diagnostics/types';
import type { Registration, RegistrationSettings } from '../model/registration';

export type JsonKind = 'registration' | 'payload';

export interface JsonAnalysis {
  kind: JsonKind;
  findings: Finding[];
  /** The settings read from the document (defaults applied), when it is an object. */
  settings?: RegistrationSettings;
}

/** Registration file or bare payload, told apart by content (path only as a fallback). */
export function detectJsonKind(text: string, path?: string): JsonKind {
  void text;
  return path && /updater_[^/\\]*\.json$/i.test(path) ? 'registration' : 'payload';
}

/** Validates a JSON document of one form. Spans are offsets into `text`. */
export function analyzeJson(text: string, kind: JsonKind): JsonAnalysis {
  void text;
  return { kind, findings: [] };
}

/** The file-form registration a registration document describes (undefined for payloads). */
export function registrationFromJson(path: string, text: string, analysis: JsonAnalysis): Registration | undefined {
  void path;
  void text;
  void analysis;
  return undefined;
}
