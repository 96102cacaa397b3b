// `expedite check` as pipelines call it: the real dist/cli.js on real files (contracts.md).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const CLI = process.env.EXPEDITE_CLI_PATH ?? join(ROOT, 'dist', 'cli.js');

function expedite(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Our files below a folder, found independently of the CLI (relative, forward slashes, sorted). */
function ourFiles(dir: string, prefix: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...ourFiles(join(dir, entry.name), rel));
    } else if (/\.reg$|(^|\/)updater_[^/]*\.json$|\.payload\.json$/i.test(rel)) out.push(rel);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

interface Record_ {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface CheckJson {
  files: { path: string; kind: string; diagnostics: Record_[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

function assertPosition(p: unknown, where: string) {
  assert.deepEqual(Object.keys(p as object).sort(), ['character', 'line'], where);
  const { line, character } = p as { line: number; character: number };
  assert.ok(Number.isInteger(line) && line >= 0, `${where}: line ${line}`);
  assert.ok(Number.isInteger(character) && character >= 0, `${where}: character ${character}`);
}

/** Asserts the exact shape of contracts.md and that the summary adds up. */
function assertCheckShape(json: CheckJson) {
  assert.deepEqual(Object.keys(json), ['files', 'summary']);
  assert.deepEqual(Object.keys(json.summary), ['files', 'errors', 'warnings', 'infos']);
  const tally = { errors: 0, warnings: 0, infos: 0 };
  for (const file of json.files) {
    assert.deepEqual(Object.keys(file), ['path', 'kind', 'diagnostics'], file.path);
    assert.ok(['reg', 'registration', 'payload'].includes(file.kind), `${file.path}: kind ${file.kind}`);
    assert.ok(!file.path.includes('\\'), `forward slashes: ${file.path}`);
    for (const d of file.diagnostics) {
      const where = `${file.path} ${d.code}`;
      assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range'], where);
      assert.match(d.code, /^[a-z0-9]+(-[a-z0-9]+)*$/, where);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity), where);
      assert.ok(d.message.length > 0, where);
      assert.deepEqual(Object.keys(d.range), ['start', 'end'], where);
      assertPosition(d.range.start, where);
      assertPosition(d.range.end, where);
      const { start, end } = d.range;
      assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${where}: range ends before it starts`);
      if (d.severity === 'error') tally.errors++;
      else if (d.severity === 'warning') tally.warnings++;
      else tally.infos++;
    }
  }
  assert.deepEqual(json.summary, { files: json.files.length, ...tally });
  const paths = json.files.map((f) => f.path);
  assert.deepEqual(paths, [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'files sorted by path');
}

describe('expedite check --format json examples/', () => {
  const run = () => expedite(['check', '--format', 'json', 'examples/']);
  let result: ReturnType<typeof run>;
  let json: CheckJson;
  before(() => {
    result = run();
    json = JSON.parse(result.stdout) as CheckJson;
  });

  test('prints one JSON document of the contract shape on stdout and exits 1 (the invalid examples)', () => {
    assertCheckShape(json);
    assert.equal(result.status, 1, result.stderr);
    assert.ok(json.summary.errors > 0);
  });

  test('covers every .reg, updater_*.json and *.payload.json below examples/, as paths relative to cwd', () => {
    assert.deepEqual(
      json.files.map((f) => f.path),
      ourFiles(join(ROOT, 'examples'), 'examples'),
    );
  });

  test('tells the forms apart', () => {
    for (const file of json.files) {
      const expected = file.path.endsWith('.reg') ? 'reg' : file.path.endsWith('.payload.json') ? 'payload' : 'registration';
      assert.equal(file.kind, expected, file.path);
    }
  });

  test('every invalid example produces findings, with the rule its name announces', () => {
    const invalid = json.files.filter((f) => f.path.startsWith('examples/invalid/'));
    assert.ok(invalid.length >= 3, 'invalid examples exist');
    for (const file of invalid) assert.ok(file.diagnostics.length > 0, `${file.path} has no findings`);
    const announced: Record<string, string> = {
      'http-endpoint.reg': 'endpoint-not-https',
      'priority-250.reg': 'priority-out-of-range',
      'region-uk.reg': 'region-not-assigned',
      'max-retry-count-7.reg': 'max-retry-out-of-range',
      'payload-priority.reg': 'payload-priority-ignored',
    };
    for (const [name, code] of Object.entries(announced)) {
      const file = invalid.find((f) => f.path === `examples/invalid/${name}`);
      if (!file) continue; // The example set may drop a file; the ones present must say what they show.
      assert.ok(file.diagnostics.some((d) => d.code === code), `${file.path}: expected ${code}, got ${file.diagnostics.map((d) => d.code).join(', ')}`);
    }
  });

  test('is deterministic', () => {
    assert.equal(run().stdout, result.stdout);
  });
});

describe('expedite check on the valid examples', () => {
  test('exits 0 with no error', () => {
    const valid = ['examples/registration', 'examples/payload', ...ourFiles(join(ROOT, 'examples'), 'examples').filter((p) => /^examples\/[^/]+\.reg$/.test(p))];
    const r = expedite(['check', '--format=json', ...valid]);
    const json = JSON.parse(r.stdout) as CheckJson;
    assertCheckShape(json);
    assert.equal(json.summary.errors, 0, JSON.stringify(json.files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error').map((d) => `${f.path} ${d.code}: ${d.message}`)), null, 1));
    assert.equal(r.status, 0);
    assert.ok(json.summary.files >= 3);
  });
});

describe('expedite check, text format', () => {
  test('one line per finding (path:line:column: severity: message [code], 1-based) and a summary line', () => {
    const text = expedite(['check', 'examples/']);
    const json = JSON.parse(expedite(['check', '--format', 'json', 'examples/']).stdout) as CheckJson;
    assert.equal(text.status, 1);
    const lines = text.stdout.trimEnd().split('\n');
    const expected = json.files.flatMap((f) =>
      f.diagnostics.map((d) => `${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${d.message} [${d.code}]`),
    );
    assert.deepEqual(lines.slice(0, -1), expected);
    const s = json.summary;
    assert.match(lines.at(-1)!, new RegExp(`^${s.files} files? checked: ${s.errors} errors?, ${s.warnings} warnings?, ${s.infos} infos?$`));
  });
});

const PAYLOAD_WITH_COMMA = '{"PFN": "Contoso.Notes_m5g0r7arhahqy", "Endpoint": "https://example.com/a.msix",}';

describe('expedite check, folders and usage', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'expedite-check-'));
    const valid = join(ROOT, 'examples', 'registration');
    const first = readdirSync(valid).find((n) => n.endsWith('.json'))!;
    mkdirSync(join(dir, 'work', 'nested', 'deeper'), { recursive: true });
    mkdirSync(join(dir, 'work', 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(join(dir, 'work', '.hidden'), { recursive: true });
    cpSync(join(valid, first), join(dir, 'work', 'nested', 'deeper', 'updater_Deep.json'));
    cpSync(join(valid, first), join(dir, 'work', 'node_modules', 'pkg', 'updater_Skipped.json'));
    cpSync(join(valid, first), join(dir, 'work', '.hidden', 'updater_Hidden.json'));
    writeFileSync(join(dir, 'work', 'notes.json'), '{ not ours');
    writeFileSync(join(dir, 'work', 'b.payload.json'), PAYLOAD_WITH_COMMA);
    writeFileSync(join(dir, 'work', 'A.reg'), 'Windows Registry Editor Version 5.00\r\n\r\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('recurses into folders, skips node_modules and dot-folders, sorts, paths relative to cwd', () => {
    const r = expedite(['check', '--format', 'json', 'work'], dir);
    const json = JSON.parse(r.stdout) as CheckJson;
    assertCheckShape(json);
    assert.deepEqual(
      json.files.map((f) => [f.path, f.kind]),
      [
        ['work/A.reg', 'reg'],
        ['work/b.payload.json', 'payload'],
        ['work/nested/deeper/updater_Deep.json', 'registration'],
      ],
    );
    const payload = json.files[1];
    const comma = payload.diagnostics.find((d) => d.code === 'json-trailing-comma');
    assert.ok(comma, JSON.stringify(payload.diagnostics));
    assert.deepEqual(comma.range.start, { line: 0, character: PAYLOAD_WITH_COMMA.indexOf(',}') });
    assert.equal(r.status, 1);
  });

  test("folders also take the JSON files the project's .vscode/settings.json associates", () => {
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    writeFileSync(join(dir, '.vscode', 'settings.json'), '{\n  // JSONC, as VS Code writes it\n  "expeditedApps.files": ["**/*.orchestration.json"],\n}\n');
    writeFileSync(join(dir, 'work', 'studio.orchestration.json'), PAYLOAD_WITH_COMMA);
    try {
      const json = JSON.parse(expedite(['check', '--format', 'json', 'work'], dir).stdout) as CheckJson;
      assert.deepEqual(json.files.map((f) => f.path), ['work/A.reg', 'work/b.payload.json', 'work/nested/deeper/updater_Deep.json', 'work/studio.orchestration.json']);
      assert.equal(json.files[3].kind, 'payload');
    } finally {
      rmSync(join(dir, '.vscode'), { recursive: true, force: true });
      rmSync(join(dir, 'work', 'studio.orchestration.json'));
    }
  });

  test('a file named explicitly is checked whatever its name; a path outside cwd stays relative', () => {
    const r = expedite(['check', '--format', 'json', join(dir, 'work', 'notes.json')], join(dir, 'work', 'nested'));
    const json = JSON.parse(r.stdout) as CheckJson;
    assert.equal(json.files.length, 1);
    assert.equal(json.files[0].path, '../notes.json');
    assert.ok(json.files[0].diagnostics.some((d) => d.code === 'json-syntax-error'));
    assert.equal(r.status, 1);
  });

  test('exit 2 and a message on stderr for a path that does not exist, nothing on stdout', () => {
    const r = expedite(['check', '--format', 'json', 'examples/', 'no/such/file.reg']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /no\/such\/file\.reg/);
  });

  test('exit 2 for no path and for an unknown format', () => {
    assert.equal(expedite(['check']).status, 2);
    const r = expedite(['check', '--format', 'xml', 'examples/']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /xml/);
  });
});
