// Azure Pipelines logging commands: `##vso[task.logissue type=error;sourcepath=…;linenumber=…;columnnumber=…;code=…]message`.
// Azure knows only errors and warnings as issues; information and hints are printed as plain lines.
// https://learn.microsoft.com/azure/devops/pipelines/scripts/logging-commands
import { isInfo, summaryLine, type CheckReport } from './report';

const escapeData = (s: string) => s.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/;/g, '%3B').replace(/]/g, '%5D');

export function formatAzure(report: CheckReport): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const where = `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      if (isInfo(d.severity)) {
        out.push(`${escapeData(`${where}: ${d.severity}: ${d.message} [${d.code}]`)}`);
        continue;
      }
      const props = [
        `type=${d.severity}`,
        `sourcepath=${escapeProperty(file.path)}`,
        `linenumber=${d.range.start.line + 1}`,
        `columnnumber=${d.range.start.character + 1}`,
        `code=${escapeProperty(d.code)}`,
      ];
      out.push(`##vso[task.logissue ${props.join(';')};]${escapeData(`${d.message} [${d.code}]`)}`);
    }
  }
  out.push(summaryLine(report.summary));
  return `${out.join('\n')}\n`;
}
