import { keyDocsFor } from '../json/keys';
import { DEFAULT_SETTINGS, type Registration, type RegistrationSettings } from '../model/registration';

/** Keys in the documented order of each form (the schemas' property order). */
export const REGISTRATION_FILE_KEYS: readonly string[] = keyDocsFor('registration').map((d) => d.key);
export const PAYLOAD_KEYS: readonly string[] = keyDocsFor('payload').map((d) => d.key);

export type SettingsKey = keyof RegistrationSettings;

/** A setting's value as JSON, or undefined when the registration does not have it. */
export function settingValue(settings: RegistrationSettings, key: string): unknown {
  return (settings as unknown as Record<string, unknown>)[key];
}

/**
 * Whether `key` was written in the registration's source. Without a record of the source keys,
 * a value that differs from its default counts as written.
 */
export function isWritten(reg: Registration, key: string): boolean {
  const value = settingValue(reg.settings, key);
  if (value === undefined) return false;
  if (reg.explicitKeys) return reg.explicitKeys.includes(key);
  const fallback = (DEFAULT_SETTINGS as Record<string, unknown>)[key];
  return fallback === undefined || fallback !== value;
}

/** The `^[a-zA-Z0-9_-]+$` rule of OEMName and UpdaterName (domain.md §2). */
export function isValidNamePart(name: string): boolean {
  return /^[a-zA-Z0-9_-]+$/.test(name);
}
