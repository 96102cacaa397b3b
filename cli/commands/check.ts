// `expedite check [--format text|json|sarif|junit|github|azure] PATH...`: the diagnostics the
// language server shows, plus the cross-file ones, for files, folders and glob patterns (contracts.md).
import { writeFile } from 'node:fs/promises';
import * as l10n from '@vscode/l10n';
import { resolve } from 'node:path';
import { analyzeWorkspace } from '../../core/analyze';
import { findingsOfFile, toRecord } from '../../core/diagnostics/records';
import { applyRuleLevels } from '../../core/diagnostics/ruleSettings';
import { LineIndex } from '../../core/text/lineIndex';
import { choiceOption, countOption, flag, listOption, parseCommandArgs, stringOption, type OptionSpec } from '../args';
import { resolveCodePage } from '../codepage';
import { loadCheckConfig } from '../config';
import { describe, loadInputs, MAX_FILE_BYTES, MAX_FILES } from '../files';
import { formatAzure } from '../formats/azure';
import { formatGithub } from '../formats/github';
import { formatJunit } from '../formats/junit';
import { OUTPUT_FORMATS, type CheckReport, type CheckedFile, type OutputFormat } from '../formats/report';
import { formatSarif } from '../formats/sarif';
import { formatText } from '../formats/text';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIO } from '../io';
import { cliLocale } from '../locale';
import { productVersion } from '../version';

function help(): string {
  return l10n.t(`usage: expedite check [options] PATH...

Validates .reg files, registration files (updater_*.json) and payloads (*.payload.json).
PATH is a file, a folder (searched recursively; node_modules and dot-folders skipped;
names compare case-insensitively), a glob pattern (expanded by expedite, so quoting works
the same in bash, cmd and PowerShell: expedite check "**/*.reg"), or - for stdin.

options:
  --format FORMAT         text (default), json, sarif (SARIF 2.1.0), junit (JUnit XML),
                          github (workflow commands), azure (Azure Pipelines logging commands)
  --output FILE           write the report to FILE (UTF-8) instead of stdout
  --max-warnings N        also fail (exit 1) when there are more than N warnings
  --rule ID=LEVEL         set a rule's level: off, error, warning, information or hint (repeatable)
  --config FILE           the settings file (default: the nearest .expeditedrc.json)
  --no-config             read no settings file
  --stdin-filename NAME   the name that decides the kind of the file read from - (stdin)
  --codepage N            ANSI code page of REGEDIT4 files (default: the system's on Windows, else 1252)
  --locale en|ko          the language of messages (default: from LC_ALL, LC_MESSAGES or LANG; else English)

Links inside folders are not followed; links, pipes and devices are reported and skipped.
Limits: {0} files per run, {1} MB per file (reaching one is exit 2).
Exit status: 0 no error, 1 at least one error (or more warnings than --max-warnings),
2 usage error, or a PATH that is empty, matches nothing or could not be read (2 wins over 1).
`, MAX_FILES, MAX_FILE_BYTES / 1024 / 1024);
}

const OPTIONS: OptionSpec = {
  format: { type: 'string' },
  output: { type: 'string' },
  'max-warnings': { type: 'string' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  codepage: { type: 'string' },
};

const FORMATTERS: Record<OutputFormat, (r: CheckReport) => string> = {
  text: formatText,
  json: (r) => `${JSON.stringify(checkJson(r), null, 2)}\n`,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  azure: formatAzure,
};

/** The JSON document of contracts.md. */
export function checkJson(report: CheckReport) {
  return { files: report.files.map((f) => ({ path: f.path, kind: f.kind, diagnostics: f.diagnostics })), summary: report.summary };
}

export async function checkCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS, 'check');
  if (parsed.help) {
    io.stdout(help());
    return EXIT_OK;
  }
  const format = choiceOption(parsed, 'format', OUTPUT_FORMATS, 'text');
  const maxWarnings = countOption(parsed, 'max-warnings');
  const output = stringOption(parsed, 'output');
  const config = await loadCheckConfig({ cwd: io.cwd, configPath: stringOption(parsed, 'config'), noConfig: flag(parsed, 'no-config'), ruleArgs: listOption(parsed, 'rule') });
  const codePage = resolveCodePage(stringOption(parsed, 'codepage'));
  const { documents, failures } = await loadInputs(parsed.positionals, {
    cwd: io.cwd,
    report: (line) => io.stderr(`expedite check: ${line}\n`),
    codePage,
    stdinFilename: stringOption(parsed, 'stdin-filename'),
    readStdin: io.readStdin,
    ignore: config.ignore,
  });

  const docs = documents.map((d) => d.analysis);
  const crossFile = analyzeWorkspace(docs);
  const summary = { files: docs.length, errors: 0, warnings: 0, infos: 0 };
  const files = docs.map((doc): CheckedFile => {
    const lines = new LineIndex(doc.text);
    const findings = applyRuleLevels(findingsOfFile(doc.findings, crossFile.get(doc.path)), config.rules);
    const diagnostics = findings.map((f) => toRecord(f, lines, cliLocale()));
    for (const d of diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
    return { path: doc.path, kind: doc.kind, findings, diagnostics, lines };
  });
  const text = FORMATTERS[format]({ files, summary, cwd: io.cwd, version: productVersion() });
  if (output !== undefined) {
    try {
      await writeFile(resolve(io.cwd, output), text);
    } catch (err) {
      io.stderr(`expedite check: ${l10n.t('cannot write {0}: {1}', output, describe(err))}\n`);
      return EXIT_USAGE;
    }
  } else {
    io.stdout(text);
  }
  if (failures) {
    io.stderr(`expedite check: ${failures === 1 ? l10n.t('1 input could not be read (see above): failing') : l10n.t('{0} inputs could not be read (see above): failing', failures)}\n`);
    return EXIT_USAGE;
  }
  if (summary.errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    io.stderr(`expedite check: ${l10n.t('{0} warnings, more than --max-warnings {1}', summary.warnings, maxWarnings)}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
