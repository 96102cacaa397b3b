import type { Registration } from '../model/registration';
import { isValidNamePart, isWritten, REGISTRATION_FILE_KEYS, settingValue } from './keys';

export interface ConversionResult {
  text: string;
  /** What the conversion assumed or could not carry, one sentence each. */
  notes: string[];
}

/** Keys the conversion decides itself; every other registration-file key comes from the payload. */
const DECIDED = new Set(['PFN', 'OEMName', 'UpdaterName', 'RegistrationVersion', 'Source', 'Scenario', 'ProductId', 'Endpoint', 'Priority']);

/**
 * A registration file (domain.md §2) equivalent to a registry-form registration: Source CustomURL
 * with the payload's Endpoint, Scenario Acquisition, Priority from updaterPriority.
 */
export function registrationFileFromRegistry(reg: Registration, names: { OEMName: string; UpdaterName: string }): ConversionResult {
  const notes: string[] = [];
  const { settings } = reg;
  const file: Record<string, unknown> = {};
  const add = (key: string, value: unknown): void => {
    if (value !== undefined) file[key] = value;
  };

  for (const key of REGISTRATION_FILE_KEYS) {
    switch (key) {
      case 'PFN':
        add(key, settings.PFN);
        if (settings.PFN === undefined) notes.push('The payload has no PFN: add the Package Family Name of the app.');
        break;
      case 'OEMName':
      case 'UpdaterName':
        add(key, names[key]);
        if (!isValidNamePart(names[key])) notes.push(`${key} "${names[key]}" must match ^[a-zA-Z0-9_-]+$ (letters, digits, _ and -); rename it before staging the file.`);
        break;
      case 'RegistrationVersion':
        add(key, 1);
        notes.push('RegistrationVersion 1: the registry form has no version; raise it when you change a staged registration.');
        break;
      case 'Source':
        add(key, 'CustomURL');
        notes.push('Source CustomURL: the registry form always downloads from the payload\'s Endpoint.');
        break;
      case 'Scenario':
        add(key, 'Acquisition');
        notes.push('Scenario Acquisition: the registry form installs the app whether or not it is present (Update is not supported with CustomURL).');
        break;
      case 'Endpoint':
        add(key, settings.Endpoint);
        if (settings.Endpoint === undefined) notes.push('The payload has no Endpoint: Source CustomURL needs an https:// Endpoint.');
        break;
      case 'Priority':
        add(key, reg.priority);
        if (!reg.priorityExplicit) notes.push(`Priority ${reg.priority}: updaterPriority is missing or unusable, so the default is assumed.`);
        break;
      default:
        if (!DECIDED.has(key) && isWritten(reg, key)) add(key, settingValue(settings, key));
    }
  }

  const expectedName = `${names.OEMName}_${names.UpdaterName}`;
  if (expectedName.toLowerCase() !== reg.name.toLowerCase()) {
    notes.push(`The registration file is named ${expectedName} (OEMName_UpdaterName); the registry subkey was ${reg.name}.`);
  }
  if (reg.explicitKeys?.includes('Priority')) notes.push(`The payload's Priority (ignored by the registry form) is replaced by updaterPriority ${reg.priority}.`);
  const dropped = (reg.explicitKeys ?? []).filter((k) => !REGISTRATION_FILE_KEYS.includes(k));
  if (dropped.length) notes.push(`Not carried (not keys of a registration file): ${dropped.join(', ')}.`);
  if (reg.workCompleted) notes.push('workCompleted = 1 has no file-form equivalent: the registration file will run the app.');
  return { text: `${JSON.stringify(file, null, 2)}\n`, notes };
}
