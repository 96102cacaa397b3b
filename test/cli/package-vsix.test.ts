// The .vsix holds what VS Code loads and nothing else: esbuild's bundles, schemas, grammar,
// language configuration, codicons; no sources, tests, node_modules, fixtures or caches.
// Reuses expedited-apps.vsix when it is newer than what it packs, else packages the current
// dist/ into a temporary file with @vscode/vsce (offline) without touching the repository.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
/** The bundles package.json's `files` ships (the extension host loads client.js at activation, clientCommands.js on first use). */
const bundles = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] }).files.filter((f) => /^dist\/[^/*]+\.js$/.test(f));
const packedInputs = [...bundles, 'package.json', 'docs/marketplace/README.md'];
const maxVsixBytes = 4 * 1024 * 1024;

interface ZipEntry {
  name: string;
  size: number;
}

/** The central directory of a zip file: every entry's name and uncompressed size. */
function zipEntries(zip: Buffer): ZipEntry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'not a zip file (no end-of-central-directory record)');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'corrupt central directory');
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({ name: zip.toString('utf8', offset + 46, offset + 46 + nameLength), size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function newerThanInputs(vsix: string): boolean {
  if (!existsSync(vsix)) return false;
  const built = statSync(vsix).mtimeMs;
  return packedInputs.every((input) => existsSync(join(root, input)) && statSync(join(root, input)).mtimeMs <= built);
}

describe('expedited-apps.vsix', () => {
  let scratch: string | undefined;
  let vsixPath = join(root, 'expedited-apps.vsix');
  let entries: ZipEntry[] = [];
  let names: string[] = [];

  before(() => {
    for (const bundle of bundles) {
      assert.ok(existsSync(join(root, bundle)), `${bundle} is missing: run npm run build first`);
    }
    if (!newerThanInputs(vsixPath)) {
      scratch = mkdtempSync(join(tmpdir(), 'expedite-vsix-'));
      vsixPath = join(scratch, 'expedited-apps.vsix');
      // As npm run package does: the Marketplace README with its pictures inlined comes first.
      execFileSync(process.execPath, [join(root, 'scripts', 'marketplace-readme.mjs')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', ...packageScriptFlags(), '--out', vsixPath],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    }
    entries = zipEntries(readFileSync(vsixPath));
    names = entries.map((e) => e.name);
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test(`is smaller than ${maxVsixBytes / 1024 / 1024} MB`, (t) => {
    const bytes = statSync(vsixPath).size;
    t.diagnostic(`${vsixPath}: ${(bytes / 1024).toFixed(0)} KB, ${entries.length} files`);
    assert.ok(bytes < maxVsixBytes, `${bytes} bytes`);
  });

  test('holds the bundles, schemas, grammar, language configuration and codicons', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      main: string;
      contributes: { grammars?: Array<{ path: string }>; languages?: Array<{ configuration?: string }> };
    };
    const required = [
      'extension.vsixmanifest',
      'extension/package.json',
      `extension/${manifest.main.replace(/^\.\//, '')}`,
      ...bundles.map((bundle) => `extension/${bundle}`),
      'extension/dist/codicon.css',
      'extension/dist/codicon.ttf',
      ...(manifest.contributes.grammars ?? []).map((g) => `extension/${g.path.replace(/^\.\//, '')}`),
      ...(manifest.contributes.languages ?? []).flatMap((l) => (l.configuration ? [`extension/${l.configuration.replace(/^\.\//, '')}`] : [])),
    ];
    const missing = required.filter((name) => !names.includes(name));
    assert.deepEqual(missing, [], `missing from the .vsix: ${missing.join(', ')}`);
    assert.ok(names.some((n) => /^extension\/schemas\/.+\.schema\.json$/.test(n)), 'no JSON schema in the .vsix');
    // Every bundle the build writes ships (a lazily required one, dist/clientCommands.js, included).
    const built = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js')).map((name) => `dist/${name}`);
    assert.deepEqual(built.filter((b) => !bundles.includes(b)), [], "bundles missing from package.json's files");
    assert.ok(bundles.includes('dist/clientCommands.js'));
    for (const bundle of bundles) {
      const entry = entries.find((e) => e.name === `extension/${bundle}`);
      assert.ok(entry && entry.size > 1000, `${bundle} is empty`);
    }
  });

  test('leaves out sources, tests, dependencies, fixtures, caches and source maps (of docs/, only the rule pages)', () => {
    const forbidden = [
      /^extension\/(client|server|core|node|cli|backends|test|bench|scripts|examples|docs|node_modules|out|\.vscode-test|\.ci|\.git|test-results)\//,
      /\.ts$/,
      /\.map$/,
      /\.vsix$/,
      /(^|\/)(tsconfig\.json|eslint\.config\.mjs|package-lock\.json)$/,
      /wineprefix|\.wine-/i,
    ];
    // The rule pages ship: every diagnostic links its page (codeDescription) when there is no homepage.
    const leaked = names.filter((name) => !/^extension\/docs\/rules\/.+\.md$/.test(name) && forbidden.some((pattern) => pattern.test(name)));
    assert.deepEqual(leaked, [], `should not be in the .vsix: ${leaked.join(', ')}`);
  });
});

/** The flags `npm run package` gives vsce (package.json's script), so this test packages the same way. */
function packageScriptFlags(): string[] {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.package;
  const vsce = script.slice(script.indexOf('vsce package') + 'vsce package'.length).split(/\s+/).filter(Boolean);
  const out = vsce.indexOf('--out');
  return out < 0 ? vsce : [...vsce.slice(0, out), ...vsce.slice(out + 2)];
}
