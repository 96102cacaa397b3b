// `expedite <command> [options] [paths...]` — the same core as the language server, for pipelines.
import * as l10n from '@vscode/l10n';
import { checkCommand } from './commands/check';
import { convertCommand } from './commands/convert';
import { fixCommand } from './commands/fix';
import { valuesCommand } from './commands/values';
import { simulateCommand } from './commands/simulate';
import { applyCommand } from './commands/apply';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './io';
import { localeFromEnv, takeLocaleOption, useLocale } from './locale';
import { productVersion } from './version';

const commands: Record<string, { run: CliCommand; summary: () => string }> = {
  check: { run: checkCommand, summary: () => l10n.t('validate .reg files, registration files and payloads') },
  values: { run: valuesCommand, summary: () => l10n.t('print what importing a .reg file would leave in the registry') },
  simulate: { run: simulateCommand, summary: () => l10n.t('simulate the orchestrator run order and retries') },
  convert: { run: convertCommand, summary: () => l10n.t('convert between the registry form (.reg) and registration files') },
  fix: { run: fixCommand, summary: () => l10n.t('apply the safe quick fixes to files (--dry-run prints a diff)') },
  apply: { run: (a, io) => applyCommand(['apply', ...a], io), summary: () => l10n.t('write registrations to the registry (or a Wine prefix) and verify them') },
  remove: { run: (a, io) => applyCommand(['remove', ...a], io), summary: () => l10n.t('remove registrations from the target') },
  pull: { run: (a, io) => applyCommand(['pull', ...a], io), summary: () => l10n.t('print the registrations present on the target') },
};

function usage(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary()}`);
  return l10n.t(`usage: expedite <command> [options] [paths...]
       expedite --version

commands:
{0}

Run 'expedite <command> --help' for a command's options.
Every command takes --locale en|ko (default: from LC_ALL, LC_MESSAGES or LANG; else English).
`, rows.join('\n'));
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  useLocale(localeFromEnv(io.env));
  let args: string[];
  try {
    const taken = takeLocaleOption(argv);
    if (taken.locale) useLocale(taken.locale);
    args = taken.rest;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`expedite: ${err.message}\n`);
    return EXIT_USAGE;
  }
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] && commands[rest[0]]) return commands[rest[0]].run(['--help'], io);
    io.stdout(usage());
    return name ? EXIT_OK : EXIT_USAGE;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${productVersion()}\n`);
    return EXIT_OK;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`expedite: ${l10n.t("unknown command '{0}' (see 'expedite --help')", name)}\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      for (const line of err.message.split('\n')) io.stderr(`expedite ${name}: ${line}\n`);
      return EXIT_USAGE;
    }
    // Never a stack trace for input: an unexpected failure is reported in one line.
    io.stderr(`expedite ${name}: ${l10n.t('internal error: {0}', err instanceof Error ? err.message : String(err))}\n`);
    if (io.env.EXPEDITE_DEBUG) io.stderr(`${(err as Error).stack}\n`);
    return EXIT_USAGE;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

if (require.main === module) {
  // A reader that went away (`expedite check . | head -1`) is not an error: stop writing, keep the exit code.
  let closed = false;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      closed = true;
    });
  }
  const io: CliIO = {
    stdout: (t) => {
      if (!closed) process.stdout.write(t);
    },
    stderr: (t) => {
      if (!process.stderr.destroyed) process.stderr.write(t);
    },
    cwd: process.cwd(),
    env: process.env,
    readStdin: () => readAll(process.stdin),
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
