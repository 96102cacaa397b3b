// `expedite check [--format text|json] PATH...`: the diagnostics the language server shows, plus
// the cross-file ones, for files and folders (contracts.md).
import { analyzeWorkspace, type DocumentKind } from '../../core/analyze';
import { findingsOfFile, toRecord, type FindingRecord } from '../../core/diagnostics/records';
import { LineIndex } from '../../core/text/lineIndex';
import { loadDocuments } from '../files';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from '../io';

export interface CheckFileResult {
  path: string;
  kind: DocumentKind;
  diagnostics: FindingRecord[];
}

export interface CheckResult {
  files: CheckFileResult[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

const HELP = `usage: expedite check [--format text|json] PATH...

Validates .reg files, registration files (updater_*.json) and payloads (*.payload.json).
Folders are searched recursively (node_modules and dot-folders skipped).
Exit status: 0 no error, 1 at least one error, 2 usage error or unreadable input.
`;

export type OutputFormat = 'text' | 'json';

/** Splits `--format X` / `--format=X` off the arguments; the rest are paths. */
export function parseFormatArgs(args: readonly string[]): { format: OutputFormat; paths: string[]; help: boolean } {
  let format: OutputFormat = 'text';
  const paths: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let value: string | undefined;
    if (arg === '--format') {
      value = args[++i];
      if (value === undefined) throw new UsageError('--format needs a value: text or json');
    } else if (arg.startsWith('--format=')) {
      value = arg.slice('--format='.length);
    } else if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    } else if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      paths.push(arg);
      continue;
    }
    if (value !== 'text' && value !== 'json') throw new UsageError(`unknown format '${value}': use text or json`);
    format = value;
  }
  return { format, paths, help };
}

export async function runCheck(paths: string[], cwd: string): Promise<CheckResult> {
  const docs = await loadDocuments(paths, cwd);
  const crossFile = analyzeWorkspace(docs);
  const summary = { files: docs.length, errors: 0, warnings: 0, infos: 0 };
  const files = docs.map((doc): CheckFileResult => {
    const lines = new LineIndex(doc.text);
    const diagnostics = findingsOfFile(doc.findings, crossFile.get(doc.path)).map((f) => toRecord(f, lines));
    for (const d of diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
    return { path: doc.path, kind: doc.kind, diagnostics };
  });
  return { files, summary };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line per finding, `path:line:column: severity: message [code]` (1-based, like compilers). */
export function formatCheckText(result: CheckResult): string {
  const out: string[] = [];
  for (const file of result.files) {
    for (const d of file.diagnostics) {
      out.push(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${d.message} [${d.code}]`);
    }
  }
  const s = result.summary;
  out.push(`${plural(s.files, 'file')} checked: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}`);
  return `${out.join('\n')}\n`;
}

export async function checkCommand(args: string[], io: CliIO): Promise<number> {
  const { format, paths, help } = parseFormatArgs(args);
  if (help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const result = await runCheck(paths, io.cwd);
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatCheckText(result));
  return result.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
