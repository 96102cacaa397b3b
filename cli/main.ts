// `expedite <command> [options] [paths...]` — the same core as the language server, for pipelines.
import { checkCommand } from './commands/check';
import { valuesCommand } from './commands/values';
import { simulateCommand } from './commands/simulate';
import { applyCommand } from './commands/apply';
import { EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './io';

const commands: Record<string, { run: CliCommand; summary: string }> = {
  check: { run: checkCommand, summary: 'validate .reg files, registration files and payloads' },
  values: { run: valuesCommand, summary: 'print what importing a .reg file would leave in the registry' },
  simulate: { run: simulateCommand, summary: 'simulate the orchestrator run order and retries' },
  apply: { run: (a, io) => applyCommand(['apply', ...a], io), summary: 'write registrations to the registry (or a Wine prefix) and verify them' },
  remove: { run: (a, io) => applyCommand(['remove', ...a], io), summary: 'remove registrations from the target' },
  pull: { run: (a, io) => applyCommand(['pull', ...a], io), summary: 'print the registrations present on the target' },
};

function usage(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`);
  return `usage: expedite <command> [options] [paths...]\n\ncommands:\n${rows.join('\n')}\n\nRun 'expedite <command> --help' for a command's options.\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : EXIT_USAGE;
  }
  if (name === '--version') {
    io.stdout(`${process.env.EXPEDITE_VERSION ?? '0.1.0'}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`expedite: unknown command '${name}'\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`expedite ${name}: ${err.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`expedite ${name}: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT_USAGE;
  }
}

if (require.main === module) {
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
