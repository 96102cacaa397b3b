// `expedite values [--format text|json] FILE.reg`: what importing the file into an empty registry
// would leave, after deletions and last-assignment-wins, keys in file order (contracts.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeRegBytes } from '../../core/reg/decode';
import type { ImportedKey, RegData } from '../../core/reg/model';
import { parseReg } from '../../core/reg/parse';
import { importedValues } from '../../core/reg/values';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { parseFormatArgs } from './check';

const HELP = `usage: expedite values [--format text|json] FILE.reg

Prints what importing FILE.reg into an empty registry would leave: keys in file order with
their values after deletions and last-assignment-wins (names compare case-insensitively).
Exit status: 0 done, 1 the importer would drop lines (errors in the file), 2 usage error or
unreadable input.
`;

export async function valuesCommand(args: string[], io: CliIO): Promise<number> {
  const { format, paths, help } = parseFormatArgs(args);
  if (help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (paths.length !== 1) throw new UsageError(`expects exactly one FILE.reg (got ${paths.length})\n${HELP}`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, paths[0]));
  } catch (err) {
    io.stderr(`expedite values: cannot read ${paths[0]}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return EXIT_USAGE;
  }
  const { text, encoding } = decodeRegBytes(bytes);
  const doc = parseReg(text, encoding);
  const keys = importedValues(doc);
  io.stdout(format === 'json' ? `${JSON.stringify(keys, null, 2)}\n` : valuesText(keys));
  const errors = doc.findings.filter((f) => f.severity === 'error').length;
  if (errors) io.stderr(`expedite values: ${errors} error(s) in ${paths[0]}: the importer drops those lines (run expedite check for details)\n`);
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
