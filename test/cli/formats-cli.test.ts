// CI-native output of `expedite check`: SARIF validated against the official SARIF 2.1.0 JSON schema,
// JUnit read by a JUnit reader (test-results-parser) and an XML parser, GitHub and Azure commands checked line by line against the
// JSON output of the same run; --max-warnings, --rule and .expeditedrc.json.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseV2 as parseTestResults } from 'test-results-parser';
import { copyExamples, expedite, ROOT, scratch } from './runCli';
import { ruleDocs } from '../../core/rules/docs';
import { isRuleId } from '../../core/rules';

interface Rec {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface CheckJson {
  files: { path: string; kind: string; diagnostics: Rec[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

const json = (args: string[], cwd?: string) => JSON.parse(expedite(['check', '--format', 'json', ...args], { cwd }).stdout) as CheckJson;
const all = (j: CheckJson) => j.files.flatMap((f) => f.diagnostics.map((d) => ({ path: f.path, ...d })));

describe('expedite check --format sarif', () => {
  // The OASIS SARIF 2.1.0 schema (errata01, the standard) and rtm.5 (the schema store's, which
  // @microsoft/jest-sarif ships): where each comes from is in test/fixtures/sarif/README.md.
  const schemas = ['sarif-schema-2.1.0-oasis.json', 'sarif-schema-2.1.0.json'].map((name) => ({
    name,
    schema: JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', name), 'utf8')) as object,
  }));
  // Formats (uri, uri-reference, date-time) are checked too; unicodeRegExp off: one pattern of the
  // schemas is valid only as a non-unicode RegExp.
  const validators = () =>
    schemas.map(({ name, schema }) => {
      const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
      addFormats(ajv);
      return { name, validate: ajv.compile(schema) };
    });
  let log: {
    version: string;
    runs: {
      tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; helpUri: string }[] } };
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
        fixes?: { artifactChanges: { replacements: { deletedRegion: { startLine: number }; insertedContent: { text: string } }[] }[] }[];
      }[];
    }[];
  };
  let reference: CheckJson;
  let status: number | null;
  before(() => {
    const r = expedite(['check', '--format', 'sarif', 'examples/']);
    status = r.status;
    log = JSON.parse(r.stdout) as typeof log;
    reference = json(['examples/']);
  });

