import type { Finding } from '../diagnostics/types';
import type { Registration } from '../model/registration';
import type { RegDocument } from '../reg/model';

export interface RegistryFormAnalysis {
  findings: Finding[];
  registrations: Registration[];
}

/** Validates the UScheduler_OOBE registrations of a parsed .reg document (domain.md §1). */
export function analyzeRegistryForm(doc: RegDocument, path: string): RegistryFormAnalysis {
  void doc;
  void path;
  return { findings: [], registrations: [] };
}
