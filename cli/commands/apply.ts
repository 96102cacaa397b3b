// `expedite apply|remove|pull --target local|wine [--wineprefix DIR] [--dry-run] [--format text|json] PATH...`
// The same backends and plan the editor commands use (backends/).
import * as l10n from '@vscode/l10n';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defaultBackupRoot } from '../../backends/backup';
import { formatChangeReport, formatPulled, renderChangeReport } from '../../backends/format';
import type { PlanInput } from '../../backends/plan';
import { pullFromTarget } from '../../backends/pull';
import { changeRegistrations, undoLastChange, type ChangeReport } from '../../backends/run';
import { createBackend, type TargetSetting } from '../../backends/target';
import { ElevationRequiredError, relaunchThisCli } from '../../backends/elevation';
import { BackendError, BackendUnavailableError, type Backend } from '../../backends/types';
import { utf16leWithBom } from '../../backends/tempFiles';
import type { BackendText } from '../../backends/texts';
import { choiceOption, flag, parseCommandArgs, stringOption, type OptionSpec } from '../args';
import { resolveCodePage } from '../codepage';
import { loadDocuments } from '../files';
import type { CliIO } from '../io';
import { cliLocale, takeLocaleOption } from '../locale';
import { render } from '../../core/rules/render';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../io';

type Verb = 'apply' | 'remove' | 'pull';

interface ApplyArgs {
  verb: Verb;
  target?: TargetSetting;
  winePrefix?: string;
  wineCommand?: string;
  dryRun: boolean;
  undo: boolean;
  elevate: boolean;
  format: 'text' | 'json';
  backupDir?: string;
  createPrefix: boolean;
  /** ANSI code page of REGEDIT4 files (--codepage, else the system's). */
  codePage: number;
  paths: string[];
}

function help(): string {
  return l10n.t(`usage: expedite apply|remove|pull --target local|wine [--wineprefix DIR] [--dry-run] [--elevate] [--format text|json] [--codepage N] PATH...

  apply    write the registrations of PATHs (registry form: the UScheduler_OOBE subkeys;
           file form: staged as Microsoft's Add-UpdaterRegistration does), then read back and verify
  remove   remove the registrations PATHs describe
  pull     print the registrations on the target (.reg document and staged JSON files);
           with a folder PATH, write them there instead

options:
  --target local|wine   local = reg.exe (64-bit view) and %ProgramData% on Windows; wine = a Wine prefix
  --wineprefix DIR      the Wine prefix (default: $WINEPREFIX, else ~/.wine)
  --wine-command CMD    the Wine launcher (default: wine)
  --create-prefix       let Wine create the prefix when it does not exist (otherwise that is refused)
  --dry-run             print the exact operations and change nothing (without --target: an empty machine)
  --undo                (apply) put back what the last apply or remove on this target replaced
  --elevate             (--target local, not an administrator) ask once for administrator rights and run
                        the whole command elevated; without it such a command exits 2
  --backup-dir DIR      where backups go (default: ~/.expedited-apps/backups)
  --format text|json    output format (default: text)
  --codepage N          ANSI code page of REGEDIT4 files (default: the system's on Windows, else 1252)
`);
}

const OPTIONS: OptionSpec = {
  target: { type: 'string' },
  wineprefix: { type: 'string' },
  'wine-command': { type: 'string' },
  'create-prefix': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  undo: { type: 'boolean' },
  elevate: { type: 'boolean' },
  'backup-dir': { type: 'string' },
  format: { type: 'string' },
  codepage: { type: 'string' },
};

