// The CLI speaks Korean when asked (`--locale ko`, or LC_ALL / LC_MESSAGES / LANG) and today's
// English otherwise, byte for byte; machine formats keep their field names and values.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyExamples, expedite, scratch, assertNoCrash } from './runCli';

/** The environment without any locale variable, plus `vars`. */
function envWith(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(LANG|LANGUAGE|LC_\w+)$/.test(name)) delete env[name];
  return { ...env, ...vars };
}

const HANGUL = /[\uAC00-\uD7A3]/;
const KOREAN_SUMMARY = /^파일 (\d+)개 검사함: 오류 (\d+)개, 경고 (\d+)개, 정보 (\d+)개$/m;

describe('expedite in Korean and English', () => {
  let dir: string;
  let remove: () => void;
  before(() => {
    ({ dir, remove } = scratch('l10n'));
    copyExamples(dir, ['registration/updater_PhotoEditor.json', 'fabrikam-apps.reg', 'invalid/wow6432node.reg']);
  });
  after(() => remove());

  /** The folder (a summary on stdout) and, in a second run, a file that is not there (a usage error). */
  const check = (args: string[], env: NodeJS.ProcessEnv) => {
    const folder = expedite(['check', ...args, '.'], { cwd: dir, env });
    const missing = expedite(['check', ...args, 'missing.reg'], { cwd: dir, env });
    return { ...folder, stderr: missing.stderr, missingStatus: missing.status };
  };

  test('check --locale ko: the summary and a missing file in Korean, the exit codes unchanged', () => {
    const run = check(['--locale', 'ko'], envWith());
    assertNoCrash(run);
    assert.equal(run.status, 1);
    assert.equal(run.missingStatus, 2);
    assert.match(run.stdout, KOREAN_SUMMARY);
    assert.deepEqual(KOREAN_SUMMARY.exec(run.stdout)?.slice(1), ['3', '1', '0', '0']);
    assert.match(run.stderr, /^expedite check: missing\.reg을\(를\) 읽을 수 없습니다: 파일이나 디렉터리가 없습니다$/m);
    // The findings keep their shape for the problem matcher: path:line:column: severity: message [code].
    assert.match(run.stdout, /^wow6432node\.reg:\d+:\d+: error: .+ \[registry-32-bit-view\]$/m);
  });

  test('LANG=ko_KR.UTF-8 (and ko, ko-KR, LC_MESSAGES, LC_ALL) choose Korean', () => {
    for (const vars of <Record<string, string>[]>[{ LANG: 'ko_KR.UTF-8' }, { LANG: 'ko' }, { LANG: 'ko-KR' }, { LANG: 'en_US.UTF-8', LC_MESSAGES: 'ko_KR.UTF-8' }, { LANG: 'en_US.UTF-8', LC_ALL: 'ko_KR.UTF-8' }]) {
      const run = check([], envWith(vars));
      assert.match(run.stdout, KOREAN_SUMMARY, JSON.stringify(vars));
      assert.match(run.stderr, /읽을 수 없습니다/, JSON.stringify(vars));
    }
  });

  test('--locale en, no locale variable, LANG=C and other languages print the same English, byte for byte', () => {
    const english = check(['--locale', 'en'], envWith({ LANG: 'ko_KR.UTF-8' }));
    assert.equal(english.stdout.split('\n').at(-2), '3 files checked: 1 error, 0 warnings, 0 infos');
    assert.equal(english.stderr, 'expedite check: cannot read missing.reg: no such file or directory\n');
    for (const vars of <Record<string, string>[]>[{}, { LANG: 'C' }, { LANG: 'C.UTF-8' }, { LC_ALL: 'POSIX', LANG: 'ko_KR.UTF-8' }, { LANG: 'fr_FR.UTF-8' }, { LANG: 'kok_IN' }]) {
      const run = check([], envWith(vars));
      assert.equal(run.stdout, english.stdout, JSON.stringify(vars));
      assert.equal(run.stderr, english.stderr, JSON.stringify(vars));
      assert.equal(run.status, english.status);
    }
  });

  test('usage errors and help in Korean; --locale goes before or after the command', () => {
    const help = expedite(['check', '--help', '--locale', 'ko'], { env: envWith() });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^사용법: expedite check \[options\] PATH\.\.\.\n/);
    assert.match(help.stdout, /--locale en\|ko {10}메시지 언어/);
    const top = expedite(['--locale=ko', '--help'], { env: envWith() });
    assert.match(top.stdout, /^사용법: expedite <command>/);
    assert.match(top.stdout, /^ {2}check {5}\.reg 파일, 등록 파일, 페이로드의 유효성 검사$/m);
    const unknown = expedite(['check', '--bogus'], { env: envWith({ LANG: 'ko_KR.UTF-8' }) });
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stderr, "expedite check: 알 수 없는 옵션 --bogus('expedite check --help' 참조)\n");
    const englishUnknown = expedite(['check', '--bogus'], { env: envWith() });
    assert.equal(englishUnknown.stderr, "expedite check: unknown option --bogus (see 'expedite check --help')\n");
  });

  test('an unknown --locale is a usage error, named in the language of the environment', () => {
    const run = expedite(['check', '--locale', 'fr', '.'], { cwd: dir, env: envWith() });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, "expedite: option --locale must be one of en, ko (found 'fr')\n");
    assert.equal(run.stdout, '');
    const missing = expedite(['check', '.', '--locale'], { cwd: dir, env: envWith({ LANG: 'ko_KR.UTF-8' }) });
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'expedite: --locale 옵션에 값이 필요합니다: en 또는 ko\n');
  });

  test('--format json and sarif keep their field names and machine values in Korean', () => {
    for (const format of ['json', 'sarif']) {
      const en = expedite(['check', '--format', format, '.'], { cwd: dir, env: envWith() });
      const ko = expedite(['check', '--format', format, '--locale', 'ko', '.'], { cwd: dir, env: envWith() });
      assert.equal(ko.status, en.status, format);
      const keys = (v: unknown): unknown => (Array.isArray(v) ? v.map(keys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, keys(x)])) : typeof v);
      assert.deepEqual(keys(JSON.parse(ko.stdout)), keys(JSON.parse(en.stdout)), format);
    }
    const ko = JSON.parse(expedite(['check', '--format', 'json', '--locale', 'ko', '.'], { cwd: dir, env: envWith() }).stdout) as { summary: unknown; files: { kind: string; diagnostics: { severity: string; code: string }[] }[] };
    assert.deepEqual(ko.summary, { files: 3, errors: 1, warnings: 0, infos: 0 });
    assert.ok(ko.files.every((f) => ['reg', 'registration', 'payload'].includes(f.kind)));
    assert.ok(ko.files.flatMap((f) => f.diagnostics).every((d) => ['error', 'warning', 'information', 'hint'].includes(d.severity) && /^[a-z0-9-]+$/.test(d.code)));
  });

  test('simulate --scenario bad.json --locale ko: the scenario errors in Korean; English unchanged; exit 2 either way', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ fase: 'oobe', device: { region: 'USA', edition: 'Pro' }, conditions: { internet: 'yes' } }));
    const ko = expedite(['simulate', '--scenario', 'bad.json', '--locale', 'ko', 'fabrikam-apps.reg'], { cwd: dir, env: envWith() });
    assertNoCrash(ko);
    assert.equal(ko.status, 2);
    assert.equal(ko.stdout, '');
    assert.deepEqual(ko.stderr.split('\n').slice(1), [
      'expedite simulate:   - scenario에 알 수 없는 키 "fase"이(가) 있습니다 ("phase"을(를) 의도하셨습니까?). 사용할 수 있는 키: phase, device, conditions, attempts, attemptMinutes, assumptions',
      'expedite simulate:   - device.region은(는) "US"와 같은 두 글자 ISO 3166-1 코드여야 합니다. 찾은 값: "USA" ("US"을(를) 의도하셨습니까?)',
      'expedite simulate:   - device.edition은(는) GetProductInfo 에디션 코드(정수, 예: Professional은 48)여야 합니다. 찾은 값: "Pro"',
      'expedite simulate:   - conditions.internet은(는) true 또는 false여야 합니다. 찾은 값: "yes"',
      '',
    ]);
    const viaLang = expedite(['simulate', '--scenario', 'bad.json', 'fabrikam-apps.reg'], { cwd: dir, env: envWith({ LANG: 'ko_KR.UTF-8' }) });
    assert.equal(viaLang.stderr, ko.stderr);
    const en = expedite(['simulate', '--scenario', 'bad.json', 'fabrikam-apps.reg'], { cwd: dir, env: envWith() });
    assert.equal(en.status, 2);
    assert.equal(
      en.stderr,
      [
        'expedite simulate: invalid scenario bad.json:',
        'expedite simulate:   - unknown key "fase" in scenario (did you mean "phase"?); known keys: phase, device, conditions, attempts, attemptMinutes, assumptions',
        'expedite simulate:   - device.region must be a two-letter ISO 3166-1 code such as "US"; found "USA" (did you mean "US"?)',
        'expedite simulate:   - device.edition must be a GetProductInfo edition code (an integer, e.g. 48 for Professional); found "Pro"',
        'expedite simulate:   - conditions.internet must be true or false; found "yes"',
        '',
      ].join('\n'),
    );
  });

  test('a backend refusal in Korean (apply --target wine with no prefix, --target local off Windows); English unchanged; exit 2 either way', () => {
    const prefix = join(dir, 'no-prefix');
    const wine = ['apply', '--target', 'wine', '--wineprefix', prefix, 'fabrikam-apps.reg'];
    const ko = expedite([...wine, '--locale', 'ko'], { cwd: dir, env: envWith() });
    assertNoCrash(ko);
    assert.equal(ko.status, 2);
    assert.equal(ko.stdout, '');
    assert.equal(
      ko.stderr,
      `expedite apply: Wine 접두사 ${prefix}이(가) 없습니다(system.reg나 drive_c가 없음). --wineprefix로 기존 접두사를 선택하거나, --create-prefix를 지정하여 Wine이 이 접두사를 만들게 하세요\n`,
    );
    assert.equal(expedite(wine, { cwd: dir, env: envWith({ LANG: 'ko_KR.UTF-8' }) }).stderr, ko.stderr);
    const en = expedite(wine, { cwd: dir, env: envWith() });
    assert.equal(en.status, 2);
    assert.equal(
      en.stderr,
      `expedite apply: the Wine prefix ${prefix} does not exist (no system.reg or drive_c in it): choose an existing prefix with --wineprefix, or pass --create-prefix to have Wine create this one\n`,
    );
    if (process.platform !== 'win32') {
      const local = expedite(['remove', '--target', 'local', '--locale', 'ko', 'fabrikam-apps.reg'], { cwd: dir, env: envWith() });
      assert.equal(local.status, 2);
      assert.equal(local.stderr, `expedite remove: --target local은 Windows에서만 사용할 수 있습니다(이 컴퓨터: ${process.platform}). Wine 접두사와 함께 --target wine을 사용하거나 --dry-run을 사용하세요\n`);
    }
  });

  test('apply refusals in Korean, text and JSON (the same fields and key order); English unchanged; exit 1 either way', () => {
    copyExamples(dir, ['invalid/updater_BadTool.json']);
    const args = ['apply', '--dry-run', 'updater_BadTool.json'];
    const ko = expedite([...args, '--locale', 'ko'], { cwd: dir, env: envWith() });
    assertNoCrash(ko);
    assert.equal(ko.status, 1);
    assert.match(ko.stdout, /^ {2}거부됨 {3}Contoso_BadTool \(updater_BadTool\.json\): 등록 파일이 유효하지 않습니다\(Microsoft의 Test-UpdaterRegistration이 거부합니다\)$/m);
    assert.match(ko.stdout, /^ {4}updater_BadTool\.json:2:3 error json-comment: 주석은 허용되지 않습니다/m);
    assert.match(ko.stdout, /^아무것도 쓰지 않았습니다\. 등록 1개가 거부되었습니다$/m);
    assert.match(ko.stdout, /^시험 실행: 빈 컴퓨터에 적용$/m, 'the target named in Korean');
    const en = expedite(args, { cwd: dir, env: envWith() });
    assert.equal(en.status, 1);
    assert.match(en.stdout, /^ {2}refused {2}Contoso_BadTool \(updater_BadTool\.json\): the registration file is not valid \(Microsoft's Test-UpdaterRegistration would refuse it\)$/m);
    assert.match(en.stdout, /^nothing was written: 1 registration\(s\) refused$/m);

    const koJson = expedite([...args, '--format', 'json', '--locale', 'ko'], { cwd: dir, env: envWith() });
    const enJson = expedite([...args, '--format', 'json'], { cwd: dir, env: envWith() });
    assert.equal(koJson.status, enJson.status);
    const shape = (v: unknown): unknown => (Array.isArray(v) ? v.map(shape) : v && typeof v === 'object' ? Object.entries(v).map(([k, x]) => [k, shape(x)]) : typeof v);
    const [k, e] = [JSON.parse(koJson.stdout), JSON.parse(enJson.stdout)] as { target: unknown; refused: { reason: string; findings: { code: string; message: string }[] }[]; message: string }[];
    assert.deepEqual(shape(k), shape(e), 'the same keys in the same order, strings where strings were');
    assert.equal(e.refused[0].reason, "the registration file is not valid (Microsoft's Test-UpdaterRegistration would refuse it)");
    assert.equal(k.refused[0].reason, '등록 파일이 유효하지 않습니다(Microsoft의 Test-UpdaterRegistration이 거부합니다)');
    assert.deepEqual(k.refused[0].findings.map((f) => f.code), e.refused[0].findings.map((f) => f.code));
    assert.ok(k.refused[0].findings.every((f) => HANGUL.test(f.message)), 'finding messages in Korean');
    assert.equal(k.message, '아무것도 쓰지 않았습니다. 등록 1개가 거부되었습니다');
    assert.deepEqual(k.target, { kind: 'dry-run', label: 'an empty machine' }, "the target's label is its identity (backups), the same in every language");
  });

  test('convert notes in Korean; English unchanged', () => {
    const args = ['convert', '--to', 'file', '--stdout', 'fabrikam-apps.reg'];
    const ko = expedite([...args, '--locale', 'ko'], { cwd: dir, env: envWith() });
    const en = expedite(args, { cwd: dir, env: envWith() });
    assertNoCrash(ko);
    assert.equal(ko.status, en.status);
    const files = (out: string) => out.split('\n').filter((line) => !line.startsWith('// '));
    assert.deepEqual(files(ko.stdout), files(en.stdout), 'the converted files do not depend on the language');
    assert.match(ko.stderr, /^expedite convert: 참고\(updater_PhotoStudio\.json\): Source CustomURL: 레지스트리 형식은 항상 페이로드의 Endpoint에서 다운로드합니다\.$/m);
    assert.match(en.stderr, /^expedite convert: note \(updater_PhotoStudio\.json\): Source CustomURL: the registry form always downloads from the payload's Endpoint\.$/m);
    assert.equal(ko.stderr.split('\n').length, en.stderr.split('\n').length);
  });

  test('apply --dry-run reports in Korean', () => {
    const run = expedite(['apply', '--dry-run', '--locale', 'ko', 'fabrikam-apps.reg'], { cwd: dir, env: envWith() });
    assertNoCrash(run);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^시험 실행: .+에 적용$/m);
    assert.match(run.stdout, /^작업\(실행하지 않음\):$/m);
    assert.match(run.stdout, /^변경된 내용이 없습니다\(시험 실행\)$/m);
    const english = expedite(['apply', '--dry-run', 'fabrikam-apps.reg'], { cwd: dir, env: envWith() });
    assert.match(english.stdout, /^dry run: apply to .+$/m);
    assert.match(english.stdout, /^nothing was changed \(dry run\)$/m);
  });
});
