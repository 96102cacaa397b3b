// package.json's contributions name our files the way core/documentKinds.ts does, the one list the
// CLI's folder scan, the server's workspace scan and the client's document selector use.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { minimatch } from 'minimatch';
import { DEFAULT_JSON_FILE_GLOBS, isRegDocument, jsonFileGlobs, REG_FILE_GLOB } from '../../core/documentKinds';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const NAMES = ['updater_App.json', 'updater_.json', 'Updater_App.json', 'app.payload.json', 'payload.json', 'updater_App.jsonc', 'settings.json', 'a.reg', 'A.REG', 'x.reg.json'];

describe('which files are ours', () => {
  test('activationEvents: workspaceContains each default glob and .reg, nothing else', () => {
    const contains = (pkg.activationEvents as string[]).filter((e) => e.startsWith('workspaceContains:')).map((e) => e.slice('workspaceContains:'.length));
    assert.deepEqual(contains.sort(), [REG_FILE_GLOB, ...DEFAULT_JSON_FILE_GLOBS].sort());
  });

  test('the expeditedApps.files setting defaults to the same globs', () => {
    assert.deepEqual(pkg.contributes.configuration.properties['expeditedApps.files'].default, [...DEFAULT_JSON_FILE_GLOBS]);
  });

  test("menus' resourceFilename patterns pick the same JSON file names as the default globs", () => {
    const whens: string[] = Object.values(pkg.contributes.menus as Record<string, { when?: string }[]>).flatMap((items) => items.map((i) => i.when ?? ''));
    const patterns = [...new Set(whens.flatMap((w) => [...w.matchAll(/resourceFilename =~ \/(.+?)\/(?=\s|\)|$)/g)].map((m) => m[1])))];
    assert.ok(patterns.length > 0, 'no resourceFilename pattern found in the menus');
    // Patterns that stand for "a registration file or a payload" must agree with the globs on every sample name.
    const both = patterns.filter((p) => p.includes('updater') && p.includes('payload'));
    assert.ok(both.length > 0);
    for (const pattern of both) {
      const regex = new RegExp(pattern);
      for (const name of NAMES.filter((n) => !n.endsWith('.reg') && !n.endsWith('.REG'))) {
        const byGlob = DEFAULT_JSON_FILE_GLOBS.some((g) => minimatch(`folder/${name}`, g, { dot: true }));
        assert.equal(regex.test(name), byGlob, `${pattern} and the globs disagree on ${name}`);
      }
    }
  });

  test('a setting without usable globs means the defaults; a .reg is known by language or name', () => {
    assert.deepEqual(jsonFileGlobs(undefined), [...DEFAULT_JSON_FILE_GLOBS]);
    assert.deepEqual(jsonFileGlobs([]), [...DEFAULT_JSON_FILE_GLOBS]);
    assert.deepEqual(jsonFileGlobs(['', 3, '  ']), [...DEFAULT_JSON_FILE_GLOBS]);
    assert.deepEqual(jsonFileGlobs(['**/*.orchestration.json', 7]), ['**/*.orchestration.json']);
    assert.equal(isRegDocument('A.REG'), true);
    assert.equal(isRegDocument('a.txt', 'reg'), true);
    assert.equal(isRegDocument('a.reg', 'json'), false);
  });
});