/** The same parser and wording of errors as every other command (cli/args.ts). */
function parseArgs(argv: string[]): ApplyArgs | 'help' {
  const [verb, ...rest] = argv;
  if (verb !== 'apply' && verb !== 'remove' && verb !== 'pull') throw new UsageError(l10n.t("unknown command '{0}'", verb));
  const parsed = parseCommandArgs(rest, OPTIONS, verb);
  if (parsed.help) return 'help';
  // `dry-run` is also a target (the editor's setting); the CLI's help names only the real ones.
  const given = stringOption(parsed, 'target');
  const target: TargetSetting | undefined = given === undefined || given === 'dry-run' ? given : choiceOption(parsed, 'target', ['local', 'wine'] as const, 'local');
  const args: ApplyArgs = {
    verb,
    target,
    winePrefix: stringOption(parsed, 'wineprefix'),
    wineCommand: stringOption(parsed, 'wine-command'),
    dryRun: flag(parsed, 'dry-run'),
    undo: flag(parsed, 'undo'),
    elevate: flag(parsed, 'elevate'),
    format: choiceOption(parsed, 'format', ['text', 'json'] as const, 'text'),
    backupDir: stringOption(parsed, 'backup-dir'),
    createPrefix: flag(parsed, 'create-prefix'),
    codePage: resolveCodePage(stringOption(parsed, 'codepage')),
    paths: parsed.positionals,
  };
  if (!args.target && !args.dryRun) throw new UsageError(l10n.t('--target local|wine is required (or --dry-run to list the operations for an empty machine)'));
  if (args.undo && args.verb !== 'apply') throw new UsageError(l10n.t('--undo belongs to apply'));
  if (args.winePrefix !== undefined && args.target !== 'wine') throw new UsageError(l10n.t('--wineprefix needs --target wine'));
  if (args.createPrefix && args.target !== 'wine') throw new UsageError(l10n.t('--create-prefix needs --target wine'));
  if (args.verb !== 'pull' && !args.undo && args.paths.length === 0) throw new UsageError(l10n.t('no PATH given (a registration file, a .reg file or a folder)'));
  if (args.verb === 'pull' && args.paths.length > 1) throw new UsageError(l10n.t('pull takes at most one PATH: the folder to write into'));
  return args;
}

async function planInputs(paths: string[], cwd: string, codePage: number): Promise<PlanInput[]> {
  const docs = await loadDocuments(paths, cwd, undefined, codePage);
  const inputs: PlanInput[] = [];
  for (const analysis of docs) {
    // The file form is staged byte-identical: keep the bytes exactly as they are on disk.
    inputs.push({ path: analysis.path, analysis, bytes: new Uint8Array(await readFile(resolve(cwd, analysis.path))) });
  }
  return inputs;
}

function printReport(report: ChangeReport, args: ApplyArgs, io: CliIO): number {
  if (args.format === 'json') io.stdout(`${JSON.stringify(renderChangeReport(report, cliLocale()), null, 2)}\n`);
  else io.stdout(formatChangeReport(report, cliLocale()));
  return report.ok ? EXIT_OK : EXIT_FINDINGS;
}

async function pull(backend: Backend, args: ApplyArgs, io: CliIO): Promise<number> {
  const pulled = await pullFromTarget(backend, (p) => backend.describePath(p));
  const out = args.paths[0];
  if (out !== undefined) {
    const dir = resolve(io.cwd, out);
    await mkdir(dir, { recursive: true });
    const written: string[] = [];
    const kept: string[] = [];
    const put = async (target: string, bytes: Uint8Array) => {
      const previous = await keepPrevious(target, bytes);
      if (previous) kept.push(previous);
      await writeFile(target, bytes);
      written.push(target);
    };
    await put(join(dir, 'UScheduler_OOBE.reg'), utf16leWithBom(pulled.regText));
    for (const file of pulled.files) {
      const target = join(dir, ...file.path.slice(1));
      await mkdir(join(target, '..'), { recursive: true });
      await put(target, file.bytes);
    }
    if (args.format === 'json') io.stdout(`${JSON.stringify({ target: { kind: backend.kind, label: backend.label }, written, kept }, null, 2)}\n`);
    else io.stdout(`${[...written.map((w) => l10n.t('wrote {0}', w)), ...kept.map((k) => l10n.t('kept the previous version as {0}', k))].join('\n')}\n`);
    return EXIT_OK;
  }
  if (args.format === 'json') {
    const files = pulled.files.map((f) => ({ path: f.path.join('\\'), location: f.location, text: f.text }));
    io.stdout(`${JSON.stringify({ target: { kind: backend.kind, label: backend.label }, reg: pulled.regText, keys: pulled.keys, files, storeExists: pulled.storeExists }, null, 2)}\n`);
  } else {
    io.stdout(formatPulled(backend.label, pulled, cliLocale()));
  }
  return EXIT_OK;
}

/** --elevate: this whole command once more in one elevated process, so the batch asks once. */
async function runElevatedOnce(args: ApplyArgs, io: CliIO): Promise<number> {
  // The verb first (a --locale before it is moved after it), so the options below go behind the verb.
  const { locale, rest } = takeLocaleOption(process.argv.slice(2));
  const again = rest.filter((a) => a !== '--elevate');
  if (locale) again.splice(1, 0, `--locale=${locale}`);
  // Backups go where this user's --undo looks, whichever account approves the prompt.
  if (!args.backupDir) again.splice(1, 0, '--backup-dir', defaultBackupRoot());
  let result;
  try {
    result = await relaunchThisCli(again);
  } catch (err) {
    if (!(err instanceof BackendError)) throw err;
    io.stderr(`expedite ${args.verb}: ${render(err.text, cliLocale())}\n`);
    return EXIT_USAGE;
  }
  io.stdout(result.stdout);
  io.stderr(result.stderr);
  return result.code;
}

