// A Wine launcher that records every reg.exe start before it runs Wine: passed as `--wine-command`
// (CLI), `command` (createWineBackend) or `expeditedApps.wine.command` (the editor), it counts the
// real starts of Wine's reg.exe, the cost that batching keeps constant.
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CountingWine {
  /** The launcher's path (an executable shell script). */
  command: string;
  /** The reg.exe verbs started since the last reset, in order (`export`, `import`, `copy`, …). */
  regStarts(): string[];
  /** Every start of the launcher since the last reset, reg.exe or not (`--version`, `reg`, …). */
  starts(): string[];
  reset(): void;
  /** The next `reg import` lands, then reports failure (exit 1), as a reg.exe that fails half-way would. */
  failNextImportAfterItRuns(): void;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function countingWineLauncher(dir: string): CountingWine {
  const command = join(dir, 'counting-wine');
  const log = join(dir, 'counting-wine.log');
  const failMarker = join(dir, 'counting-wine.fail-next-import');
  writeFileSync(
    command,
    [
      '#!/bin/sh',
      `printf '%s %s\\n' "$1" "$2" >> ${quote(log)}`,
      `if [ "$1" = reg ] && [ "$2" = import ] && [ -e ${quote(failMarker)} ]; then`,
      `  rm -f ${quote(failMarker)}`,
      '  wine "$@"',
      "  echo 'ERROR: injected failure after the import ran' >&2",
      '  exit 1',
      'fi',
      'exec wine "$@"',
      '',
    ].join('\n'),
  );
  chmodSync(command, 0o755);
  const starts = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);
  return {
    command,
    starts,
    regStarts: () => starts().filter((l) => l.startsWith('reg ')).map((l) => l.slice(4)),
    reset: () => rmSync(log, { force: true }),
    failNextImportAfterItRuns: () => writeFileSync(failMarker, ''),
  };
}
