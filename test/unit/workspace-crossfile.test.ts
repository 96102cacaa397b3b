import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeJson, registrationFromJson } from '../../core/json/analyze';
import { crossFileFindings } from '../../core/workspace/crossFile';
import { workspaceRules } from '../../core/rules/workspace';
import { DEFAULT_SETTINGS, type Registration } from '../../core/model/registration';
import { registrationText, spanAt } from './json-helpers';
import { render } from '../../core/rules/render';

function fileRegistration(path: string, extra: Record<string, unknown>): { text: string; registration: Registration } {
  const text = registrationText(extra);
  const registration = registrationFromJson(path, text, analyzeJson(text, 'registration'));
  assert.ok(registration);
  return { text, registration };
}

/** A registry-form registration as core/registry builds it (only the fields cross-file checks read). */
function registryRegistration(path: string, name: string, priority: number, pfn: string): Registration {
  return {
    name, form: 'registry', path, span: { start: 0, end: 100 }, nameSpan: { start: 10, end: 10 + name.length },
    priority, priorityExplicit: true, prioritySpan: { start: 40, end: 50 }, pfnSpan: { start: 60, end: 60 + pfn.length },
    settings: { ...DEFAULT_SETTINGS, PFN: pfn, Endpoint: 'https://downloads.fabrikam.com/a.msix' }, hasErrors: false,
  };
}

const codesOf = (findings: Map<string, { code: string }[]>, path: string) => (findings.get(path) ?? []).map((f) => f.code).sort();

