// Registry-form rules (domain.md §1 and §4). `priority-out-of-range` is shared with the file form
// (declared in json.ts); the registry area reports it on `updaterPriority` too.
import { defineRule } from './rule';

export const registryValueOnParent = defineRule({
  id: 'registry-value-on-parent',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: {
    en: 'Registrations are subkeys of UScheduler_OOBE; values on the UScheduler_OOBE key itself (other than BlockedOobeUpdaters) register nothing.',
    ko: '',
  },
  fix: { en: 'Move the values into a subkey named for the app, e.g. UScheduler_OOBE\\Contoso_App.', ko: '' },
});

export const registryNotHklm = defineRule({
  id: 'registry-not-hklm',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: {
    en: 'The orchestrator reads registrations only from HKEY_LOCAL_MACHINE.',
    ko: '',
  },
  fix: { en: 'Replace the root with HKEY_LOCAL_MACHINE.', ko: '' },
});

export const registry32BitView = defineRule({
  id: 'registry-32-bit-view',
  severity: 'error',
  area: 'registry',
  source: 'reg-format',
  rule: {
    en: 'Wow6432Node is the 32-bit registry view; the 64-bit update service does not read registrations there.',
    ko: '',
  },
  fix: { en: 'Remove Wow6432Node\\ from the key path (import with reg import /reg:64).', ko: '' },
  supersedes: ['reg-key-wow6432node'],
});

export const registryNestedSubkey = defineRule({
  id: 'registry-nested-subkey',
  severity: 'warning',
  area: 'registry',
  source: 'KO-DOC',
  rule: {
    en: 'Only direct subkeys of UScheduler_OOBE are registrations; deeper subkeys are ignored.',
    ko: '',
  },
});

export const registryPriorityMissing = defineRule({
  id: 'registry-priority-missing',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: {
    en: 'A registration needs updaterPriority (REG_DWORD 1..100): the OEM "must create" both updaterPriority and expeditedPayload, so a missing one is as wrong as an out-of-range one.',
    ko: '',
  },
  fix: { en: 'Add "updaterPriority"=dword:00000064 under the key line.', ko: '' },
});

export const registryPriorityType = defineRule({
  id: 'registry-priority-type',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: {
    en: 'updaterPriority must be a REG_DWORD (dword:000000NN).',
    ko: '',
  },
  fix: { en: 'Rewrite the value as dword: with the same number.', ko: '' },
});

export const registryPayloadMissing = defineRule({
  id: 'registry-payload-missing',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: {
    en: 'A registration needs expeditedPayload (REG_SZ holding the payload JSON); without it nothing is installed.',
    ko: '',
  },
});

export const registryPayloadType = defineRule({
  id: 'registry-payload-type',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: {
    en: 'expeditedPayload must be a REG_SZ string holding the payload JSON.',
    ko: '',
  },
});

export const registryWorkCompleted = defineRule({
  id: 'registry-work-completed',
  severity: 'information',
  area: 'registry',
  source: 'WILD',
  rule: {
    en: 'workCompleted = 1 marks an updater as done (inferred from real machines, not documented): Windows does not run it again.',
    ko: '',
  },
});

export const registryBlockedUpdaters = defineRule({
  id: 'registry-blocked-updaters',
  severity: 'information',
  area: 'registry',
  source: 'WILD',
  rule: {
    en: 'BlockedOobeUpdaters on UScheduler_OOBE names updaters Windows must not run (inferred from real machines, not documented).',
    ko: '',
  },
});

export const registrySubkeyDeleted = defineRule({
  id: 'registry-subkey-deleted',
  severity: 'information',
  area: 'registry',
  source: 'WILD',
  rule: {
    en: 'Deleting a UScheduler_OOBE subkey removes that registration (how scripts stop Windows\' own updaters).',
    ko: '',
  },
});

export const registrySubkeyNameUnsafe = defineRule({
  id: 'registry-subkey-name-unsafe',
  severity: 'error',
  area: 'registry',
  source: 'expedited-apps',
  rule: {
    en: 'A registration subkey name must survive Windows and the tools around it: no "/", no control characters, at most 255 characters, no trailing space or dot.',
    ko: '',
  },
  fix: { en: 'Rename the subkey to letters, digits, "_" and "-", e.g. Contoso_App.', ko: '' },
});

export const registryUnknownValue = defineRule({
  id: 'registry-unknown-value',
  severity: 'warning',
  area: 'registry',
  source: 'expedited-apps',
  rule: {
    en: 'A registration subkey holds updaterPriority and expeditedPayload (and Windows\' own workCompleted); other values are ignored and are likely typos.',
    ko: '',
  },
  fix: { en: 'Rename the value to the suggested name.', ko: '' },
});

export const registryRules = [registryValueOnParent, registryNotHklm, registry32BitView, registryNestedSubkey, registryPriorityMissing, registryPriorityType, registryPayloadMissing, registryPayloadType, registryWorkCompleted, registryBlockedUpdaters, registrySubkeyDeleted, registrySubkeyNameUnsafe, registryUnknownValue] as const;
