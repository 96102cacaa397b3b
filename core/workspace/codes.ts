import type { RuleInfo } from '../diagnostics/types';

/** Catalogue entries of this area (gathered in core/diagnostics/catalogue.ts): findings that need several registrations at once. */
export const workspaceRules: RuleInfo[] = [
  { code: 'duplicate-pfn', severity: 'warning', area: 'workspace', source: 'WUA', rule: 'Each package (PFN, compared case-insensitively) should be registered once: two concurrent attempts at one package break each other.' },
  { code: 'duplicate-registration-name', severity: 'error', area: 'workspace', source: 'AO', rule: 'Registration names (registry subkey, or <OEMName>_<UpdaterName>) must be unique across files and forms: Add-UpdaterRegistration refuses a name the registry already has.' },
  { code: 'equal-priority', severity: 'warning', area: 'workspace', source: 'KO-DOC', rule: 'Registrations with equal priority run in an unspecified order (Expedited Apps assumes order by name).' },
];