  test('is valid against the official SARIF 2.1.0 JSON schema (OASIS errata01, and rtm.5) with ajv, formats included, and exits as check does', () => {
    for (const { name, validate } of validators()) {
      assert.ok(validate(log), `${name}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
      const broken = structuredClone(log);
      (broken.runs[0].results[0] as { level: string }).level = 'fatal';
      assert.equal(validate(broken), false, `${name}: the schema check must be able to fail`);
      const badUri = structuredClone(log);
      badUri.runs[0].tool.driver.rules[0].helpUri = 'not a uri';
      assert.equal(validate(badUri), false, `${name}: formats are checked`);
    }
    const oasis = validators()[0].validate;
    const noRegion = structuredClone(log);
    (noRegion.runs[0].results[0].locations[0].physicalLocation as { region: object }).region = {};
    assert.equal(oasis(noRegion), false, 'the OASIS schema (not rtm.5) requires a region to say where it starts');
    assert.equal(log.version, '2.1.0');
    assert.equal(status, 1);
  });

  test('tool.driver.rules: every catalogue rule with id, short and full description and a help URI; results point at them', () => {
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'expedite');
    assert.equal(driver.version, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    assert.ok(driver.rules.length > 20);
    for (const rule of driver.rules) {
      assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(rule.shortDescription.text.length > 0 && rule.fullDescription.text.length > 0, rule.id);
      assert.ok(URL.canParse(rule.helpUri), rule.helpUri);
      assert.ok(rule.helpUri.endsWith(`docs/rules/${rule.id}.md`), rule.helpUri);
      if (rule.helpUri.startsWith('file:')) assert.ok(existsSync(new URL(rule.helpUri)), rule.helpUri);
    }
    for (const result of log.runs[0].results) assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
  });

  test('rule descriptions: the rule sentence, then its why and quick fix (core/rules/docs)', () => {
    for (const rule of log.runs[0].tool.driver.rules) {
      assert.ok(isRuleId(rule.id), rule.id);
      const doc = ruleDocs(rule.id);
      assert.equal(rule.shortDescription.text, doc.rule.en);
      assert.equal(rule.fullDescription.text, `${doc.rule.en} ${doc.why.en}${doc.fix ? ` Quick fix: ${doc.fix.en}` : ''}`);
    }
  });

  test('--locale ko: Korean rule descriptions, help and Korean rule pages; the log stays valid SARIF', () => {
    const r = expedite(['check', '--format', 'sarif', '--locale', 'ko', 'examples/']);
    assert.equal(r.status, status);
    const ko = JSON.parse(r.stdout) as typeof log & { runs: { tool: { driver: { rules: { help: { text: string } }[] } } }[] };
    for (const { name, validate } of validators()) assert.ok(validate(ko), `${name}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
    const rules = ko.runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((x) => x.id), log.runs[0].tool.driver.rules.map((x) => x.id));
    for (const rule of rules) {
      assert.ok(isRuleId(rule.id), rule.id);
      const doc = ruleDocs(rule.id);
      assert.equal(rule.shortDescription.text, doc.rule.ko);
      assert.equal(rule.fullDescription.text, `${doc.rule.ko} ${doc.why.ko}${doc.fix ? ` 빠른 수정: ${doc.fix.ko}` : ''}`);
      assert.match(rule.help.text, / 출처: [A-Za-z0-9-]+\.$/);
      assert.ok(rule.helpUri.endsWith(`docs/rules/ko/${rule.id}.md`), rule.helpUri);
      if (rule.helpUri.startsWith('file:')) assert.ok(existsSync(new URL(rule.helpUri)), rule.helpUri);
    }
    const reg = rules.find((x) => x.id === 'reg-header-invalid');
    assert.match(reg?.shortDescription.text ?? '', /^첫 줄은 정확히 `Windows Registry Editor Version 5\.00`/);
    assert.match(reg?.fullDescription.text ?? '', /regedit와 reg import는 첫 줄을/);
    assert.ok(ko.runs[0].results.some((x) => /[가-힣]/.test(x.message.text)), 'results are Korean too');
  });

  test('one result per finding, with the exact region of the JSON output (1-based columns) and the level mapped', () => {
    const expected = all(reference).map((d) => ({
      uri: d.path,
      ruleId: d.code,
      level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note',
      region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
      message: d.message,
    }));
    const actual = log.runs[0].results.map((r) => ({
      uri: decodeURI(r.locations[0].physicalLocation.artifactLocation.uri),
      ruleId: r.ruleId,
      level: r.level,
      region: r.locations[0].physicalLocation.region,
      message: r.message.text,
    }));
    assert.deepEqual(actual, expected);
    for (const r of log.runs[0].results) assert.equal(r.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
  });

  test('fixes where a quick fix exists: the https fix of http-endpoint.reg replaces "http" with "https"', () => {
    const result = log.runs[0].results.find((r) => r.ruleId === 'endpoint-not-https' && r.locations[0].physicalLocation.artifactLocation.uri === 'examples/invalid/http-endpoint.reg');
    assert.ok(result?.fixes?.length, 'no fix on endpoint-not-https');
    const replacement = result.fixes[0].artifactChanges[0].replacements[0];
    assert.equal(replacement.insertedContent.text, 'https');
    assert.equal(replacement.deletedRegion.startLine, result.locations[0].physicalLocation.region.startLine);
    assert.ok(log.runs[0].results.some((r) => !r.fixes), 'findings without a quick fix carry no fixes');
  });
});

describe('expedite check --format junit', () => {
  test('a JUnit reader (test-results-parser) sees one test per file, failed exactly when the file has an error, with each error as a failure', () => {
    const tmp = scratch('junit-read');
    try {
      const file = join(tmp.dir, 'expedite.xml');
      const r = expedite(['check', '--format', 'junit', '--output', file, 'examples/']);
      assert.equal(r.status, 1);
      const reference = json(['examples/']);
      const failedFiles = reference.files.filter((f) => f.diagnostics.some((d) => d.severity === 'error'));
      assert.ok(failedFiles.length > 1 && failedFiles.length < reference.files.length, 'examples/ has passing and failing files');
      assert.ok(reference.summary.errors > failedFiles.length, 'some file has more than one error (failures count tests, not errors)');
      const { result, errors } = parseTestResults({ type: 'junit', files: [file] });
      assert.deepEqual(errors, []);
      assert.equal(result.total, reference.files.length);
      assert.equal(result.failed, failedFiles.length);
      assert.equal(result.passed, reference.files.length - failedFiles.length);
      assert.equal(result.status, 'FAIL');
      const [suite] = result.suites;
      assert.equal(result.suites.length, 1);
      assert.equal(suite.passed + suite.failed, suite.cases.length);
      assert.deepEqual(suite.cases.map((c) => c.name), reference.files.map((f) => f.path));
      for (const [i, f] of reference.files.entries()) {
        const first = f.diagnostics.find((d) => d.severity === 'error');
        assert.equal(suite.cases[i].status, first ? 'FAIL' : 'PASS', f.path);
        if (first) assert.equal(suite.cases[i].failure, `${first.message} [${first.code}]`, f.path);
      }
    } finally {
      tmp.remove();
    }
  });

  test('the XML: one <failure> per error (type = the rule), other findings in <system-out>, counts that add up', () => {
    const r = expedite(['check', '--format', 'junit', 'examples/']);
    assert.equal(r.status, 1);
    assert.equal(XMLValidator.validate(r.stdout), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testcase', 'failure', 'testsuite'].includes(name) }).parse(r.stdout) as {
      testsuites: { tests: string; failures: string; testsuite: { tests: string; failures: string; testcase: { name: string; failure?: { message: string; type: string }[]; 'system-out'?: string }[] }[] };
    };
    const reference = json(['examples/']);
    const suite = doc.testsuites.testsuite[0];
    const failedFiles = reference.files.filter((f) => f.diagnostics.some((d) => d.severity === 'error')).length;
    assert.deepEqual(suite.testcase.map((c) => c.name), reference.files.map((f) => f.path));
    assert.equal(Number(suite.tests), reference.files.length);
    assert.equal(Number(suite.failures), failedFiles);
    assert.equal(Number(doc.testsuites.failures), failedFiles);
    for (const [i, file] of reference.files.entries()) {
      const errors = file.diagnostics.filter((d) => d.severity === 'error');
      const failures = suite.testcase[i].failure ?? [];
      assert.deepEqual(failures.map((f) => f.type), errors.map((d) => d.code), file.path);
      assert.deepEqual(failures.map((f) => f.message), errors.map((d) => `${d.message} [${d.code}]`), file.path);
      if (file.diagnostics.length > errors.length) assert.ok(suite.testcase[i]['system-out'], `${file.path}: warnings go to system-out`);
    }
  });

  test('control characters and markup in messages stay well-formed XML', () => {
    const tmp = scratch('junit');
    try {
      const reg = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\A<b>&\u0001c]\r\n"updaterPriority"=dword:000000fa\r\n';
      writeFileSync(join(tmp.dir, 'odd.reg'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(reg, 'utf16le')]));
      const r = expedite(['check', '--format', 'junit', 'odd.reg'], { cwd: tmp.dir });
      assert.equal(XMLValidator.validate(r.stdout), true, r.stdout);
      assert.match(r.stdout, /<failure /);
    } finally {
      tmp.remove();
    }
  });
});

