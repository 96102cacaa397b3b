// The npm package as a pipeline installs it: from a clean copy of the sources, `npm pack` builds
// (prepack), the tarball holds only the whitelist, and `npm install -g` of it into a temporary
// prefix gives a working `expedite` with no dependency to fetch.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, scratch } from './runCli';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('npm pack → npm install -g ./expedited-apps-*.tgz', () => {
  let tmp: ReturnType<typeof scratch>;
  let tarball: string;
  let listing: string[];
  let bin: string;
  before(() => {
    tmp = scratch('npm');
    // A clean checkout: the sources as they are, without dist/ (prepack must build it).
    const copy = join(tmp.dir, 'src');
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of files) if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(copy, file));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    assert.ok(!existsSync(join(copy, 'dist')));
    const out = join(tmp.dir, 'pack');
    mkdirSync(out);
    const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', out], { cwd: copy, encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] })) as { filename: string; files: { path: string }[] }[];
    tarball = join(out, packed[0].filename);
    listing = packed[0].files.map((f) => f.path).sort();
    const prefix = join(tmp.dir, 'prefix');
    execFileSync(npm, ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: tmp.dir, encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] });
    bin = process.platform === 'win32' ? join(prefix, 'expedite.cmd') : join(prefix, 'bin', 'expedite');
  });
  after(() => tmp?.remove());

  test('the tarball is named expedited-apps-<version>.tgz and holds only the whitelist (no sources, tests, maps)', () => {
    assert.match(tarball, /expedited-apps-\d+\.\d+\.\d+\.tgz$/);
    assert.ok(listing.includes('dist/cli.js'), listing.join(', '));
    for (const f of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) assert.ok(listing.includes(f), f);
    assert.ok(listing.some((f) => /^schemas\/.+\.schema\.json$/.test(f)));
    const leaked = listing.filter((f) => /^(test|core|cli|server|client|backends|scripts|bench|examples|docs)\/|\.map$|\.ts$/.test(f));
    assert.deepEqual(leaked, []);
    // The whitelist with the translations (package.nls*, l10n/, README.ko.md, walkthrough *.ko.md): 30 files.
    assert.ok(listing.length < 40, `${listing.length} files`);
  });

  test('the installed expedite prints the package version and checks examples/ (exit 1: the invalid examples)', () => {
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout, `${(JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: ROOT, encoding: 'utf8' })) as { version: string }).version}\n`);
    const r = spawnSync(bin, ['check', 'examples/'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /\d+ files checked: \d+ errors/);
  });

  test('installing pulled no dependency: the installed package has no node_modules', () => {
    const installed = join(tmp.dir, 'prefix', 'lib', 'node_modules', 'expedited-apps');
    if (process.platform !== 'win32') assert.deepEqual(readdirSync(installed).filter((n) => n === 'node_modules'), []);
  });
});
