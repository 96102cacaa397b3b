// The backends say things as messages and the edges render them: English byte for byte as before,
// Korean when asked, and the report's JSON shape the same in both.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as l10n from '@vscode/l10n';
import korean from '../../l10n/bundle.l10n.ko.json';
import { analyzeDocument } from '../../core/analyze';
import { render } from '../../core/rules/render';
import { DryRunBackend } from '../../backends/dryRun';
import { formatChangeReport, renderChangeReport } from '../../backends/format';
import { planChanges, selectRegistrations, type MachineState } from '../../backends/plan';
import { changeRegistrations, type ChangeReport } from '../../backends/run';
import { backendError, backendReport, backendVerify, targetTitle } from '../../backends/texts';
import { BackendError, BackendUnavailableError, errorText } from '../../backends/types';
import { ElevationRequiredError } from '../../backends/elevation';
import { confirmationDetail } from '../../client/apply/confirmation';

const HANGUL = /[\uAC00-\uD7A3]/;
const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const payload = `"{\\"PFN\\":\\"Fabrikam.A_qavgzrv0bsdkw\\",\\"Endpoint\\":\\"https://downloads.fabrikam.com/oobe/app.msix\\"}"`;

function input(path: string, text: string) {
  return { path, analysis: analyzeDocument({ path, text }), bytes: new TextEncoder().encode(text) };
}

/** Every string of a value, and whether a message object (an `id`) is left anywhere in it. */
function hasMessage(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasMessage);
  if (value && typeof value === 'object') return 'id' in value || Object.values(value).some(hasMessage);
  return false;
}

describe('backend messages', () => {
  test('a BackendError keeps the English in .message (logs, stacks) and the message for the user', () => {
    const err = new BackendUnavailableError(backendError.winePrefixMissing({ prefix: '/p' }));
    assert.ok(err instanceof BackendError);
    assert.equal(err.message, 'the Wine prefix /p does not exist (no system.reg or drive_c in it): choose an existing prefix with --wineprefix, or pass --create-prefix to have Wine create this one');
    assert.match(render(err.text, 'ko'), /^Wine 접두사 \/p이\(가\) 없습니다/);
    assert.match(new ElevationRequiredError().message, /run from an elevated prompt/);
    assert.match(render(errorText(new ElevationRequiredError()), 'ko'), /관리자 권한/);
    assert.equal(errorText(new Error('EACCES: permission denied')), 'EACCES: permission denied', "other errors keep Node's words");
  });

  test('a refusal with findings: text and JSON in Korean, the same keys in the same order as in English', async () => {
    const text = '{\n  // a comment\n  "OEMName": "Contoso",\n  "UpdaterName": "Bad"\n}\n';
    const report = await changeRegistrations('apply', [input('updater_Bad.json', text)], new DryRunBackend());
    assert.equal(report.ok, false);
    const [en, ko] = [renderChangeReport(report, 'en'), renderChangeReport(report, 'ko')];
    assert.deepEqual(Object.keys(ko), Object.keys(report));
    assert.deepEqual(Object.keys(ko.refused[0]), Object.keys(report.refused[0]));
    assert.ok(!hasMessage(en) && !hasMessage(ko), 'only strings are left');
    assert.equal(en.refused[0].reason, "the registration file is not valid (Microsoft's Test-UpdaterRegistration would refuse it)");
    assert.equal(en.message, 'nothing was written: 1 registration(s) refused');
    assert.match(String(ko.refused[0].reason), HANGUL);
    assert.ok(ko.refused[0].findings?.every((f) => HANGUL.test(String(f.message))));
    assert.equal(JSON.stringify(renderChangeReport(en, 'ko')), JSON.stringify(en), 'a rendered report (the elevated CLI\'s JSON) passes through as it is');
  });

  test('rollback, verification, error and message of a report are rendered; the target is named in words', () => {
    const problems = [backendVerify.valueMissing({ key: `${KEY}\\A`, value: backendVerify.defaultValue() }), backendReport.parentStillThere({ key: KEY })];
    const report: ChangeReport = {
      verb: 'apply',
      target: { kind: 'wine', label: 'Wine prefix /home/u/.wine' },
      dryRun: false,
      ok: false,
      steps: [],
      skipped: [],
      refused: [],
      operations: [],
      verification: { checked: 1, problems },
      error: backendReport.verificationFailed({ problems: { list: problems, separator: '; ' } }),
      rollback: { ok: false, problems: [backendReport.readingBack({ error: backendError.exitCode({ code: 5 }) })] },
    };
    const en = formatChangeReport(report, 'en');
    assert.match(en, /^apply to Wine prefix \/home\/u\/\.wine$/m);
    assert.match(en, /^error: verification failed: HKEY_LOCAL_MACHINE.*\\A: value \(default\) is missing; HKEY_LOCAL_MACHINE.*UScheduler_OOBE did not exist before and is still there$/m);
    assert.match(en, /^rollback incomplete: reading the target back: exit code 5$/m);
    // The report's frame is the l10n bundle (configured by the CLI's --locale, the editor's language).
    l10n.config({ contents: korean as Record<string, string> });
    let ko: string;
    try {
      ko = formatChangeReport(report, 'ko');
    } finally {
      l10n.config({ contents: {} });
    }
    assert.match(ko, /^Wine 접두사 \/home\/u\/\.wine에 적용$/m);
    assert.match(ko, /값 \(기본값\)이\(가\) 없습니다/);
    assert.match(ko, /^롤백이 완료되지 않음: 대상 컴퓨터를 다시 읽는 중: 종료 코드 5$/m);
    assert.ok(!hasMessage(renderChangeReport(report, 'ko')));
  });

  test('target labels stay the English identity; their words round-trip byte for byte', () => {
    for (const label of ['local registry (reg.exe, 64-bit view)', 'Wine prefix /home/u/.wine', 'an empty machine', 'something else']) {
      assert.equal(render(targetTitle(label), 'en'), label);
    }
    assert.equal(render(targetTitle('local registry (reg.exe, 64-bit view)'), 'ko'), '로컬 레지스트리(reg.exe, 64비트 보기)');
    assert.equal(new DryRunBackend().label, 'an empty machine');
  });

  test("the editor's confirmation lists skips in the display language", () => {
    const text = ['Windows Registry Editor Version 5.00', '', `[-${KEY}\\Old]`, '', `[${KEY}\\Fabrikam_A]`, '"updaterPriority"=dword:0000000a', `"expeditedPayload"=${payload}`, ''].join('\r\n');
    const selection = selectRegistrations([input('fabrikam.reg', text)], 'apply');
    const plan = planChanges(selection, { keys: new Map() } as unknown as MachineState);
    assert.match(confirmationDetail(plan), /^skip \[-HKEY.*\\Old\]: deletions in the file are not applied \(apply only writes registrations; use remove\)$/m);
    assert.match(confirmationDetail(plan, 'ko'), /^skip \[-HKEY.*\\Old\]: 파일의 삭제 항목은 적용하지 않습니다/m);
  });
});
