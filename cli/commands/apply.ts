// `expedite apply|remove|pull --target local|wine [--wineprefix DIR] [--dry-run] [--format text|json] PATH...`
// The same backends and plan the editor commands use (backends/).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defaultBackupRoot } from '../../backends/backup';
import { formatChangeReport, formatPulled } from '../../backends/format';
import type { PlanInput } from '../../backends/plan';
import { pullFromTarget } from '../../backends/pull';
import { changeRegistrations, undoLastChange, type ChangeReport } from '../../backends/run';
import { createBackend, type TargetSetting } from '../../backends/target';
import { ElevationRequiredError, relaunchThisCli } from '../../backends/elevation';
import { BackendError, BackendUnavailableError, type Backend } from '../../backends/types';
import { utf16leWithBom } from '../../backends/tempFiles';
import { loadDocuments } from '../files';
import type { CliIO } from '../io';
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
  paths: string[];
}

const HELP = `usage: expedite apply|remove|pull --target local|wine [--wineprefix DIR] [--dry-run] [--elevate] [--format text|json] PATH...

  apply    write the registrations of PATHs (registry form: the UScheduler_OOBE subkeys;
           file form: staged as Microsoft's Add-UpdaterRegistration does), then read back and verify
  remove   remove the registrations PATHs describe
  pull     print the registrations on the target (.reg document and staged JSON files);
           with a folder PATH, write them there instead

options:
  --target local|wine   local = reg.exe (64-bit view) and %ProgramData% on Windows; wine = a Wine prefix
  --wineprefix DIR      the Wine prefix (default: $WINEPREFIX, else ~/.wine)
  --wine-command CMD    the Wine launcher (default: wine)
  --dry-run             print the exact operations and change nothing (without --target: an empty machine)
  --undo                (apply) put back what the last apply or remove on this target replaced
  --elevate             (--target local, not an administrator) ask once for administrator rights and run
                        the whole command elevated; without it such a command exits 2
  --backup-dir DIR      where backups go (default: ~/.expedited-apps/backups)
  --format text|json    output format (default: text)
`;

