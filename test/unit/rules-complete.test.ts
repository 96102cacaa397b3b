// Every rule's documentation (what, why, fix) and every message is complete in every locale, with
// the same placeholders; every rule has an example that really gives its finding (and its fixed
// form does not).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, analyzeWorkspace } from '../../core/analyze';
import { allMessages, LOCALES, PLACEHOLDER, rules, type Text } from '../../core/rules';
import { ruleDocs, type AreaDocs, type RuleDoc } from '../../core/rules/docs';
import type { RuleArea } from '../../core/rules/rule';

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// Every module that declares messages (core/, node/, backends/), found by what it calls, not by a
// hand list: importing them registers their messages before the checks run, so a new message group
// is checked the day it is written.
const MESSAGE_MODULE = /\b(?:defineMessages|registerMessages|defineRule)\(/;
function messageModules(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return messageModules(path);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') && MESSAGE_MODULE.test(readFileSync(join(ROOT, path), 'utf8')) ? [path] : [];
  });
}
const MODULES = ['core', 'node', 'backends'].flatMap(messageModules);
before(async () => {
  for (const path of MODULES) await import(`./${relative(__dirname, join(ROOT, path))}`);
});

const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

/** What is wrong with a text: a locale missing or blank, or placeholders that differ. */
function problemsOf(where: string, text: Text | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const locale of LOCALES) if (!text[locale]?.trim()) out.push(`${where}: no ${locale} text`);
  if (text.ko && text.en && placeholders(text.ko).join() !== placeholders(text.en).join()) {
    out.push(`${where}: placeholders differ (en ${placeholders(text.en).join(',') || '-'}, ko ${placeholders(text.ko).join(',') || '-'})`);
  }
  return out;
}

const AREAS: readonly RuleArea[] = ['reg', 'registry', 'json', 'registration', 'payload', 'workspace'];

describe('every rule in every locale', () => {
  for (const area of AREAS) {
    test(`${area}: rule, why, fix and messages have English and Korean with the same placeholders`, () => {
      const problems: string[] = [];
      for (const r of rules.filter((x) => x.area === area)) {
        const doc = ruleDocs(r.id);
        // A why is required: blank in either language is reported like a missing one.
        problems.push(...problemsOf(`${r.id} rule`, doc.rule), ...problemsOf(`${r.id} why`, doc.why ?? { en: '', ko: '' }), ...problemsOf(`${r.id} fix`, doc.fix));
        for (const [id, text] of allMessages()) if (id.startsWith(`${r.id}.`)) problems.push(...problemsOf(id, text));
      }
      assert.deepEqual(problems, []);
    });
  }

  test('the message modules are found: the simulator, the intel texts and the backends', () => {
    for (const path of ['core/simulate/texts.ts', 'core/intel/texts.ts', 'backends/texts.ts']) assert.ok(MODULES.includes(path), `${path} not among ${MODULES.join(', ')}`);
    for (const scope of ['simulate.scenario.', 'simulate.note.', 'intel.', 'backend.']) assert.ok([...allMessages().keys()].some((id) => id.startsWith(scope)), `no message ${scope}*`);
  });

  test('every other message (fix titles, hovers, completions) has English and Korean with the same placeholders', () => {
    const ruleIds = new Set<string>(rules.map((r) => r.id));
    const problems: string[] = [];
    for (const [id, text] of allMessages()) if (!ruleIds.has(id.slice(0, id.lastIndexOf('.')))) problems.push(...problemsOf(id, text));
    assert.deepEqual(problems, []);
  });
});

test('a why that is blank in one language, or whose placeholders differ, is reported', () => {
  assert.deepEqual(problemsOf('x why', { en: 'Because.', ko: ' ' }), ['x why: no ko text']);
  assert.deepEqual(problemsOf('x why', { en: 'Because {key}.', ko: '그래서.' }), ['x why: placeholders differ (en key, ko -)']);
  assert.deepEqual(problemsOf('x why', { en: 'Because {key}.', ko: '{key} 때문입니다.' }), []);
});

test('the docs of an area are typed by its rule ids: a missing entry or an unknown id does not compile (npm run typecheck)', () => {
  const doc: RuleDoc = { rule: { en: 'A.', ko: '가.' }, why: { en: 'B.', ko: '나.' }, examples: [] };
  // @ts-expect-error a rule without its docs entry
  const missing: AreaDocs<'reg-a' | 'reg-b'> = { 'reg-a': doc };
  // @ts-expect-error a docs entry for an id that is not a rule
  const unknown: AreaDocs<'reg-a'> = { 'reg-a': doc, 'reg-c': doc };
  // @ts-expect-error a docs entry without its why
  const noWhy: AreaDocs<'reg-a'> = { 'reg-a': { rule: doc.rule, examples: [] } };
  assert.deepEqual([missing, unknown, noWhy].map((d) => Object.keys(d).length), [1, 2, 1]);
});

describe('every rule has an example that gives its finding', () => {
  for (const area of AREAS) {
    test(`${area}: examples give the rule's finding, in the rule's own words, and fixed examples do not`, () => {
      const problems: string[] = [];
      for (const r of rules.filter((x) => x.area === area)) {
        const { examples } = ruleDocs(r.id);
        if (!examples.length) {
          problems.push(`${r.id}: no example`);
          continue;
        }
        for (const [i, ex] of examples.entries()) {
          const codesOf = (text: string) => {
            const docs = [analyzeDocument({ path: ex.file, text, encoding: ex.encoding }), ...(ex.others ?? []).map((o) => analyzeDocument({ path: o.file, text: o.text }))];
            const cross = analyzeWorkspace(docs).get(ex.file) ?? [];
            return [...docs[0].findings, ...cross];
          };
          const hits = codesOf(ex.text).filter((f) => f.code === r.id);
          if (!hits.length) problems.push(`${r.id} example ${i + 1}: no ${r.id} finding`);
          if (ex.fixed !== undefined && codesOf(ex.fixed).some((f) => f.code === r.id)) problems.push(`${r.id} example ${i + 1}: the fixed text still gives ${r.id}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});
