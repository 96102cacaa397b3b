// `expedite values [--format text|json] FILE.reg`: what importing the file into an empty registry
// would leave, after deletions and last-assignment-wins, keys in file order (contracts.md).
import * as l10n from '@vscode/l10n';
import type { ImportedKey, RegData } from '../../core/reg/model';
import { importedValues } from '../../core/reg/values';
import { parseCommandArgs, choiceOption, stringOption, type OptionSpec } from '../args';
import { resolveCodePage } from '../codepage';
import { assertPathsGiven, loadInputs } from '../files';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';

function help(): string {
  return l10n.t(`usage: expedite values [--format text|json] [--codepage N] FILE.reg

Prints what importing FILE.reg into an empty registry would leave: keys in file order with
their values after deletions and last-assignment-wins (names compare case-insensitively).
FILE.reg may be - (stdin) with --stdin-filename NAME.reg.

options:
  --format text|json      a readable list (default) or one JSON document
  --codepage N            ANSI code page of a REGEDIT4 file (default: the system's on Windows, else 1252)
  --stdin-filename NAME   the name of the file read from -

Exit status: 0 done, 1 the importer would drop lines (errors in the file), 2 usage error or
unreadable input.
`);
}

const OPTIONS: OptionSpec = { format: { type: 'string' }, codepage: { type: 'string' }, 'stdin-filename': { type: 'string' } };

export async function valuesCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS, 'values');
  if (parsed.help) {
    io.stdout(help());
    return EXIT_OK;
  }
  const format = choiceOption(parsed, 'format', ['text', 'json'] as const, 'text');
  const paths = parsed.positionals;
  assertPathsGiven(paths, 'FILE.reg');
  if (paths.length !== 1) throw new UsageError(l10n.t("expects exactly one FILE.reg (got {0}; see 'expedite values --help')", paths.length));
  const { documents, failures } = await loadInputs(paths, {
    cwd: io.cwd,
    report: (line) => io.stderr(`expedite values: ${line}\n`),
    codePage: resolveCodePage(stringOption(parsed, 'codepage')),
    stdinFilename: stringOption(parsed, 'stdin-filename'),
    readStdin: io.readStdin,
  });
  if (failures) return EXIT_USAGE;
  const doc = documents[0]?.analysis;
  if (documents.length !== 1 || !doc?.reg) {
    throw new UsageError(
      documents.length === 1 ? l10n.t('expects one .reg file; {0} is a {1} file', paths[0], doc?.kind ?? '') : l10n.t('expects one .reg file; {0} is a folder with {1} files', paths[0], documents.length),
    );
  }
  const keys = importedValues(doc.reg);
  io.stdout(format === 'json' ? `${JSON.stringify(keys, null, 2)}\n` : valuesText(keys));
  const errors = doc.reg.findings.filter((f) => f.severity === 'error').length;
  if (errors) io.stderr(`expedite values: ${l10n.t('{0} error(s) in {1}: the importer drops those lines (run expedite check for details)', errors, paths[0])}\n`);
  return errors ? EXIT_FINDINGS : EXIT_OK;
}

function dataText(data: RegData): string {
  if (Array.isArray(data)) return data.map((s) => JSON.stringify(s)).join(', ');
  return typeof data === 'string' ? JSON.stringify(data) : String(data);
}

/** One block per key, one aligned line per value. */
export function valuesText(keys: readonly ImportedKey[]): string {
  const lines: string[] = [];
  for (const key of keys) {
    lines.push(`[${key.key}]`);
    const width = Math.max(0, ...key.values.map((v) => (v.name === '' ? 9 : v.name.length)));
    for (const value of key.values) {
      const name = value.name === '' ? '(Default)' : value.name;
      lines.push(`  ${name.padEnd(width)}  ${value.type.padEnd(13)}  ${dataText(value.data)}`);
    }
    lines.push('');
  }
  return lines.join('\n') + (lines.length ? '' : '\n');
}
