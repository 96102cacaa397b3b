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
