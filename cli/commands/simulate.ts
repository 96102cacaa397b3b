// `expedite simulate [--scenario FILE.json] [--format text|json] PATH...` (contracts.md).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyzeWorkspace } from '../../core/analyze';
import { formatTable, parseScenario, simulate, type Scenario } from '../../core/simulate';
import { loadDocuments } from '../files';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';

const HELP = `usage: expedite simulate [--scenario FILE.json] [--format text|json] PATH...

Simulates the order in which the orchestrator runs every registration found in PATHs
(.reg files, registration files, folders), with retries, cooldowns and the 30-minute window.

options:
  --scenario FILE.json  device, conditions, scripted attempt outcomes and assumptions
                        (every field optional; see the simulate contract)
  --format text|json    a readable table (default) or one JSON document on stdout
exit status: 0 done, 1 an input has error-severity findings, 2 usage error or unreadable input
`;

interface SimulateArgs {
  scenarioPath?: string;
  format: 'text' | 'json';
  paths: string[];
  help: boolean;
}

export function parseSimulateArgs(args: readonly string[]): SimulateArgs {
  const out: SimulateArgs = { format: 'text', paths: [], help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--help' || flag === '-h') out.help = true;
    else if (flag === '--scenario') out.scenarioPath = value();
    else if (flag === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json; found "${f}"`);
      out.format = f;
    } else if (flag === '--') {
      out.paths.push(...args.slice(i + 1));
      break;
    } else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}\n${HELP}`);
    else out.paths.push(arg);
  }
  return out;
}

async function readScenario(path: string | undefined, cwd: string): Promise<Scenario> {
  if (path === undefined) return parseOrThrow('{}', '');
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read the scenario file ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  return parseOrThrow(text, path);
}

function parseOrThrow(text: string, path: string): Scenario {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new UsageError(`invalid scenario ${path}:\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`);
  return parsed.scenario;
}

export async function simulateCommand(args: string[], io: CliIO): Promise<number> {
  const options = parseSimulateArgs(args);
  if (options.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (options.paths.length === 0) throw new UsageError(`no PATH given\n${HELP}`);
  const scenario = await readScenario(options.scenarioPath, io.cwd);
  let docs;
  try {
    docs = await loadDocuments(options.paths, io.cwd);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    io.stderr(`expedite simulate: ${(err as Error).message}\n`);
    return EXIT_USAGE;
  }
  const result = simulate(docs.flatMap((d) => d.registrations), scenario);
  io.stdout(options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatTable(result));

  const crossFile = analyzeWorkspace(docs);
  const hasErrors = docs.some((d) => d.findings.some((f) => f.severity === 'error')) || [...crossFile.values()].some((fs) => fs.some((f) => f.severity === 'error'));
  if (hasErrors) io.stderr('expedite simulate: some inputs have errors (run `expedite check` for the details); Windows skips invalid registrations\n');
  return hasErrors ? EXIT_FINDINGS : EXIT_OK;
}
