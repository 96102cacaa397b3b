// Names that end up in registry paths, folder names and command lines: checked before any command runs.
import { ORCHESTRATOR_KEY } from '../core/registry/orchestratorKey';
import { foldName } from '../core/text/caseFold';
import type { Message } from '../core/rules/message';
import { backendReason } from './texts';

/** Where Windows keeps the edition facts Microsoft's module reads to refuse Server editions. */
export const CURRENT_VERSION_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';

/** `%ProgramData%\USOPrivate\ExpeditedAppRegistrations`, as path segments below ProgramData. */
export const REGISTRATION_STORE: readonly string[] = ['USOPrivate', 'ExpeditedAppRegistrations'];

/** OEMName and UpdaterName, as Microsoft's Test-UpdaterRegistration checks them. */
export const FILE_FORM_NAME = /^[a-zA-Z0-9_-]+$/;

const MAX_KEY_NAME = 255;

/** C0 control characters and DEL: never allowed in a name that reaches a command line or a .reg file. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** Why a registry subkey name cannot be written, or undefined when it can. */
export function subkeyNameProblem(name: string): Message | undefined {
  if (name.length === 0) return backendReason.subkeyEmpty();
  if (name.length > MAX_KEY_NAME) return backendReason.subkeyTooLong({ max: MAX_KEY_NAME });
  if (name.includes('\\')) return backendReason.subkeyBackslash();
  // Control characters would reach reg.exe's command line and the .reg files we import.
  if (hasControlCharacter(name)) return backendReason.subkeyControl();
  if (name.trim() !== name) return backendReason.subkeyWhiteSpace();
  return undefined;
}

/** Why an OEMName/UpdaterName cannot name a staged folder, or undefined when it can. */
export function fileFormNameProblem(label: 'OEMName' | 'UpdaterName', value: unknown): Message | undefined {
  if (typeof value !== 'string' || value.length === 0) return backendReason.nameMissing({ label });
  if (!FILE_FORM_NAME.test(value)) return backendReason.nameCharacters({ label });
  return undefined;
}

/** The registration subkey path for a name (validated by the caller). */
export function registrationKey(name: string): string {
  return `${ORCHESTRATOR_KEY}\\${name}`;
}

const ORCHESTRATOR_KEY_PATTERN = ORCHESTRATOR_KEY.replace(/\\/g, '\\\\');
const REGISTRATION_KEY = new RegExp(`^${ORCHESTRATOR_KEY_PATTERN}\\\\([^\\\\]+)$`, 'i');
const PARENT_KEY = new RegExp(`^${ORCHESTRATOR_KEY_PATTERN}$`, 'i');

/** The subkey name when `key` (long root form) is a direct child of UScheduler_OOBE. */
export function registrationNameOf(key: string): string | undefined {
  return REGISTRATION_KEY.exec(key)?.[1];
}

export function isUSchedulerKey(key: string): boolean {
  return PARENT_KEY.test(key);
}

/** True when `key` is UScheduler_OOBE or lies below it. */
export function isUnderUScheduler(key: string): boolean {
  const folded = foldName(key);
  const parent = foldName(ORCHESTRATOR_KEY);
  return folded === parent || folded.startsWith(`${parent}\\`);
}

/** Microsoft's staged folder and file names, as written in the file (the merged module keeps their case). */
export function stagedNames(oemName: string, updaterName: string): { folder: string; file: string } {
  return { folder: `${oemName}_${updaterName}`, file: `updater_${updaterName}.json` };
}

/** Where the lossless registry copies of backups live (`reg copy` keeps every byte; `reg export` does not). */
export const REGISTRY_BACKUP_ROOT = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\ExpeditedApps\\Backups';
