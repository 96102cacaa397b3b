// Prints the diagnostic rule table (Markdown) from the catalogue.
// Usage: node --import tsx scripts/gen-rule-table.ts [--write FILE | --check FILE]
//   --write FILE  replaces the text between <!-- rules:begin --> and <!-- rules:end --> in FILE
//   --check FILE  exits 1 when that text is not the current table
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogue } from '../core/diagnostics/catalogue';
import type { RuleInfo } from '../core/diagnostics/types';

const BEGIN = '<!-- rules:begin -->';
const END = '<!-- rules:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function ruleTable(rules: readonly RuleInfo[]): string {
  const rows = rules.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.source} | ${cell(r.rule.en)} | ${cell(r.fix?.en ?? '')} |`);
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
  if (mode === '--check') {
    if (updated === text) return 0;
    process.stderr.write(`${file}: the rule table is out of date; run: node --import tsx scripts/gen-rule-table.ts --write ${file}\n`);
    return 1;
  }
  if (updated !== text) writeFileSync(file, updated);
  process.stderr.write(`${file}: ${catalogue.length} rules\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
