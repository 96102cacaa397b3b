// reg.exe argument arrays: the one builder the Windows backend, the Wine backend and their tests use.
// Every command names the 64-bit view (`/reg:64`): the update service is 64-bit and never reads Wow6432Node.
import { BackendError } from './types';
import { backendError } from './texts';
import { hasControlCharacter } from './names';

const VIEW = '/reg:64';
const ROOT = /^HKEY_(LOCAL_MACHINE|CURRENT_USER|CLASSES_ROOT|USERS|CURRENT_CONFIG)(\\|$)/;

/** Refuses key paths that could be read as a switch or smuggle a control character onto a command line. */
export function checkedKey(key: string): string {
  if (!ROOT.test(key)) throw new BackendError(backendError.keyRoot({ key }));
  if (hasControlCharacter(key)) throw new BackendError(backendError.keyControl({ key }));
  if (key.endsWith('\\')) throw new BackendError(backendError.keyBackslash({ key }));
  return key;
}

function checkedFile(file: string): string {
  // Always an absolute Windows path (Wine: Z:\...), so it can never be read as a switch.
  if (!/^[A-Za-z]:\\/.test(file)) throw new BackendError(backendError.fileNotAbsolute({ file }));
  if (hasControlCharacter(file)) throw new BackendError(backendError.fileControl({ file }));
  return file;
}

export const regArgs = {
  /** Values and direct subkeys of KEY (Microsoft's conflict check reads this listing). */
  query: (key: string): string[] => ['query', checkedKey(key), VIEW],
  /** A value of KEY (`/v NAME`). */
  queryValue: (key: string, name: string): string[] => ['query', checkedKey(key), '/v', name, VIEW],
  /** KEY and everything below it as a UTF-16LE .reg file; `/y` overwrites without asking. */
  export: (key: string, file: string): string[] => ['export', checkedKey(key), checkedFile(file), '/y', VIEW],
  import: (file: string): string[] => ['import', checkedFile(file), VIEW],
  /** Copies FROM with its values and subkeys to TO, byte for byte (RegEnumValue → RegSetValueEx); `/f` never prompts. */
  copy: (from: string, to: string): string[] => ['copy', checkedKey(from), checkedKey(to), '/s', '/f', VIEW],
  /** Deletes KEY recursively; `/f` never prompts. */
  deleteKey: (key: string): string[] => ['delete', checkedKey(key), '/f', VIEW],
};

/**
 * How Windows passes one argument on a command line (the rules of the C runtime's argv parser,
 * which reg.exe uses, and the quoting Node/libuv applies to execFile arguments on Windows).
 */
export function quoteWindowsArg(arg: string): string {
  if (arg === '') return '""';
  if (!/[ \t"]/.test(arg)) return arg;
  if (!/["\\]/.test(arg)) return `"${arg}"`;
  let out = '"';
  let backslashes = 0;
  for (const ch of arg) {
    if (ch === '\\') {
      backslashes++;
      continue;
    }
    if (ch === '"') {
      out += `${'\\'.repeat(backslashes * 2 + 1)}"`;
    } else {
      out += `${'\\'.repeat(backslashes)}${ch}`;
    }
    backslashes = 0;
  }
  return `${out}${'\\'.repeat(backslashes * 2)}"`;
}

/** The command line Windows sees for an argument array (display, logs, tests). */
export function windowsCommandLine(argv: readonly string[]): string {
  return argv.map(quoteWindowsArg).join(' ');
}

/**
 * The one string handed to the elevation prompt (@vscode/sudo-prompt runs it through cmd.exe).
 * Only our own paths reach it, and anything cmd.exe could expand or split is refused outright.
 */
export function elevatedCommandLine(argv: readonly string[]): string {
  for (const arg of argv) {
    if (/[%!^&|<>()"]/.test(arg) || hasControlCharacter(arg)) {
      throw new BackendError(backendError.elevateUnsafeArgument({ argument: arg }));
    }
  }
  return argv.map((a) => (a === '' || /[ \t]/.test(a) ? `"${a}"` : a)).join(' ');
}

/** A key line of a .reg file that deletes KEY (reg import of it = `reg delete KEY /f`). */
export function regDeletionText(key: string): string {
  return `Windows Registry Editor Version 5.00\r\n\r\n[-${checkedKey(key)}]\r\n\r\n`;
}
