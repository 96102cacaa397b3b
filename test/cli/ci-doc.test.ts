// docs/ci.md tried as far as this machine allows: its GitHub Actions workflow and Azure Pipelines
// job are parsed as YAML, and every `expedite` command in them (and in its shell examples) runs
// through bash on a copy of the examples, with the real dist/cli.js behind an `expedite` on PATH.
// What the hosted services would do with the results is done here with their formats' own
// checks: SARIF against the official schema, JUnit read by a JUnit reader, the logging
// commands compared with the JSON report. The npm install itself is test/cli/npm-install.test.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parseV2 as parseTestResults } from 'test-results-parser';
import { parse as parseYaml } from 'yaml';
import { CLI, expedite, ROOT, scratch } from './runCli';

const doc = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');

/** The fenced blocks of one language, in document order. */
function blocks(lang: string): string[] {
  return [...doc.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]);
}

/** The section of docs/ci.md under a heading that starts with `title`. */
function section(title: string): string {
  const start = doc.indexOf(`\n## ${title}`);
  assert.ok(start >= 0, `docs/ci.md has a section "${title}"`);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

interface Step {
  run?: string;
  script?: string;
  uses?: string;
  task?: string;
  if?: string;
  condition?: string;
  with?: Record<string, string>;
  inputs?: Record<string, string>;
}

interface Ran {
  command: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

describe('docs/ci.md, run as far as this machine allows', () => {
  let tmp: ReturnType<typeof scratch>;
  let env: NodeJS.ProcessEnv;
  /** A project as the pipelines see it: images/ with .reg files (valid and invalid), registrations/. */
  let project: string;

  /** One pipeline command line through bash, in the project folder. */
  const sh = (command: string, vars: Record<string, string> = {}): Ran => {
    let line = command;
    for (const [name, value] of Object.entries(vars)) line = line.split(name).join(value);
    const r = spawnSync('bash', ['-c', line], { cwd: project, env, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.signal, null, `${line}: timed out`);
    assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+|internal error/, `${line}: a crash`);
    return { command: line, status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  const sarifValid = (file: string) => {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0-oasis.json'), 'utf8')) as object);
    const ok = validate(JSON.parse(readFileSync(file, 'utf8')));
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 3)));
  };

  before(() => {
    tmp = scratch('ci-doc');
    project = join(tmp.dir, 'project');
    cpSync(join(ROOT, 'examples'), join(project, 'images'), { recursive: true });
    cpSync(join(ROOT, 'examples', 'fabrikam-apps.reg'), join(project, 'images', 'oem.reg'));
    cpSync(join(ROOT, 'examples', 'registration'), join(project, 'registrations'), { recursive: true });
    // `npm install -g expedited-apps` gives an `expedite` on PATH; here it runs this build.
    const bin = join(tmp.dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'expedite'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, 'expedite'), 0o755);
    env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };
  });
  after(() => tmp.remove());

  test('GitHub Actions: annotations fail the build on an error; the SARIF file the upload step names is valid SARIF 2.1.0', () => {
    const [yamlText] = blocks('yaml').filter((b) => /github\/codeql-action\/upload-sarif/.test(b));
    assert.ok(yamlText, 'docs/ci.md has the GitHub workflow');
    const workflow = parseYaml(yamlText) as { permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
    assert.equal(workflow.permissions['security-events'], 'write', 'upload-sarif needs security-events: write');
    const steps = Object.values(workflow.jobs)[0].steps;
    const commands = steps.filter((s) => s.run?.startsWith('expedite '));
    assert.equal(commands.length, 2);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload?.with?.sarif_file, 'the upload step names its file');
    assert.equal(upload.if, 'always()', 'the upload runs after a failed check');

    const annotate = sh(commands[0].run!);
    assert.equal(annotate.status, 1, `${annotate.command}: the invalid examples must fail the step`);
    const reference = JSON.parse(expedite(['check', '--format', 'json', 'images/'], { cwd: project }).stdout) as { summary: { errors: number; warnings: number } };
    assert.equal(annotate.stdout.split('\n').filter((l) => l.startsWith('::error ')).length, reference.summary.errors);
    assert.equal(annotate.stdout.split('\n').filter((l) => l.startsWith('::warning ')).length, reference.summary.warnings);
    // The same step on a clean folder passes (and --max-warnings 0 holds there).
    const clean = sh(commands[0].run!.replace(/images\/$/, 'images/fabrikam-apps.reg'));
    assert.equal(clean.status, 0, clean.stderr);

    const sarif = sh(commands[1].run!);
    assert.equal(sarif.status, 1, 'the SARIF step fails too (continue-on-error lets the upload run)');
    assert.equal(sarif.stdout, '', '--output writes the file, not stdout');
    const file = join(project, upload.with.sarif_file);
    assert.ok(existsSync(file), `${upload.with.sarif_file} was written where upload-sarif reads it`);
    sarifValid(file);
  });

  test('Azure Pipelines: task.logissue lines, then the JUnit file PublishTestResults reads', () => {
    const [yamlText] = blocks('yaml').filter((b) => /PublishTestResults@2/.test(b));
    assert.ok(yamlText, 'docs/ci.md has the Azure job');
    const steps = (parseYaml(yamlText) as { steps: Step[] }).steps;
    const commands = steps.filter((s) => s.script?.startsWith('expedite '));
    assert.equal(commands.length, 2);
    const publish = steps.find((s) => s.task === 'PublishTestResults@2');
    assert.equal(publish?.inputs?.testResultsFormat, 'JUnit');
    assert.equal(publish.condition, 'always()');
    // Azure's macro for the agent's temporary folder.
    const agentTemp = join(tmp.dir, 'agent-temp');
    mkdirSync(agentTemp);
    const vars = { '$(Agent.TempDirectory)': agentTemp };

    const issues = sh(commands[0].script!, vars);
    assert.equal(issues.status, 1);
    const reference = JSON.parse(expedite(['check', '--format', 'json', 'images/'], { cwd: project }).stdout) as { files: { diagnostics: { severity: string }[] }[]; summary: { errors: number; warnings: number } };
    const logged = issues.stdout.split('\n').filter((l) => l.startsWith('##vso[task.logissue '));
    assert.equal(logged.filter((l) => l.startsWith('##vso[task.logissue type=error;')).length, reference.summary.errors);
    assert.equal(logged.filter((l) => l.startsWith('##vso[task.logissue type=warning;')).length, reference.summary.warnings);

    const junit = sh(commands[1].script!, vars);
    assert.equal(junit.status, 1);
    const file = publish.inputs!.testResultsFiles.split('$(Agent.TempDirectory)').join(agentTemp);
    assert.ok(existsSync(file), `${file} was written where PublishTestResults reads it`);
    const { result, errors } = parseTestResults({ type: 'junit', files: [file] });
    assert.deepEqual(errors, []);
    assert.equal(result.total, reference.files.length);
    assert.equal(result.failed, reference.files.filter((f) => f.diagnostics.some((d) => d.severity === 'error')).length);
  });

  test('the VS Code task: $expedite is the matcher package.json contributes, and it reads every finding line of the text output', () => {
    const [taskJson] = blocks('json').filter((b) => /"problemMatcher": "\$expedite"/.test(b));
    assert.ok(taskJson, 'docs/ci.md has the task');
    const task = (JSON.parse(taskJson) as { tasks: { command: string; problemMatcher: string }[] }).tasks[0];
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { problemMatchers: { name: string; pattern: { regexp: string; severity: number; code: number } }[] } };
    const matcher = pkg.contributes.problemMatchers.find((m) => `$${m.name}` === task.problemMatcher);
    assert.ok(matcher, `${task.problemMatcher} is contributed`);
    const run = sh(task.command.replace(/^npx /, ''));
    assert.equal(run.status, 1);
    const findings = run.stdout.split('\n').filter((l) => /:\d+:\d+: /.test(l));
    assert.ok(findings.length > 10);
    const pattern = new RegExp(matcher.pattern.regexp);
    for (const line of findings) {
      const m = pattern.exec(line);
      assert.ok(m, `the matcher does not read: ${line}`);
      const written = /: (error|warning|information|hint): /.exec(line)![1];
      // VS Code's severities: error, warning, info; a missing group takes the matcher's default (info).
      assert.equal(m[matcher.pattern.severity] ?? 'info', { error: 'error', warning: 'warning', information: 'info', hint: 'info' }[written], line);
    }
  });

  test('install, fixing, converting and code pages: every expedite command of the examples runs (no usage error)', () => {
    const sections = [section('Install'), section('Fixing and converting'), section('Code pages')];
    const lines = sections
      .flatMap((s) => [...s.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]))
      .concat(sections.flatMap((s) => [...s.matchAll(/`(expedite [^`]+)`/g)].map((m) => m[1])))
      .flatMap((b) => b.split('\n'))
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter((l) => l.startsWith('expedite '));
    assert.ok(lines.length >= 5, lines.join('\n'));
    // The Korean export the code-page example names.
    writeFileSync(join(project, 'export.reg'), Buffer.concat([Buffer.from('REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Software\\'), Buffer.from('c7d1b1b9', 'hex'), Buffer.from(']\r\n"a"="b"\r\n')]));
    const ran: string[] = [];
    for (const line of lines) {
      const r = sh(line);
      assert.notEqual(r.status, 2, `${line}: ${r.stderr}`);
      assert.ok(r.status === 0 || r.status === 1, `${line}: exit ${r.status}`);
      ran.push(line);
    }
    assert.ok(ran.some((l) => l.includes('"images/**/*.reg"')), 'the quoted pattern of the install notes ran');
    assert.ok(existsSync(join(project, 'out')), 'convert wrote into out/');
  });
});
