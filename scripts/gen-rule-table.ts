// Prints the diagnostic rule table (Markdown) from the catalogue.
// Usage: node --import tsx scripts/gen-rule-table.ts [--write FILE | --check FILE]
//   --write FILE  replaces the text between <!-- rules:begin --> and <!-- rules:end --> in FILE,
//                 and writes the rule pages (docs/rules/, gen-rule-pages.ts)
//   --check FILE  exits 1 when that text is not the current table or a rule page is not current
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rulePages } from './gen-rule-pages';
import { catalogue } from '../core/diagnostics/catalogue';
import type { RuleId } from '../core/rules';
import { ruleDocs } from '../core/rules/docs';

const BEGIN = '<!-- rules:begin -->';
const END = '<!-- rules:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function ruleTable(rules: readonly { id: RuleId; severity: string; source: string }[]): string {
  const rows = rules.map((r) => {
    const doc = ruleDocs(r.id);
    return `| \`${r.id}\` | ${r.severity} | ${r.source} | ${cell(doc.rule.en)} | ${cell(doc.fix?.en ?? '')} |`;
  });
  return ['| Code | Severity | Source | Rule | Quick fix |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** `text` with the table placed between the markers, or undefined when the markers are missing. */
export function withTable(text: string, table: string): string | undefined {
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END, begin + BEGIN.length);
  if (begin < 0 || end < 0) return undefined;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  return `${text.slice(0, begin + BEGIN.length)}${nl}${table.replace(/\n/g, nl)}${nl}${text.slice(end)}`;
}

function main(argv: string[]): number {
  const table = ruleTable(catalogue);
  const mode = argv[0];
  if (mode !== '--write' && mode !== '--check') {
    process.stdout.write(`${table}\n`);
    return 0;
  }
  const file = argv[1];
  if (!file) {
    process.stderr.write(`usage: gen-rule-table.ts ${mode} FILE\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
    return 2;
  }
  const updated = withTable(text, table);
  if (updated === undefined) {
    process.stderr.write(`${file}: markers ${BEGIN} and ${END} not found\n`);
    return 2;
  }
  const root = join(__dirname, '..');
  const pages = rulePages();
  if (mode === '--check') {
    const stale = [...pages].filter(([path, page]) => readOrEmpty(join(root, path)) !== page).map(([path]) => path);
    if (updated === text && !stale.length) return 0;
    if (updated !== text) process.stderr.write(`${file}: the rule table is out of date\n`);
    for (const path of stale) process.stderr.write(`${path}: the rule page is out of date\n`);
    process.stderr.write(`run: node --import tsx scripts/gen-rule-table.ts --write ${file}\n`);
    return 1;
  }
  if (updated !== text) writeFileSync(file, updated);
  for (const [path, page] of pages) {
    const target = join(root, path);
    if (readOrEmpty(target) === page) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, page);
  }
  process.stderr.write(`${file}: ${catalogue.length} rules; docs/rules: ${pages.size} pages\n`);
  return 0;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
