import type { Registration } from '../model/registration';
import type { Message } from '../rules/message';
import { isValidNamePart, isWritten, REGISTRATION_FILE_KEYS, settingValue } from './keys';
import { toFileNote } from './texts';

export interface ConversionResult {
  text: string;
  /** What the conversion assumed or could not carry, one sentence each (rendered by the caller). */
  notes: Message[];
}

/** Keys the conversion decides itself; every other registration-file key comes from the payload. */
const DECIDED = new Set(['PFN', 'OEMName', 'UpdaterName', 'RegistrationVersion', 'Source', 'Scenario', 'ProductId', 'Endpoint', 'Priority']);

/**
 * A registration file (domain.md §2) equivalent to a registry-form registration: Source CustomURL
 * with the payload's Endpoint, Scenario Acquisition, Priority from updaterPriority.
 */
export function registrationFileFromRegistry(reg: Registration, names: { OEMName: string; UpdaterName: string }): ConversionResult {
  const notes: Message[] = [];
  const { settings } = reg;
  const file: Record<string, unknown> = {};
  const add = (key: string, value: unknown): void => {
    if (value !== undefined) file[key] = value;
  };

  for (const key of REGISTRATION_FILE_KEYS) {
    switch (key) {
      case 'PFN':
        add(key, settings.PFN);
        if (settings.PFN === undefined) notes.push(toFileNote.noPfn());
        break;
      case 'OEMName':
      case 'UpdaterName':
        add(key, names[key]);
        if (!isValidNamePart(names[key])) notes.push(toFileNote.badName({ key, name: names[key] }));
        break;
      case 'RegistrationVersion':
        add(key, 1);
        notes.push(toFileNote.registrationVersion());
        break;
      case 'Source':
        add(key, 'CustomURL');
        notes.push(toFileNote.customUrl());
        break;
      case 'Scenario':
        add(key, 'Acquisition');
        notes.push(toFileNote.acquisition());
        break;
      case 'Endpoint':
        add(key, settings.Endpoint);
        if (settings.Endpoint === undefined) notes.push(toFileNote.noEndpoint());
        break;
      case 'Priority':
        add(key, reg.priority);
        if (!reg.priorityExplicit) notes.push(toFileNote.defaultPriority({ priority: reg.priority }));
        break;
      default:
        if (!DECIDED.has(key) && isWritten(reg, key)) add(key, settingValue(settings, key));
    }
  }

  const expectedName = `${names.OEMName}_${names.UpdaterName}`;
  if (expectedName.toLowerCase() !== reg.name.toLowerCase()) {
    notes.push(toFileNote.renamed({ name: expectedName, subkey: reg.name }));
  }
  if (reg.explicitKeys?.includes('Priority')) notes.push(toFileNote.payloadPriority({ priority: reg.priority }));
  const dropped = (reg.explicitKeys ?? []).filter((k) => !REGISTRATION_FILE_KEYS.includes(k));
  if (dropped.length) notes.push(toFileNote.notCarried({ keys: dropped.join(', ') }));
  if (reg.workCompleted) notes.push(toFileNote.workCompleted());
  return { text: `${JSON.stringify(file, null, 2)}\n`, notes };
}
