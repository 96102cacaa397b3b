// The rule pages are generated from the rule objects: one per rule in English and Korean, current,
// and the links of diagnostics and SARIF point at them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../core/rules';
import { ruleDocs } from '../../core/rules/docs';
import { rulePagePath, rulePageUri } from '../../core/rules/pages';
import { rulePages } from '../../scripts/gen-rule-pages';
import { ruleHelpUri } from '../../cli/version';

const ROOT = join(__dirname, '..', '..');

test('every rule has its page in English and Korean, and the files are current (npm run docs:rules -- --write README.md)', () => {
  const pages = rulePages();
  const stale: string[] = [];
  for (const r of rules) {
    for (const locale of ['en', 'ko'] as const) {
      const path = rulePagePath(r.id, locale);
      assert.ok(pages.has(path), path);
      if (!existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== pages.get(path)) stale.push(path);
    }
  }
  assert.deepEqual(stale, []);
  const page = pages.get('docs/rules/ko/max-retry-out-of-range.md') ?? '';
  assert.match(page, /MaxRetryCount은\(는\) 1\.\.5 범위여야 합니다/);
  assert.match(page, /\*\*AO\*\*/);
});

test('every page has its why: the section holds the rule\'s why in the page\'s language, before the sources', () => {
  const pages = rulePages();
  const problems: string[] = [];
  for (const r of rules) {
    for (const [locale, heading, sources] of [['en', '## Why', 'Sources:'], ['ko', '## 이유', '출처:']] as const) {
      const page = pages.get(rulePagePath(r.id, locale)) ?? '';
      const section = page.slice(page.indexOf(`${heading}\n`) + heading.length, page.indexOf(`\n${sources}\n`)).trim();
      if (!page.includes(`${heading}\n`) || section !== ruleDocs(r.id).why[locale] || !section) problems.push(`${rulePagePath(r.id, locale)}: the why section is ${JSON.stringify(section.slice(0, 60))}`);
    }
  }
  assert.deepEqual(problems, []);
  const en = pages.get('docs/rules/duplicate-registration-name.md') ?? '';
  assert.match(en, /## Why\n\nAdd-UpdaterRegistration \(AppOrchestration\.psm1\) throws "An updater for OEMName/);
  const ko = pages.get('docs/rules/ko/region-not-assigned.md') ?? '';
  assert.match(ko, /## 이유\n\nWindows는 장치의 지역을 ISO 3166-1 alpha-2 코드로 보고하므로/);
});

test('a rule page link: the homepage when there is one, else the installed file', () => {
  assert.equal(rulePageUri('json-comment', 'en', undefined, 'file:///opt/ext'), 'file:///opt/ext/docs/rules/json-comment.md');
  assert.equal(rulePageUri('json-comment', 'ko', 'https://github.com/contoso/expedited-apps#readme', 'file:///x'), 'https://github.com/contoso/expedited-apps/blob/HEAD/docs/rules/ko/json-comment.md');
  assert.equal(rulePageUri('json-comment', 'en', 'https://contoso.example/apps/', 'file:///x'), 'https://contoso.example/apps/docs/rules/json-comment.md');
});

test('the CLI links every rule to a file that exists (SARIF helpUri)', () => {
  for (const r of rules) {
    const uri = ruleHelpUri(r.id);
    assert.ok(uri.endsWith(`docs/rules/${r.id}.md`), uri);
    if (uri.startsWith('file:')) assert.ok(existsSync(new URL(uri)), uri);
  }
});
