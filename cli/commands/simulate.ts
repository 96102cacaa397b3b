// `expedite simulate [--scenario FILE.json] [--format text|json] PATH...` (contracts.md).
import * as l10n from '@vscode/l10n';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyzeWorkspace } from '../../core/analyze';
import { formatTable, parseScenario, renderSimulation, simulate, type Scenario } from '../../core/simulate';
import { choiceOption, parseCommandArgs, stringOption, type OptionSpec } from '../args';
import { resolveCodePage } from '../codepage';
import { assertPathsGiven, loadInputs } from '../files';
import { cliLocale } from '../locale';
import { render } from '../../core/rules/render';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';

function help(): string {
  return l10n.t(`usage: expedite simulate [--scenario FILE.json] [--format text|json] PATH...

Simulates the order in which the orchestrator runs every registration found in PATHs
(.reg files, registration files, folders), with retries, cooldowns and the 30-minute window.

options:
  --scenario FILE.json  device, conditions, scripted attempt outcomes and assumptions
                        (every field optional; see the simulate contract)
  --format text|json    a readable table (default) or one JSON document on stdout
  --codepage N          ANSI code page of REGEDIT4 files (default: the system's on Windows, else 1252)
exit status: 0 done, 1 an input has error-severity findings, 2 usage error or unreadable input
`);
}

const OPTIONS: OptionSpec = { scenario: { type: 'string' }, format: { type: 'string' }, codepage: { type: 'string' } };

async function readScenario(path: string | undefined, cwd: string): Promise<Scenario> {
  if (path === undefined) return parseOrThrow('{}', '');
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (err) {
    throw new UsageError(l10n.t('cannot read the scenario file {0}: {1}', path, (err as NodeJS.ErrnoException).code === 'ENOENT' ? l10n.t('no such file') : (err as Error).message));
  }
  return parseOrThrow(text, path);
}

function parseOrThrow(text: string, path: string): Scenario {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new UsageError(l10n.t('invalid scenario {0}:\n{1}', path, parsed.problems.map((e) => `  - ${render(e, cliLocale())}`).join('\n')));
  return parsed.scenario;
}

export async function simulateCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS, 'simulate');
  if (parsed.help) {
    io.stdout(help());
    return EXIT_OK;
  }
  const format = choiceOption(parsed, 'format', ['text', 'json'] as const, 'text');
  assertPathsGiven(parsed.positionals);
  const scenario = await readScenario(stringOption(parsed, 'scenario'), io.cwd);
  const { documents, failures } = await loadInputs(parsed.positionals, {
    cwd: io.cwd,
    report: (line) => io.stderr(`expedite simulate: ${line}\n`),
    codePage: resolveCodePage(stringOption(parsed, 'codepage')),
  });
  const docs = documents.map((d) => d.analysis);
  const result = renderSimulation(simulate(docs.flatMap((d) => d.registrations), scenario), cliLocale());
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatTable(result));
  if (failures) return EXIT_USAGE;

  const crossFile = analyzeWorkspace(docs);
  const hasErrors = docs.some((d) => d.findings.some((f) => f.severity === 'error')) || [...crossFile.values()].some((fs) => fs.some((f) => f.severity === 'error'));
  if (hasErrors) io.stderr(`expedite simulate: ${l10n.t('some inputs have errors (run `expedite check` for the details); Windows skips invalid registrations')}\n`);
  return hasErrors ? EXIT_FINDINGS : EXIT_OK;
}
