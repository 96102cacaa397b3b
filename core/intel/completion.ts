import type { DocumentAnalysis } from '../analyze';
import { completeJson } from './jsonCompletion';
import { completeReg } from './regCompletion';
import type { IntelCompletion, IntelOptions } from './types';

/** Completions at `offset` of an analysed document of any of our kinds. */
export function completionsAt(analysis: DocumentAnalysis, offset: number, options: IntelOptions = {}): IntelCompletion[] {
  // A new registration's example values number after the document's own registrations (and the workspace's, when given).
  const known: IntelOptions = { ...options, registrations: [...analysis.registrations, ...(options.registrations ?? [])] };
  if (analysis.kind === 'reg') return analysis.reg ? completeReg(analysis.text, analysis.reg, offset, known) : [];
  return completeJson(analysis.text, offset, analysis.kind, { path: analysis.path, ...known });
}

/**
 * Characters after which the editor should ask for completions without a word typed. Not ',': at
 * the end of a line it opened the suggestions (VS Code's own JSON support offers "$schema" there),
 * and the Enter that should break the line accepted one. After ', ' the next '"' asks anyway.
 */
export const TRIGGER_CHARACTERS = ['"', ':', '\\', '[', '{'];
