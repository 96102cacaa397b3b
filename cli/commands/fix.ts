// `expedite fix [--dry-run] PATH...`: applies the safe quick fixes ("Fix all" in the editor) to
// files. A fix that would add an error is not applied; every changed file keeps a backup.
import * as l10n from '@vscode/l10n';
import { createTwoFilesPatch } from 'diff';
import { checkedFixAll } from '../../core/intel/fixAll';
import { flag, parseCommandArgs, stringOption, type OptionSpec } from '../args';
import { resolveCodePage } from '../codepage';
import { describe, loadInputs } from '../files';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { cliLocale } from '../locale';
import { render } from '../../core/rules/render';
import { encodeDocument, writeFileSafely } from '../write';

function help(): string {
  return l10n.t(`usage: expedite fix [--dry-run] [--no-backup] [--codepage N] PATH...

Applies the quick fixes that are safe to apply together (the editor's "Fix all") to the files
PATHs name or hold (folders and glob patterns as in check). A fix that would add an error is
left out. Each changed file is first copied to FILE.bak (or FILE.1.bak, ...).

options:
  --dry-run      print a unified diff of what would change; change nothing
  --no-backup    do not keep FILE.bak copies
  --codepage N   ANSI code page of REGEDIT4 files (default: the system's on Windows, else 1252)

Exit status: 0 no error left, 1 errors remain after fixing, 2 usage error, unreadable input
or a file that could not be written.
`);
}

const OPTIONS: OptionSpec = { 'dry-run': { type: 'boolean' }, 'no-backup': { type: 'boolean' }, codepage: { type: 'string' } };

export async function fixCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS, 'fix');
  if (parsed.help) {
    io.stdout(help());
    return EXIT_OK;
  }
  if (parsed.positionals.includes('-')) throw new UsageError(l10n.t("fix changes files in place: '-' (stdin) cannot be fixed"));
  const dryRun = flag(parsed, 'dry-run');
  const codePage = resolveCodePage(stringOption(parsed, 'codepage'));
  const log = (line: string) => io.stderr(`expedite fix: ${line}\n`);
  const { documents, failures } = await loadInputs(parsed.positionals, { cwd: io.cwd, report: log, codePage });
  let problems = failures;
  let errorsLeft = 0;
  let changed = 0;
  for (const { absolute, analysis: doc } of documents) {
    const outcome = checkedFixAll(doc);
    for (const fix of outcome.refused) log(l10n.t('{0}: not applied (it would add an error): {1}', doc.path, render(fix.title, cliLocale())));
    errorsLeft += outcome.analysis.findings.filter((f) => f.severity === 'error').length;
    if (outcome.applied.length === 0) continue;
    if (dryRun) {
      io.stdout(createTwoFilesPatch(`a/${doc.path}`, `b/${doc.path}`, doc.text, outcome.text, undefined, undefined, { context: 3 }));
      changed++;
      continue;
    }
    const bytes = encodeDocument(outcome.text, doc.reg?.encoding, codePage);
    if (!bytes || !absolute) {
      log(l10n.t("{0}: not changed: the fixed text cannot be written back in the file's encoding ({1})", doc.path, doc.reg?.encoding ?? 'utf-8'));
      problems++;
      continue;
    }
    try {
      const backup = await writeFileSafely(absolute, bytes, { backup: !flag(parsed, 'no-backup') });
      changed++;
      const count = outcome.applied.length;
      const applied = backup
        ? count === 1
          ? l10n.t('{0}: 1 fix applied (backup: {1})', doc.path, backup)
          : l10n.t('{0}: {1} fixes applied (backup: {2})', doc.path, count, backup)
        : count === 1
          ? l10n.t('{0}: 1 fix applied', doc.path)
          : l10n.t('{0}: {1} fixes applied', doc.path, count);
      io.stdout(`${applied}\n`);
      for (const fix of outcome.applied) io.stdout(`  - ${render(fix.title, cliLocale())}\n`);
    } catch (err) {
      log(l10n.t('cannot write {0}: {1}', doc.path, describe(err)));
      problems++;
    }
  }
  const files = dryRun ? (changed === 1 ? l10n.t('1 file would change') : l10n.t('{0} files would change', changed)) : changed === 1 ? l10n.t('1 file changed') : l10n.t('{0} files changed', changed);
  const left = errorsLeft === 1 ? l10n.t('1 error left') : l10n.t('{0} errors left', errorsLeft);
  io.stderr(`expedite fix: ${l10n.t('{0}; {1}', files, left)}\n`);
  if (problems) return EXIT_USAGE;
  return errorsLeft ? EXIT_FINDINGS : EXIT_OK;
}