describe('cross-file checks', () => {
  test('every workspace code is exercised below', () => {
    assert.deepEqual(workspaceRules.map((r) => r.id).sort(), ['duplicate-pfn', 'duplicate-registration-name', 'equal-priority']);
  });

  test('distinct registrations produce nothing', () => {
    const a = fileRegistration('a/updater_PhotoEditor.json', { Priority: 20 });
    const b = fileRegistration('a/updater_SupportHub.json', { UpdaterName: 'SupportHub', PFN: 'Contoso.SupportHub_m5g0r7arhahqy', Priority: 40 });
    const c = registryRegistration('f.reg', 'Fabrikam_PhotoStudio', 10, 'Fabrikam.PhotoStudio_qavgzrv0bsdkw');
    assert.equal(crossFileFindings([a.registration, b.registration, c]).size, 0);
  });

  test('the same PFN twice (any case, across forms) warns at each PFN with the other as related', () => {
    const a = fileRegistration('a/updater_PhotoEditor.json', { Priority: 20 });
    const reg = registryRegistration('f.reg', 'Fabrikam_Photo', 30, 'CONTOSO.PHOTOEDITOR_m5g0r7arhahqy');
    const findings = crossFileFindings([a.registration, reg]);
    const [onFile] = findings.get('a/updater_PhotoEditor.json') ?? [];
    assert.equal(onFile.code, 'duplicate-pfn');
    assert.equal(onFile.severity, 'warning');
    assert.deepEqual(onFile.span, spanAt(a.text, '⟦"Contoso.PhotoEditor_m5g0r7arhahqy"⟧'));
    assert.match(render(onFile.message), /two concurrent attempts at one package break each other/);
    assert.deepEqual({ ...onFile.related?.[0], message: render(onFile.related![0].message) }, { path: 'f.reg', span: reg.pfnSpan, message: 'Fabrikam_Photo registers the same package' });
    assert.deepEqual(codesOf(findings, 'f.reg'), ['duplicate-pfn']);
  });

  test('a file registration named like a registry subkey is an error in both documents', () => {
    const a = fileRegistration('a/updater_PhotoEditor.json', { Priority: 20, PFN: 'Contoso.PhotoEditor_m5g0r7arhahqy' });
    const reg = registryRegistration('f.reg', 'contoso_photoeditor', 30, 'Fabrikam.Other_qavgzrv0bsdkw');
    const findings = crossFileFindings([a.registration, reg]);
    const [onFile] = findings.get('a/updater_PhotoEditor.json') ?? [];
    assert.equal(onFile.code, 'duplicate-registration-name');
    assert.equal(onFile.severity, 'error');
    assert.deepEqual(onFile.span, a.registration.nameSpan);
    assert.match(render(onFile.message), /refuses to add a registration file when UScheduler_Oobe already has that subkey/);
    assert.deepEqual(codesOf(findings, 'f.reg'), ['duplicate-registration-name']);
  });

  test('one .reg naming a key twice is one key after import: no name finding', () => {
    const findings = crossFileFindings([registryRegistration('f.reg', 'Fabrikam_A', 10, 'Fabrikam.A_qavgzrv0bsdkw'), registryRegistration('f.reg', 'Fabrikam_A', 20, 'Fabrikam.B_qavgzrv0bsdkw')]);
    assert.deepEqual(codesOf(findings, 'f.reg'), []);
  });

  test('equal priorities are a warning at each priority (the run order is then unspecified), naming the assumed order', () => {
    const a = fileRegistration('a/updater_PhotoEditor.json', { Priority: 40 });
    const reg = registryRegistration('f.reg', 'Fabrikam_Tool', 40, 'Fabrikam.Tool_qavgzrv0bsdkw');
    const findings = crossFileFindings([a.registration, reg]);
    const [onFile] = findings.get('a/updater_PhotoEditor.json') ?? [];
    assert.equal(onFile.code, 'equal-priority');
    assert.equal(onFile.severity, 'warning');
    assert.deepEqual(onFile.span, spanAt(a.text, '"Priority": ⟦40⟧'));
    assert.match(render(onFile.message), /order by name \(Contoso_PhotoEditor, Fabrikam_Tool\)/);
    assert.deepEqual(codesOf(findings, 'f.reg'), ['equal-priority']);
  });

  test('default priorities tie too, reported at the name; hundreds of ties keep related lists short', () => {
    const a = fileRegistration('x/updater_PhotoEditor.json', {});
    const b = fileRegistration('y/updater_Other.json', { UpdaterName: 'Other', PFN: 'Contoso.Other_m5g0r7arhahqy' });
    const [onA] = crossFileFindings([a.registration, b.registration]).get('x/updater_PhotoEditor.json') ?? [];
    assert.deepEqual(onA.span, a.registration.nameSpan);
    const many = Array.from({ length: 300 }, (_, i) => registryRegistration('big.reg', `Fabrikam_App${i}`, 50, `Fabrikam.App${i}_qavgzrv0bsdkw`));
    const big = crossFileFindings(many).get('big.reg') ?? [];
    assert.equal(big.length, 300);
    assert.match(render(big[0].message), /and 296 more/);
    // The assumed order names the first ten, then counts the rest: messages stay short on big files.
    assert.match(render(big[0].message), /order by name \(Fabrikam_App0, Fabrikam_App1, [^)]*, and 290 others\)/);
    assert.ok(render(big[0].message).length < 600, `message of ${render(big[0].message).length} characters`);
  });

  test('a tie points at the registrations before and after it in the assumed order: two places, and following them walks the whole tie', () => {
    // Names in the assumed order (by name): Fabrikam_App0, Fabrikam_App1, Fabrikam_App10, Fabrikam_App100, ...
    const many = Array.from({ length: 300 }, (_, i) => registryRegistration('big.reg', `Fabrikam_App${i}`, 50, `Fabrikam.App${i}_qavgzrv0bsdkw`));
    many.forEach((r, i) => (r.prioritySpan = { start: i * 100, end: i * 100 + 2 }));
    const findings = crossFileFindings(many).get('big.reg') ?? [];
    const nameAt = (start: number) => many[start / 100].name;
    const relatedNames = (name: string) => {
      const finding = findings.find((f) => nameAt(f.span.start) === name);
      assert.ok(finding, `a finding on ${name}`);
      return (finding.related ?? []).map((r) => nameAt(r.span.start));
    };
    assert.ok(findings.every((f) => (f.related?.length ?? 0) <= 2), 'at most two related places each');
    assert.deepEqual(relatedNames('Fabrikam_App0'), ['Fabrikam_App1'], 'the first runs before the second');
    assert.deepEqual(relatedNames('Fabrikam_App1'), ['Fabrikam_App0', 'Fabrikam_App10']);
    assert.deepEqual(relatedNames('Fabrikam_App99'), ['Fabrikam_App98'], 'the last has only the one before it');
    assert.deepEqual(
      (findings.find((f) => nameAt(f.span.start) === 'Fabrikam_App1')?.related ?? []).map((r) => render(r.message)),
      ['Fabrikam_App0 has priority 50', 'Fabrikam_App10 has priority 50'],
    );
    // From the first, the second related place of each (the one after it) reaches every tied registration.
    const walked = ['Fabrikam_App0'];
    for (let next = relatedNames('Fabrikam_App0')[0]; next; next = relatedNames(next)[1]) walked.push(next);
    assert.deepEqual(walked, [...many.map((r) => r.name)].sort(), 'the whole tie, in the assumed order');
  });

  test('the same PFN many times: the related places are the three others the message names', () => {
    const copies = Array.from({ length: 8 }, (_, i) => registryRegistration(`f${i}.reg`, `Fabrikam_Copy${i}`, 10 + i, 'Fabrikam.Copy_qavgzrv0bsdkw'));
    const findings = crossFileFindings(copies);
    const [onThird] = findings.get('f2.reg') ?? [];
    assert.equal(onThird.code, 'duplicate-pfn');
    assert.deepEqual(onThird.related?.map((r) => r.path), ['f0.reg', 'f1.reg', 'f3.reg']);
    assert.match(render(onThird.message), /Fabrikam_Copy0 \(f0\.reg\), Fabrikam_Copy1 \(f1\.reg\), Fabrikam_Copy3 \(f3\.reg\) and 4 more/);
  });
});
