// The default format: one line per finding, `path:line:column: severity: message [code]` (1-based,
// like compilers; the `$expedite` problem matcher reads these lines), then the summary.
import { summaryLine, type CheckReport } from './report';

export function formatText(report: CheckReport): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      out.push(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${oneLine(d.message)} [${d.code}]`);
    }
  }
  out.push(summaryLine(report.summary));
  return `${out.join('\n')}\n`;
}

/** A message on one line: a line break would split the finding for every line-based reader. */
export function oneLine(message: string): string {
  return message.replace(/\r\n|[\r\n]/g, ' ');
}
