// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Severity } from '../../core/diagnostics/types';
import { summaryLine, type CheckReport } from './report';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(report: CheckReport): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const { start, end } = d.range;
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(`expedite ${d.code}`)}`,
      ];
      out.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(`${d.message} [${d.code}]`)}`);
    }
  }
  out.push(summaryLine(report.summary));
  return `${out.join('\n')}\n`;
}
