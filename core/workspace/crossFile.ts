import type { Finding } from '../diagnostics/types';
import type { Registration } from '../model/registration';

/** Findings that need several registrations at once (same PFN, same name, equal priority), by document path. */
export function crossFileFindings(registrations: readonly Registration[]): Map<string, Finding[]> {
  void registrations;
  return new Map();
}
