// What package.json contributes for the first hour (issue 16, items 15–17): setting scopes, the
// .reg editor defaults, the walkthrough, the New File entry, and the Korean message bundle.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  publisher: string;
  name: string;
  l10n?: string;
  files: string[];
  contributes: {
    commands: Array<{ command: string; title: string; shortTitle?: string }>;
    menus: Record<string, Array<{ command: string }>>;
    configuration: { properties: Record<string, { scope?: string; description?: string; markdownDescription?: string }> };
    configurationDefaults: Record<string, Record<string, unknown>>;
    walkthroughs: Array<{ steps: Array<{ title: string; description: string; media: { markdown?: string } }> }>;
  };
};
const { contributes } = manifest;
const englishNls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** What VS Code shows in English for a contributed string (`%key%` → package.nls.json). */
const shown = (text: string | undefined) => (text === undefined ? undefined : text.replace(/^%(.+)%$/, (whole, key: string) => englishNls[key] ?? whole));

describe('settings (item 15)', () => {
  // A machine scope (machine, machine-overridable) hides a setting from the User tab in a remote
  // window, code-server's included (first-hour-2.ui.test.ts); window scope shows it under User,
  // Remote and Workspace, the Remote value winning there (Wine's are ignored in an untrusted workspace).
  const nls = (lang: string) => JSON.parse(readFileSync(join(root, `package.nls${lang}.json`), 'utf8')) as Record<string, string>;
  for (const id of ['expeditedApps.target', 'expeditedApps.wine.prefix', 'expeditedApps.wine.command']) {
    test(`${id}: shows under User, and says in English and Korean that a Remote value wins in a remote window`, () => {
      const setting = contributes.configuration.properties[id];
      assert.ok(setting, `${id} is contributed`);
      assert.equal(setting.scope, 'window');
      const key = /^%(.+)%$/.exec(setting.markdownDescription ?? setting.description ?? '')?.[1];
      assert.ok(key, `${id}'s description is localised`);
      assert.match(nls('')[key], /under User; in a remote window( \([^)]*\))? a value under the (\*\*)?Remote(\*\*)? tab/);
      assert.match(nls('.ko')[key], /사용자 탭에서 설정하세요\. 원격 창(\([^)]*\))?에서는 .*원격(\*\*)? 탭에 지정한 값이 대신 적용됩니다/);
    });
  }
});

describe('.reg editor defaults (item 16)', () => {
  test('long payload lines wrap, no word suggestions, and Format Document is ours', () => {
    const reg = contributes.configurationDefaults['[reg]'];
    assert.equal(reg['editor.wordWrap'], 'on');
    assert.equal(reg['editor.wordBasedSuggestions'], 'off');
    assert.equal(reg['editor.defaultFormatter'], `${manifest.publisher}.${manifest.name}`);
  });
});

describe('the first registration (item 17)', () => {
  test('New Registration… is in the palette and in File › New File, with a short title there', () => {
    const command = contributes.commands.find((c) => c.command === 'expeditedApps.newRegistration');
    assert.equal(shown(command?.title), 'New Registration…');
    assert.equal(shown(command?.shortTitle), 'Expedited App Registration');
    assert.ok(contributes.menus['file/newFile'].some((m) => m.command === 'expeditedApps.newRegistration'));
  });

  test('the walkthrough: create → validate → preview → apply → compare; every step\'s picture ships and every command link exists', () => {
    const [walkthrough] = contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.map((s) => shown(s.title)), ['Create a registration', 'Fix what Windows would reject', 'Preview the run order', 'Apply to Wine or Windows', 'Compare with the target']);
    const ours = new Set(contributes.commands.map((c) => c.command));
    for (const step of walkthrough.steps) {
      const markdown = shown(step.media.markdown);
      assert.ok(markdown && existsSync(join(root, markdown)), `${step.title}: ${markdown}`);
      for (const [, command] of (shown(step.description) ?? '').matchAll(/\(command:(expeditedApps\.[A-Za-z]+)/g)) assert.ok(ours.has(command), `${step.title} links ${command}`);
    }
    assert.ok(manifest.files.includes('media/walkthrough/*.md'));
  });
});

describe('messages in English and Korean', () => {
  test('the bundles ship, and every English message has a Korean one', () => {
    assert.equal(manifest.l10n, './l10n');
    assert.ok(manifest.files.includes('l10n/*.json'));
    const en = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    const ko = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
    for (const [key, text] of Object.entries(ko)) {
      // Punctuation-only entries (list separators) have nothing to translate.
      if (/[A-Za-z]/.test(key)) assert.match(text, /[\uAC00-\uD7A3]/, `${key} is translated`);
      // The same placeholders, each used.
      assert.deepEqual([...new Set(text.match(/\{\d\}/g))].sort(), [...new Set(key.match(/\{\d\}/g))].sort(), key);
    }
  });

  test('no "removeing" anywhere users read (item 16)', () => {
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir)).flatMap((name) => {
        const path = join(dir, name);
        return statSync(join(root, path)).isDirectory() ? files(path) : /\.(ts|json|md)$/.test(name) ? [path] : [];
      });
    const read = ['package.json', 'README.md', ...['client', 'core', 'server', 'cli', 'backends', 'l10n', 'media'].flatMap(files)];
    assert.deepEqual(read.filter((path) => /removeing/i.test(readFileSync(join(root, path), 'utf8'))), []);
  });
});
