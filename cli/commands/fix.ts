// `expedite fix [--dry-run] PATH...`: applies the safe quick fixes ("Fix all" in the editor) to
// files. A fix that would add an error is not applied; every changed file keeps a backup.
import { createTwoFilesPatch } from 'diff';
import { analyzeDocument, type DocumentAnalysis } from '../../core/analyze';
import { applyEdits, fixAllFixes } from '../../core/diagnostics/fixAll';
import type { Finding, Fix } from '../../core/diagnostics/types';
import { flag, parseCommandArgs, stringOption, type OptionSpec } from '../args';
import { resolveCodePage } from '../codepage';
import { describe, loadInputs } from '../files';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { encodeDocument, writeFileSafely } from '../write';

const HELP = `usage: expedite fix [--dry-run] [--no-backup] [--codepage N] PATH...

Applies the quick fixes that are safe to apply together (the editor's "Fix all") to the files
PATHs name or hold (folders and glob patterns as in check). A fix that would add an error is
left out. Each changed file is first copied to FILE.bak (or FILE.1.bak, ...).

options:
  --dry-run      print a unified diff of what would change; change nothing
  --no-backup    do not keep FILE.bak copies
  --codepage N   ANSI code page of REGEDIT4 files (default: the system's on Windows, else 1252)

Exit status: 0 no error left, 1 errors remain after fixing, 2 usage error, unreadable input
or a file that could not be written.
`;

const OPTIONS: OptionSpec = { 'dry-run': { type: 'boolean' }, 'no-backup': { type: 'boolean' }, codepage: { type: 'string' } };

const errorCounts = (findings: readonly Finding[]) => {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return counts;
};

/** Whether `after` has an error `before` did not (by code and count: positions move with edits). */
function addsError(before: readonly Finding[], after: readonly Finding[]): boolean {
  const was = errorCounts(before);
  for (const [code, n] of errorCounts(after)) if (n > (was.get(code) ?? 0)) return true;
  return false;
}

export interface FixOutcome {
  text: string;
  analysis: DocumentAnalysis;
  applied: Fix[];
  refused: Fix[];
}

/**
 * The fixes applied together when they add no error; otherwise each on its own, keeping those that
 * add none, and then only if together they still add none.
 */
export function fixDocument(doc: DocumentAnalysis): FixOutcome {
  const reanalyse = (text: string) => analyzeDocument({ path: doc.path, text, encoding: doc.reg?.encoding });
  const candidates = fixAllFixes(doc.findings);
  const attempt = (fixes: Fix[]) => {
    const text = applyEdits(doc.text, fixes.flatMap((f) => f.edits));
    const analysis = reanalyse(text);
    return { text, analysis, ok: !addsError(doc.findings, analysis.findings) };
  };
  const none = { text: doc.text, analysis: doc, applied: [], refused: candidates };
  if (candidates.length === 0) return none;
  const all = attempt(candidates);
  if (all.ok) return { text: all.text, analysis: all.analysis, applied: candidates, refused: [] };
  const good = candidates.filter((fix) => attempt([fix]).ok);
  const together = good.length ? attempt(good) : undefined;
  if (!together?.ok) return none;
  return { text: together.text, analysis: together.analysis, applied: good, refused: candidates.filter((f) => !good.includes(f)) };
}

export async function fixCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS, 'fix');
  if (parsed.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (parsed.positionals.includes('-')) throw new UsageError("fix changes files in place: '-' (stdin) cannot be fixed");
  const dryRun = flag(parsed, 'dry-run');
  const codePage = resolveCodePage(stringOption(parsed, 'codepage'));
  const log = (line: string) => io.stderr(`expedite fix: ${line}\n`);
  const { documents, failures } = await loadInputs(parsed.positionals, { cwd: io.cwd, report: log, codePage });
  let problems = failures;
  let errorsLeft = 0;
  let changed = 0;
  for (const { absolute, analysis: doc } of documents) {
    const outcome = fixDocument(doc);
    for (const fix of outcome.refused) log(`${doc.path}: not applied (it would add an error): ${fix.title}`);
    errorsLeft += outcome.analysis.findings.filter((f) => f.severity === 'error').length;
    if (outcome.applied.length === 0) continue;
    if (dryRun) {
      io.stdout(createTwoFilesPatch(`a/${doc.path}`, `b/${doc.path}`, doc.text, outcome.text, undefined, undefined, { context: 3 }));
      changed++;
      continue;
    }
    const bytes = encodeDocument(outcome.text, doc.reg?.encoding, codePage);
    if (!bytes || !absolute) {
      log(`${doc.path}: not changed: the fixed text cannot be written back in the file's encoding (${doc.reg?.encoding ?? 'utf-8'})`);
      problems++;
      continue;
    }
    try {
      const backup = await writeFileSafely(absolute, bytes, { backup: !flag(parsed, 'no-backup') });
      changed++;
      io.stdout(`${doc.path}: ${outcome.applied.length} fix${outcome.applied.length === 1 ? '' : 'es'} applied${backup ? ` (backup: ${backup})` : ''}\n`);
      for (const fix of outcome.applied) io.stdout(`  - ${fix.title}\n`);
    } catch (err) {
      log(`cannot write ${doc.path}: ${describe(err)}`);
      problems++;
    }
  }
  io.stderr(`expedite fix: ${changed} file${changed === 1 ? '' : 's'} ${dryRun ? 'would change' : 'changed'}; ${errorsLeft} error${errorsLeft === 1 ? '' : 's'} left\n`);
  if (problems) return EXIT_USAGE;
  return errorsLeft ? EXIT_FINDINGS : EXIT_OK;
}
