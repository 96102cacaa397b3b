import type { RuleInfo } from '../diagnostics/types';

/**
 * Registry-form rules (domain.md §1 and §4). `priority-out-of-range` is shared with the file
 * form and registered by the JSON core; this area reports it on `updaterPriority` too. A `Priority`
 * inside the payload is the JSON core's `payload-priority-ignored`.
 */
export const RegistryCode = {
  valueOnParent: 'registry-value-on-parent',
  notLocalMachine: 'registry-not-hklm',
  wow64View: 'registry-32-bit-view',
  nestedSubkey: 'registry-nested-subkey',
  priorityMissing: 'registry-priority-missing',
  priorityType: 'registry-priority-type',
  priorityRange: 'priority-out-of-range',
  payloadMissing: 'registry-payload-missing',
  payloadType: 'registry-payload-type',
  workCompleted: 'registry-work-completed',
  blockedUpdaters: 'registry-blocked-updaters',
  subkeyDeleted: 'registry-subkey-deleted',
  unknownValue: 'registry-unknown-value',
  unsafeName: 'registry-subkey-name-unsafe',
} as const;

/** Catalogue entries of this area (gathered in core/diagnostics/catalogue.ts). */
export const registryRules: RuleInfo[] = [
  {
    code: RegistryCode.valueOnParent,
    severity: 'error',
    area: 'registry',
    source: 'KO-DOC',
    rule: 'Registrations are subkeys of UScheduler_OOBE; values on the UScheduler_OOBE key itself (other than BlockedOobeUpdaters) register nothing.',
    fix: 'Move the values into a subkey named for the app, e.g. UScheduler_OOBE\\Contoso_App.',
  },
  {
    code: RegistryCode.notLocalMachine,
    severity: 'error',
    area: 'registry',
    source: 'KO-DOC',
    rule: 'The orchestrator reads registrations only from HKEY_LOCAL_MACHINE.',
    fix: 'Replace the root with HKEY_LOCAL_MACHINE.',
  },
  {
    code: RegistryCode.wow64View,
    severity: 'error',
    area: 'registry',
    source: 'reg-format',
    rule: 'Wow6432Node is the 32-bit registry view; the 64-bit update service does not read registrations there.',
    fix: 'Remove Wow6432Node\\ from the key path (import with reg import /reg:64).',
    supersedes: ['reg-key-wow6432node'],
  },
  {
    code: RegistryCode.nestedSubkey,
    severity: 'warning',
    area: 'registry',
    source: 'KO-DOC',
    rule: 'Only direct subkeys of UScheduler_OOBE are registrations; deeper subkeys are ignored.',
  },
  {
    code: RegistryCode.priorityMissing,
    severity: 'error',
    area: 'registry',
    source: 'KO-DOC',
    rule: 'A registration needs updaterPriority (REG_DWORD 1..100): the OEM "must create" both updaterPriority and expeditedPayload, so a missing one is as wrong as an out-of-range one.',
    fix: 'Add "updaterPriority"=dword:00000064 under the key line.',
  },
  {
    code: RegistryCode.priorityType,
    severity: 'error',
    area: 'registry',
    source: 'KO-DOC',
    rule: 'updaterPriority must be a REG_DWORD (dword:000000NN).',
    fix: 'Rewrite the value as dword: with the same number.',
  },
  {
    code: RegistryCode.payloadMissing,
    severity: 'error',
    area: 'registry',
    source: 'KO-DOC',
    rule: 'A registration needs expeditedPayload (REG_SZ holding the payload JSON); without it nothing is installed.',
  },
  {
    code: RegistryCode.payloadType,
    severity: 'error',
    area: 'registry',
    source: 'KO-DOC',
    rule: 'expeditedPayload must be a REG_SZ string holding the payload JSON.',
  },
  {
    code: RegistryCode.workCompleted,
    severity: 'information',
    area: 'registry',
    source: 'WILD',
    rule: 'workCompleted = 1 marks an updater as done (inferred from real machines, not documented): Windows does not run it again.',
  },
  {
    code: RegistryCode.blockedUpdaters,
    severity: 'information',
    area: 'registry',
    source: 'WILD',
    rule: 'BlockedOobeUpdaters on UScheduler_OOBE names updaters Windows must not run (inferred from real machines, not documented).',
  },
  {
    code: RegistryCode.subkeyDeleted,
    severity: 'information',
    area: 'registry',
    source: 'WILD',
    rule: 'Deleting a UScheduler_OOBE subkey removes that registration (how scripts stop Windows\' own updaters).',
  },
  {
    code: RegistryCode.unsafeName,
    severity: 'error',
    area: 'registry',
    source: 'expedited-apps',
    rule: 'A registration subkey name must survive Windows and the tools around it: no "/", no control characters, at most 255 characters, no trailing space or dot.',
    fix: 'Rename the subkey to letters, digits, "_" and "-", e.g. Contoso_App.',
  },
  {
    code: RegistryCode.unknownValue,
    severity: 'warning',
    area: 'registry',
    source: 'expedited-apps',
    rule: 'A registration subkey holds updaterPriority and expeditedPayload (and Windows\' own workCompleted); other values are ignored and are likely typos.',
    fix: 'Rename the value to the suggested name.',
  },
];