describe('expedite check --format github|azure', () => {
  const reference = () => all(json(['examples/']));

  test('github: one workflow command per finding, file/line/col 1-based, notice for information', () => {
    const r = expedite(['check', '--format', 'github', 'examples/']);
    assert.equal(r.status, 1);
    const lines = r.stdout.trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    const expected = reference().map((d) => {
      const kind = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      return `::${kind} file=${d.path},line=${d.range.start.line + 1},col=${d.range.start.character + 1},endLine=${d.range.end.line + 1},endColumn=${d.range.end.character + 1},title=expedite ${d.code}::${d.message} [${d.code}]`;
    });
    assert.deepEqual(commands, expected);
    assert.match(lines[lines.length - 1], /files checked/);
  });

  test('azure: a task.logissue per error and warning with source path, line, column and code', () => {
    const r = expedite(['check', '--format', 'azure', 'examples/']);
    assert.equal(r.status, 1);
    const issues = r.stdout.split('\n').filter((l) => l.startsWith('##vso['));
    const expected = reference()
      .filter((d) => d.severity === 'error' || d.severity === 'warning')
      .map((d) => `##vso[task.logissue type=${d.severity};sourcepath=${d.path};linenumber=${d.range.start.line + 1};columnnumber=${d.range.start.character + 1};code=${d.code};]${d.message} [${d.code}]`);
    assert.deepEqual(issues, expected);
  });
});

