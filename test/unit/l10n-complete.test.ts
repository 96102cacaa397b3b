// Korean is complete: every contribution string of package.json, every l10n.t string of the
// extension host, the preview panel and the CLI has a Korean entry with the same placeholders, and
// l10n/bundle.l10n.json is what the sources say (`npm run l10n:export` writes it). Terms: l10n/GLOSSARY.md.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';

const ROOT = resolve(__dirname, '..', '..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const pkg = json('package.json') as { l10n?: string; scripts: Record<string, string>; contributes: unknown };
const nlsEn = json('package.nls.json') as Record<string, string>;
const nlsKo = json('package.nls.ko.json') as Record<string, string>;
const bundleEn = json('l10n/bundle.l10n.json') as Record<string, string>;
const bundleKo = json('l10n/bundle.l10n.ko.json') as Record<string, string>;

/** `{0}`, `{name}`, `%s`, `%d`, sorted: a translation may move them, never drop, add or rename one. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{[\w.]+\}|%[sd]/g)].map((m) => m[0]).sort();
}

/** Strings that read the same in Korean: names of tools, commands and file kinds. */
const SAME_IN_KOREAN = new Set(['expedite check']);

function assertKorean(en: Record<string, string>, ko: Record<string, string>, where: string): void {
  const missing = Object.keys(en).filter((k) => typeof ko[k] !== 'string' || ko[k].trim() === '');
  assert.deepEqual(missing, [], `${where}: no Korean entry for these keys`);
  const extra = Object.keys(ko).filter((k) => !(k in en));
  assert.deepEqual(extra, [], `${where}: Korean entries for keys that no longer exist`);
  for (const [key, english] of Object.entries(en)) {
    assert.deepEqual(placeholders(ko[key]), placeholders(english), `${where}: placeholders of ${JSON.stringify(key)} differ in Korean: ${JSON.stringify(ko[key])}`);
    if (!SAME_IN_KOREAN.has(english) && /[a-z]{3}/.test(english.replace(/\{\w+\}|`[^`]*`|\([^)]*\)|\S*[._\\/<>-]\S*/g, ''))) {
      assert.match(ko[key], /[가-힣]/, `${where}: ${JSON.stringify(key)} is not translated: ${JSON.stringify(ko[key])}`);
    }
  }
}

/** Every string value of the manifest's contributions, with its JSON path. */
function contributionStrings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => contributionStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) contributionStrings(v, `${path}.${k}`, out);
  return out;
}

/** Properties of contributions that VS Code shows to people. */
const SHOWN = /\.(title|shortTitle|category|description|markdownDescription|label|markdown)$|\.(enumDescriptions|markdownEnumDescriptions)\[\d+\]$|\.aliases\[0\]$/;

/** The sources `npm run l10n:export` reads, from that script itself: one list for both. */
function exportedSources(): string[] {
  const script = pkg.scripts['l10n:export'];
  assert.ok(script, 'package.json has an l10n:export script');
  const args = script.split(/\s+/).slice(2);
  const paths = args.filter((a, i) => !a.startsWith('-') && !(args[i - 1] === '-o' || args[i - 1] === '--outDir'));
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(join(ROOT, path)).isDirectory()) for (const name of readdirSync(join(ROOT, path)).sort()) walk(`${path}/${name}`);
    else if (/\.tsx?$/.test(path)) files.push(path);
  };
  for (const p of paths) walk(p);
  return files;
}

describe('Korean is complete', () => {
  test('package.json: every string VS Code shows is a %key% of package.nls.json', () => {
    const literal = contributionStrings(pkg.contributes, 'contributes').filter(([path, v]) => SHOWN.test(path) && !/^%[\w.-]+%$/.test(v));
    assert.deepEqual(literal, [], 'contribution strings not in package.nls.json');
    const used = new Set(contributionStrings(pkg, '').flatMap(([, v]) => (/^%[\w.-]+%$/.test(v) ? [v.slice(1, -1)] : [])));
    assert.deepEqual([...used].filter((k) => !(k in nlsEn)), [], 'keys used in package.json but missing from package.nls.json');
    assert.deepEqual(Object.keys(nlsEn).filter((k) => !used.has(k)), [], 'keys of package.nls.json that package.json no longer uses');
  });

  test('package.nls.ko.json: every key in Korean, same placeholders', () => {
    assertKorean(nlsEn, nlsKo, 'package.nls.ko.json');
  });

  test('the walkthrough media exist in English and Korean', () => {
    for (const [key, path] of Object.entries(nlsEn).filter(([k]) => k.endsWith('.media'))) {
      assert.ok(statSync(join(ROOT, path)).isFile(), `${key}: ${path}`);
      assert.match(readFileSync(join(ROOT, nlsKo[key]), 'utf8'), /[가-힣]/, `${key}: ${nlsKo[key]} is Korean`);
    }
  });

  test('l10n/bundle.l10n.json holds exactly the l10n.t strings of the client, the webview, backends/format.ts and the CLI', async () => {
    assert.equal(pkg.l10n, './l10n');
    const sources = exportedSources();
    assert.ok(sources.some((f) => f.startsWith('cli/')) && sources.some((f) => f.startsWith('client/preview/webview/')), 'the CLI and the webview are scanned');
    const extracted = await getL10nJson(sources.map((f) => ({ extension: f.endsWith('.tsx') ? '.tsx' : '.ts', contents: readFileSync(join(ROOT, f), 'utf8') })));
    const fromSources = Object.keys(extracted).sort();
    assert.deepEqual(Object.keys(bundleEn).sort(), fromSources, 'run npm run l10n:export: the bundle differs from the sources');
    for (const [key, value] of Object.entries(bundleEn)) assert.equal(typeof value === 'string' ? value : (value as { message: string }).message, key);
  });

  test('no message, dialog, quick pick or usage error is written as a literal past l10n.t', () => {
    const literal = /(show(?:Information|Warning|Error)Message|showQuickPick|showInputBox|new UsageError)\(\s*['"`]|\b(title|placeHolder|prompt|label|description):\s*['"`]/;
    const found = exportedSources().flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (literal.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    assert.deepEqual(found, [], 'wrap these in l10n.t / vscode.l10n.t');
  });

  test('l10n/bundle.l10n.ko.json: every string in Korean, same placeholders', () => {
    assertKorean(bundleEn, bundleKo, 'l10n/bundle.l10n.ko.json');
  });

  test('the check finds a missing entry and a changed placeholder', () => {
    assert.throws(() => assertKorean({ a: 'Apply {0}' }, {}, 't'), /no Korean entry/);
    assert.throws(() => assertKorean({ a: 'Apply {0} to {1}' }, { a: '{0}에 적용' }, 't'), /placeholders/);
    assert.throws(() => assertKorean({ a: 'Apply the registrations' }, { a: 'Apply the registrations' }, 't'), /not translated/);
    assert.doesNotThrow(() => assertKorean({ a: 'Apply {0} to {1}' }, { a: '{1}에 {0} 적용' }, 't'));
  });
});
