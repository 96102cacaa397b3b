// The rule pages, generated from the rule objects and their docs (core/rules/docs/): docs/rules/<id>.md in English,
// docs/rules/ko/<id>.md in Korean, and an index in each. gen-rule-table.ts writes and checks them.
import { analyzeDocument, analyzeWorkspace } from '../core/analyze';
import { render, rules, textOf, type Locale } from '../core/rules';
import { ruleDocs } from '../core/rules/docs';
import { rulePagePath } from '../core/rules/pages';
import type { RuleSource } from '../core/rules/rule';
// Importing the areas registers every message before pages are made.
import '../core/intel/hover';

const SOURCES: Record<RuleSource, { en: string; ko: string }> = {
  AO: { en: 'Microsoft\'s AppOrchestration PowerShell module (AppOrchestration.psm1, `Test-UpdaterRegistration`), the official validator', ko: 'Microsoft의 AppOrchestration PowerShell 모듈(AppOrchestration.psm1, `Test-UpdaterRegistration`), 공식 유효성 검사기' },
  'KO-DOC': { en: 'Microsoft\'s Korean page "UpdateOrchestrator API" (the registry form)', ko: 'Microsoft의 한국어 문서 "UpdateOrchestrator API"(레지스트리 형식)' },
  'EN-DOC': { en: 'Microsoft\'s English page "Register an OEM application during the imaging process" (the registration-file form)', ko: 'Microsoft의 영어 문서 "Register an OEM application during the imaging process"(등록 파일 형식)' },
  WILD: { en: 'Public scripts that touch real Windows 11 machines (what real machines show)', ko: '실제 Windows 11 장치를 다루는 공개 스크립트(실제 장치에서 관찰된 내용)' },
  WUA: { en: 'A public thread on the Windows Update Agent API (concurrent installs of one package fail)', ko: 'Windows Update Agent API에 관한 공개 스레드(한 패키지를 동시에 설치하면 실패함)' },
  'reg-format': { en: 'The .reg format as regedit and reg import read it', ko: 'regedit와 reg import가 읽는 .reg 형식' },
  'ISO-3166': { en: 'ISO 3166-1, the standard of country codes', ko: '국가 코드 표준 ISO 3166-1' },
  'expedited-apps': { en: 'Expedited Apps\' own reading of the sources', ko: 'Expedited Apps 자체의 자료 해석' },
};

/** A rule of the catalogue (its id is a RuleId, so its docs can be looked up). */
type Rule = (typeof rules)[number];

const WORDS = {
  en: { severity: 'Severity', area: 'Area', why: 'Why', sources: 'Sources', example: 'Example', fixed: 'Fixed', fix: 'Quick fix', gives: 'gives', lines: 'psm1 lines cited in the messages', index: 'Rules', other: 'Korean', otherLink: 'ko/', file: 'file', with: 'analysed with' },
  ko: { severity: '심각도', area: '영역', why: '이유', sources: '출처', example: '예', fixed: '수정한 형태', fix: '빠른 수정', gives: '결과', lines: '메시지에 인용된 psm1 줄', index: '규칙', other: 'English', otherLink: '../', file: '파일', with: '함께 분석한 파일' },
} as const;

/** Source tags a rule names: its own, and those its sentence cites in brackets ([KO-DOC]). */
function sourcesOf(r: Rule): RuleSource[] {
  const out = new Set<RuleSource>([r.source]);
  for (const m of ruleDocs(r.id).rule.en.matchAll(/\[([A-Z0-9-]+)\]/g)) if (m[1] in SOURCES) out.add(m[1] as RuleSource);
  return [...out];
}

/** The psm1 lines the rule's messages cite (AO rules say which lines of the module they follow). */
function psm1Lines(r: Rule): string[] {
  const lines = new Set<string>();
  for (const key of Object.keys(r.message)) for (const m of (textOf(`${r.id}.${key}`)?.en ?? '').matchAll(/psm1 (\d+(?:[-/]\d+)?)/g)) lines.add(m[1]);
  return [...lines];
}

function fence(file: string, text: string): string {
  const lang = file.endsWith('.reg') ? 'reg' : 'json';
  return ['```' + lang, text.replace(/\r\n/g, '\n').trimEnd(), '```'].join('\n');
}

function findingsOfExample(r: Rule, file: string, text: string, encoding: Parameters<typeof analyzeDocument>[0]['encoding'], others: readonly { file: string; text: string }[]) {
  const docs = [analyzeDocument({ path: file, text, encoding }), ...others.map((o) => analyzeDocument({ path: o.file, text: o.text }))];
  return [...docs[0].findings, ...(analyzeWorkspace(docs).get(file) ?? [])].filter((f) => f.code === r.id);
}

export function rulePage(r: Rule, locale: Locale): string {
  const w = WORDS[locale];
  const doc = ruleDocs(r.id);
  const out = [`# \`${r.id}\``, '', doc.rule[locale], '', `- ${w.severity}: **${r.severity}**`, `- ${w.area}: ${r.area}`, '', `## ${w.why}`, ''];
  out.push(doc.why[locale], '');
  out.push(`${w.sources}:`, '');
  for (const s of sourcesOf(r)) out.push(`- **${s}**: ${SOURCES[s][locale]}`);
  const lines = psm1Lines(r);
  if (lines.length) out.push(`- ${w.lines}: ${lines.join(', ')}`);
  out.push('');
  for (const [i, ex] of doc.examples.entries()) {
    out.push(`## ${w.example}${doc.examples.length > 1 ? ` ${i + 1}` : ''}`, '', `${w.file}: \`${ex.file}\`${ex.encoding ? ` (${ex.encoding})` : ''}`, '', fence(ex.file, ex.text), '');
    for (const o of ex.others ?? []) out.push(`${w.with}: \`${o.file}\``, '', fence(o.file, o.text), '');
    for (const f of findingsOfExample(r, ex.file, ex.text, ex.encoding, ex.others ?? [])) out.push(`> ${r.severity} \`${r.id}\`: ${render(f.message, locale)}`, '');
    if (ex.fixed !== undefined) out.push(`### ${w.fixed}`, '', fence(ex.file, ex.fixed), '');
  }
  if (doc.fix) out.push(`## ${w.fix}`, '', doc.fix[locale], '');
  out.push('---', '', `[${w.other}](${w.otherLink}${r.id}.md) · [${w.index}](README.md)`, '');
  return out.join('\n');
}

export function indexPage(locale: Locale): string {
  const w = WORDS[locale];
  const rows = rules.map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.severity} | ${r.source} | ${ruleDocs(r.id).rule[locale].replace(/\|/g, '\\|')} |`);
  return [`# ${w.index}`, '', `| | ${w.severity} | ${w.sources} | |`, '|---|---|---|---|', ...rows, '', `[${w.other}](${w.otherLink}README.md)`, ''].join('\n');
}

/** Every page by its path in the repository. */
export function rulePages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const locale of ['en', 'ko'] as const) {
    for (const r of rules) pages.set(rulePagePath(r.id, locale), rulePage(r, locale));
    pages.set(rulePagePath('README', locale), indexPage(locale));
  }
  return pages;
}