export async function applyCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    io.stdout(help());
    return EXIT_OK;
  }
  try {
    return await run(args, io);
  } catch (err) {
    // The target refused something (a symbolic link in the store, a name reg.exe cannot take): say what, no stack trace.
    if (err instanceof BackendError) {
      io.stderr(`expedite ${args.verb}: ${render(err.text, cliLocale())}\n`);
      return EXIT_USAGE;
    }
    // A file the CLI could not read or write (backup folder, pull folder): Node's message names it.
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      io.stderr(`expedite ${args.verb}: ${(err as Error).message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

async function run(args: ApplyArgs, io: CliIO): Promise<number> {
  const inputs = args.verb === 'pull' || args.undo ? [] : await planInputs(args.paths, io.cwd, args.codePage);
  let backend: Backend;
  try {
    backend = await createBackend({ target: args.target ?? 'dry-run', winePrefix: args.winePrefix, wineCommand: args.wineCommand, dryRun: args.dryRun, env: io.env, createPrefix: args.createPrefix, writes: args.verb !== 'pull' });
  } catch (err) {
    if (err instanceof ElevationRequiredError && args.elevate) return runElevatedOnce(args, io);
    if (err instanceof BackendUnavailableError) {
      io.stderr(`expedite ${args.verb}: ${render(err.text, cliLocale())}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  if (args.verb === 'pull') return pull(backend, args, io);
  const backupRoot = args.backupDir ? resolve(io.cwd, args.backupDir) : defaultBackupRoot();
  const log = (line: BackendText) => io.stderr(`${render(line, cliLocale())}\n`);
  const interrupt = watchInterrupts(io);
  try {
    const options = { backupRoot, log: args.format === 'json' ? log : undefined, signal: interrupt.signal };
    const report = args.undo ? await undoLastChange(backend, options) : await changeRegistrations(args.verb, inputs, backend, options);
    const code = printReport(report, args, io);
    const received = interrupt.received();
    if (!received) return code;
    const outcome = args.undo
      ? report.ok
        ? l10n.t('the undo ran to its end')
        : l10n.t('the undo is incomplete')
      : report.rollback
        ? report.rollback.ok
          ? l10n.t('rolled back: the target is as it was')
          : l10n.t('rollback incomplete: {0}', report.rollback.problems.map((p) => render(p, cliLocale())).join('; '))
        : report.ok
          ? l10n.t('the change was already complete')
          : l10n.t('nothing was changed');
    io.stderr(`expedite ${args.verb}: ${l10n.t('interrupted by {0}; {1}', received, outcome)}\n`);
    return EXIT_SIGNAL[received];
  } finally {
    interrupt.dispose();
  }
}

/**
 * Before pull overwrites a file that holds something else, it renames it to the first free
 * `<name>.bak`, `<name>.bak2`, ...; returns that name (undefined when there was nothing to keep).
 */
async function keepPrevious(target: string, bytes: Uint8Array): Promise<string | undefined> {
  let old: Buffer;
  try {
    old = await readFile(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if (old.equals(bytes)) return undefined;
  for (let n = 1; ; n++) {
    const backup = `${target}.bak${n === 1 ? '' : n}`;
    try {
      await writeFile(backup, old, { flag: 'wx' });
      return backup;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/** Shell convention: 128 + the signal number. */
const EXIT_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Ctrl-C or a kill while writing: stop the child reg.exe, roll back, then exit 130/143. Until the
 * rollback has finished, a second signal does not end the process (that would leave neither state).
 */
function watchInterrupts(io: CliIO): { signal: AbortSignal; received(): keyof typeof EXIT_SIGNAL | undefined; dispose(): void } {
  const controller = new AbortController();
  let received: keyof typeof EXIT_SIGNAL | undefined;
  const handlers = (Object.keys(EXIT_SIGNAL) as (keyof typeof EXIT_SIGNAL)[]).map((name) => {
    const handler = () => {
      if (received) {
        io.stderr(`expedite: ${l10n.t('{0} again: still putting the target back, please wait', name)}\n`);
        return;
      }
      received = name;
      io.stderr(`expedite: ${l10n.t('{0}: stopping and rolling back', name)}\n`);
      controller.abort();
    };
    process.on(name, handler);
    return () => process.off(name, handler);
  });
  return { signal: controller.signal, received: () => received, dispose: () => handlers.forEach((off) => off()) };
}