function parseArgs(argv: string[]): ApplyArgs | 'help' {
  const [verb, ...rest] = argv;
  if (verb !== 'apply' && verb !== 'remove' && verb !== 'pull') throw new UsageError(`unknown command '${verb}'`);
  const args: ApplyArgs = { verb, dryRun: false, undo: false, elevate: false, format: 'text', paths: [] };
  const value = (name: string, i: number): string => {
    const v = rest[i];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = () => inline ?? value(flag, ++i);
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--target': {
        const t = take();
        if (t !== 'local' && t !== 'wine' && t !== 'dry-run') throw new UsageError(`--target must be local or wine (found '${t}')`);
        args.target = t;
        break;
      }
      case '--wineprefix':
        args.winePrefix = take();
        break;
      case '--wine-command':
        args.wineCommand = take();
        break;
      case '--dry-run':
        args.dryRun = true;
        break;
      case '--undo':
        args.undo = true;
        break;
      case '--elevate':
        args.elevate = true;
        break;
      case '--backup-dir':
        args.backupDir = take();
        break;
      case '--format': {
        const f = take();
        if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json (found '${f}')`);
        args.format = f;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
        args.paths.push(arg);
    }
  }
  if (!args.target && !args.dryRun) throw new UsageError('--target local|wine is required (or --dry-run to list the operations for an empty machine)');
  if (args.undo && args.verb !== 'apply') throw new UsageError('--undo belongs to apply');
  if (args.winePrefix !== undefined && args.target !== 'wine') throw new UsageError('--wineprefix needs --target wine');
  if (args.verb !== 'pull' && !args.undo && args.paths.length === 0) throw new UsageError('no PATH given (a registration file, a .reg file or a folder)');
  if (args.verb === 'pull' && args.paths.length > 1) throw new UsageError('pull takes at most one PATH: the folder to write into');
  return args;
}

async function planInputs(paths: string[], cwd: string): Promise<PlanInput[]> {
  const docs = await loadDocuments(paths, cwd);
  const inputs: PlanInput[] = [];
  for (const analysis of docs) {
    // The file form is staged byte-identical: keep the bytes exactly as they are on disk.
    inputs.push({ path: analysis.path, analysis, bytes: new Uint8Array(await readFile(resolve(cwd, analysis.path))) });
  }
  return inputs;
}

function printReport(report: ChangeReport, args: ApplyArgs, io: CliIO): number {
  if (args.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(formatChangeReport(report));
  return report.ok ? EXIT_OK : EXIT_FINDINGS;
}

async function pull(backend: Backend, args: ApplyArgs, io: CliIO): Promise<number> {
  const pulled = await pullFromTarget(backend, (p) => backend.describePath(p));
  const out = args.paths[0];
  if (out !== undefined) {
    const dir = resolve(io.cwd, out);
    await mkdir(dir, { recursive: true });
    const written = [join(dir, 'UScheduler_OOBE.reg')];
    await writeFile(written[0], utf16leWithBom(pulled.regText));
    for (const file of pulled.files) {
      const target = join(dir, ...file.path.slice(1));
      await mkdir(join(target, '..'), { recursive: true });
      await writeFile(target, file.bytes);
      written.push(target);
    }
    if (args.format === 'json') io.stdout(`${JSON.stringify({ target: { kind: backend.kind, label: backend.label }, written }, null, 2)}\n`);
    else io.stdout(`${written.map((w) => `wrote ${w}`).join('\n')}\n`);
    return EXIT_OK;
  }
  if (args.format === 'json') {
    const files = pulled.files.map((f) => ({ path: f.path.join('\\'), location: f.location, text: f.text }));
    io.stdout(`${JSON.stringify({ target: { kind: backend.kind, label: backend.label }, reg: pulled.regText, keys: pulled.keys, files, storeExists: pulled.storeExists }, null, 2)}\n`);
  } else {
    io.stdout(formatPulled(backend.label, pulled));
  }
  return EXIT_OK;
}

/** --elevate: this whole command once more in one elevated process, so the batch asks once. */
async function runElevatedOnce(args: ApplyArgs, io: CliIO): Promise<number> {
  const again = process.argv.slice(2).filter((a) => a !== '--elevate');
  // Backups go where this user's --undo looks, whichever account approves the prompt.
  if (!args.backupDir) again.splice(1, 0, '--backup-dir', defaultBackupRoot());
  let result;
  try {
    result = await relaunchThisCli(again);
  } catch (err) {
    if (!(err instanceof BackendError)) throw err;
    io.stderr(`expedite ${args.verb}: ${err.message}\n`);
    return EXIT_USAGE;
  }
  io.stdout(result.stdout);
  io.stderr(result.stderr);
  return result.code;
}

export async function applyCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const inputs = args.verb === 'pull' || args.undo ? [] : await planInputs(args.paths, io.cwd);
  let backend: Backend;
  try {
    backend = await createBackend({ target: args.target ?? 'dry-run', winePrefix: args.winePrefix, wineCommand: args.wineCommand, dryRun: args.dryRun, env: io.env, writes: args.verb !== 'pull' });
  } catch (err) {
    if (err instanceof ElevationRequiredError && args.elevate) return runElevatedOnce(args, io);
    if (err instanceof BackendUnavailableError) {
      io.stderr(`expedite ${args.verb}: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  if (args.verb === 'pull') return pull(backend, args, io);
  const backupRoot = args.backupDir ? resolve(io.cwd, args.backupDir) : defaultBackupRoot();
  const log = (line: string) => io.stderr(`${line}\n`);
  const report = args.undo
    ? await undoLastChange(backend, { backupRoot, log: args.format === 'json' ? log : undefined })
    : await changeRegistrations(args.verb, inputs, backend, { backupRoot, log: args.format === 'json' ? log : undefined });
  return printReport(report, args, io);
}