describe('expedite check: --max-warnings, --rule and .expeditedrc.json', () => {
  let tmp: ReturnType<typeof scratch>;
  before(() => {
    tmp = scratch('rules');
    copyExamples(tmp.dir, ['invalid/priority-250.reg', 'fabrikam-apps.reg', 'payload/contoso-notes.payload.json']);
    copyExamples(tmp.dir, ['invalid/bad.payload.json'], () => 'vendor-bad.payload.json');
  });
  after(() => tmp.remove());

  test('--max-warnings N fails a run with more than N warnings and no error', () => {
    const base = ['check', '--rule', 'priority-out-of-range=warning', 'priority-250.reg'];
    const report = json(base.slice(1), tmp.dir);
    assert.equal(report.summary.errors, 0);
    assert.ok(report.summary.warnings >= 1);
    assert.equal(expedite(base, { cwd: tmp.dir }).status, 0);
    const over = expedite([...base, '--max-warnings', '0'], { cwd: tmp.dir });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /more than --max-warnings 0/);
    assert.equal(expedite([...base, '--max-warnings', String(report.summary.warnings)], { cwd: tmp.dir }).status, 0);
    assert.equal(expedite([...base, '--max-warnings', '-1'], { cwd: tmp.dir }).status, 2);
  });

  test('--rule id=off drops a rule, id=error raises one; an unknown rule or level is exit 2', () => {
    assert.equal(json(['--rule', 'priority-out-of-range=off', 'priority-250.reg'], tmp.dir).summary.errors, 0);
    const raised = json(['--rule', 'pfn-publisher-uppercase=error', 'vendor-bad.payload.json'], tmp.dir);
    assert.ok(all(raised).some((d) => d.code === 'pfn-publisher-uppercase' && d.severity === 'error'));
    const unknown = expedite(['check', '--rule', 'no-such-rule=off', '.'], { cwd: tmp.dir });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown rule 'no-such-rule'/);
    assert.match(expedite(['check', '--rule', 'priority-out-of-range=loud', '.'], { cwd: tmp.dir }).stderr, /level must be one of off, error, warning, information, hint/);
  });

  test('.expeditedrc.json: rules and ignore patterns are read from the nearest one; --rule wins; invalid settings are exit 2', () => {
    writeFileSync(join(tmp.dir, '.expeditedrc.json'), JSON.stringify({ rules: { 'priority-out-of-range': 'warning' }, ignore: ['vendor-*'] }));
    try {
      const r = expedite(['check', '--format', 'json', '.'], { cwd: tmp.dir });
      const report = JSON.parse(r.stdout) as CheckJson;
      assert.ok(!report.files.some((f) => f.path.startsWith('vendor-')), 'vendor-bad.payload.json is ignored');
      assert.match(r.stderr, /1 file ignored by \.expeditedrc\.json/);
      assert.ok(all(report).some((d) => d.code === 'priority-out-of-range' && d.severity === 'warning'));
      assert.equal(r.status, 0);
      assert.equal(expedite(['check', '--rule', 'priority-out-of-range=error', '.'], { cwd: tmp.dir }).status, 1);
      assert.equal(expedite(['check', '--no-config', '.'], { cwd: tmp.dir }).status, 1);
      // Named itself, an ignored file is said once, by name; with nothing else to check: exit 2.
      const named = expedite(['check', 'vendor-bad.payload.json'], { cwd: tmp.dir });
      assert.equal(named.status, 2);
      assert.match(named.stderr, /^expedite check: skipped vendor-bad\.payload\.json: ignored by \.expeditedrc\.json$/m);
      assert.doesNotMatch(named.stderr, /file ignored by/);
      // Matched by a pattern, it is counted with the others.
      const matched = expedite(['check', '*.payload.json'], { cwd: tmp.dir });
      assert.match(matched.stderr, /^expedite check: 1 file ignored by \.expeditedrc\.json$/m);
      assert.doesNotMatch(matched.stderr, /skipped vendor-bad/);
      writeFileSync(join(tmp.dir, '.expeditedrc.json'), '{ "rules": { "priority-out-of-range": "loud" }, "colour": 1 }');
      const bad = expedite(['check', '.'], { cwd: tmp.dir });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /invalid settings in .*\.expeditedrc\.json/);
      assert.match(bad.stderr, /unknown setting "colour"/);
    } finally {
      writeFileSync(join(tmp.dir, '.expeditedrc.json'), '{}');
    }
  });

  test('.expeditedrc.json: folders left out by ignore patterns are counted on stderr, as files are', () => {
    const own = scratch('rules-folders');
    try {
      copyExamples(own.dir, ['fabrikam-apps.reg']);
      for (const folder of ['vendor', 'vendor/deep', 'drafts']) {
        mkdirSync(join(own.dir, folder), { recursive: true });
        copyExamples(own.dir, ['invalid/priority-250.reg'], () => `${folder}/priority-250.reg`);
      }
      writeFileSync(join(own.dir, '.expeditedrc.json'), JSON.stringify({ ignore: ['vendor/**', 'drafts'] }));
      const r = expedite(['check', '.'], { cwd: own.dir });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^1 file checked/m);
      // vendor/priority-250.reg is a file below vendor/ (vendor itself is walked); vendor/deep and drafts are folders.
      assert.match(r.stderr, /^expedite check: 1 file ignored by \.expeditedrc\.json$/m);
      assert.match(r.stderr, /^expedite check: 2 folders ignored by \.expeditedrc\.json$/m);
    } finally {
      own.remove();
    }
  });
});
