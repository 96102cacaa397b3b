// Findings that need several registrations at once.
import { defineRule } from './rule';

export const duplicatePfn = defineRule({
  id: 'duplicate-pfn',
  severity: 'warning',
  area: 'workspace',
  source: 'WUA',
  rule: {
    en: 'Each package (PFN, compared case-insensitively) should be registered once: two concurrent attempts at one package break each other.',
    ko: '',
  },
});

export const duplicateRegistrationName = defineRule({
  id: 'duplicate-registration-name',
  severity: 'error',
  area: 'workspace',
  source: 'AO',
  rule: {
    en: 'Registration names (registry subkey, or <OEMName>_<UpdaterName>) must be unique across files and forms: Add-UpdaterRegistration refuses a name the registry already has.',
    ko: '',
  },
});

export const equalPriority = defineRule({
  id: 'equal-priority',
  severity: 'warning',
  area: 'workspace',
  source: 'KO-DOC',
  rule: {
    en: 'Registrations with equal priority run in an unspecified order (Expedited Apps assumes order by name).',
    ko: '',
  },
});

export const workspaceRules = [duplicatePfn, duplicateRegistrationName, equalPriority] as const;
