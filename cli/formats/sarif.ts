// SARIF 2.1.0 (GitHub code scanning, Azure DevOps' SARIF viewer): the catalogue as
// tool.driver.rules, one result per finding with its exact region (1-based, UTF-16 columns),
// related locations, and fixes where the finding has a quick fix.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogue } from '../../core/diagnostics/catalogue';
import type { Severity, Span } from '../../core/diagnostics/types';
import type { LineIndex } from '../../core/text/lineIndex';
import { ruleHelpUri, rulesHelpUri } from '../version';
import { render } from '../../core/rules/render';
import { ruleDocs } from '../../core/rules/docs';
import type { Locale } from '../../core/rules/message';
import { cliLocale } from '../locale';
import type { CheckReport } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const SRCROOT = '%SRCROOT%';
/** The labels of the rule descriptions, in the CLI's locale. */
const LABELS: Record<Locale, { fix: string; source: string }> = {
  en: { fix: 'Quick fix:', source: 'Source:' },
  ko: { fix: '빠른 수정:', source: '출처:' },
};

function region(lines: LineIndex, span: Span) {
  const { start, end } = lines.rangeOf(span);
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function artifactLocation(path: string) {
  return isAbsolute(path) ? { uri: pathToFileURL(path).href } : { uri: encodeURI(path), uriBaseId: SRCROOT };
}

export function sarifLog(report: CheckReport): object {
  const ruleIndex = new Map(catalogue.map((r, i) => [r.id, i]));
  const helpUri = rulesHelpUri();
  const locale = cliLocale();
  const label = LABELS[locale];
  const rules = catalogue.map((r) => {
    const doc = ruleDocs(r.id);
    const what = doc.rule[locale];
    const why = doc.why[locale];
    const fix = doc.fix ? ` ${label.fix} ${doc.fix[locale]}` : '';
    return {
      id: r.id,
      shortDescription: { text: what },
      fullDescription: { text: `${what} ${why}${fix}` },
      help: { text: `${what} ${why}${fix} ${label.source} ${r.source}.` },
      helpUri: ruleHelpUri(r.id, locale),
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { tags: [r.area], source: r.source },
    };
  });
  const linesOf = new Map(report.files.map((f) => [f.path, f.lines]));
  const results = report.files.flatMap((file) =>
    file.findings.map((f) => {
      const result: Record<string, unknown> = {
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code),
        level: LEVEL[f.severity],
        message: { text: render(f.message, locale) },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path), region: region(file.lines, f.span) } }],
      };
      const related = (f.related ?? []).flatMap((r, id) => {
        const path = r.path ?? file.path;
        const lines = linesOf.get(path);
        return lines ? [{ id, message: { text: render(r.message, locale) }, physicalLocation: { artifactLocation: artifactLocation(path), region: region(lines, r.span) } }] : [];
      });
      if (related.length) result.relatedLocations = related;
      const fixes = (f.fixes ?? []).filter((x) => x.edits.length > 0);
      if (fixes.length) {
        result.fixes = fixes.map((x) => ({
          description: { text: render(x.title, locale) },
          artifactChanges: [
            {
              artifactLocation: artifactLocation(file.path),
              replacements: x.edits.map((e) => ({ deletedRegion: region(file.lines, e.span), insertedContent: { text: e.newText } })),
            },
          ],
        }));
      }
      return result;
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'expedite', fullName: 'Expedited Apps (expedite check)', version: report.version, semanticVersion: report.version, informationUri: helpUri, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(report.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(report: CheckReport): string {
  return `${JSON.stringify(sarifLog(report), null, 2)}\n`;
}
