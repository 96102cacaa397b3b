// The documentation of the cross-file rules (core/rules/workspace.ts): what each rule says, why,
// its quick fix and examples. The rule pages, SARIF and the tests read it; the runtime does not.
import type { workspaceRules } from '../workspace';
import type { AreaDocs } from './types';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

/** A registration file of the examples: name, PFN and priority vary. */
function registrationFile(updater: string, pfn: string, priority: number): string {
  const value = { PFN: pfn, OEMName: 'Contoso', UpdaterName: updater, RegistrationVersion: 1, Source: 'Store', ProductId: '9NCNTS0PHT01', Scenario: 'Acquisition', Priority: priority };
  return `${JSON.stringify(value, null, 2)}\n`;
}
/** A .reg file with one registration. */
function regFile(name: string, pfn: string, priority: number): string {
  const payload = `"expeditedPayload"="{\\"PFN\\":\\"${pfn}\\",\\"Endpoint\\":\\"https://downloads.contoso.com/${name}.msixbundle\\"}"`;
  return ['Windows Registry Editor Version 5.00', '', `[${KEY}\\${name}]`, `"updaterPriority"=dword:${priority.toString(16).padStart(8, '0')}`, payload, ''].join('\r\n');
}

export const workspaceDocs: AreaDocs<(typeof workspaceRules)[number]['id']> = {
  'duplicate-pfn': {
    rule: {
      en: 'Each package (PFN, compared case-insensitively) should be registered once: two concurrent attempts at one package break each other.',
      ko: '각 패키지(PFN, 대/소문자 구분 없이 비교)는 한 번만 등록해야 합니다. 한 패키지를 동시에 두 번 시도하면 서로를 방해합니다.',
    },
    why: {
      en: "A public thread on the Windows Update Agent API shows two concurrent installs of one package failing each other (orcFailed, or an install that never finishes). Two registrations of one PFN make exactly that race on a new device.",
      ko: "Windows Update Agent API에 관한 공개 스레드에서는 한 패키지를 동시에 두 번 설치하면 서로를 실패하게 만드는 사례(orcFailed, 또는 끝나지 않는 설치)를 보여 줍니다. 같은 PFN을 두 번 등록하면 새 장치에서 바로 그런 경쟁이 생깁니다.",
    },
    examples: [{
      file: 'updater_PhotoEditor.json',
      text: registrationFile('PhotoEditor', 'Contoso.PhotoEditor_m5g0r7arhahqy', 10),
      fixed: registrationFile('PhotoEditor', 'Contoso.PhotoViewer_m5g0r7arhahqy', 10),
      others: [{ file: 'contoso.reg', text: regFile('Contoso_PhotoEditorPlus', 'Contoso.PhotoEditor_m5g0r7arhahqy', 20) }],
    }],
  },
  'duplicate-registration-name': {
    rule: {
      en: 'Registration names (registry subkey, or <OEMName>_<UpdaterName>) must be unique across files and forms: Add-UpdaterRegistration refuses a name the registry already has.',
      ko: '등록 이름(레지스트리 하위 키 또는 <OEMName>_<UpdaterName>)은 파일과 형식 전체에서 고유해야 합니다. Add-UpdaterRegistration은 레지스트리에 이미 있는 이름을 거부합니다.',
    },
    why: {
      en: "Add-UpdaterRegistration (AppOrchestration.psm1) throws \"An updater for OEMName … and UpdaterName … already exists\" when the staging folder or the UScheduler_Oobe subkey <OEMName>_<UpdaterName> exists; two .reg files that write one subkey overwrite each other without an error.",
      ko: "Add-UpdaterRegistration(AppOrchestration.psm1)은 스테이징 폴더나 UScheduler_Oobe 하위 키 <OEMName>_<UpdaterName>이 이미 있으면 \"An updater for OEMName … and UpdaterName … already exists\" 오류를 냅니다. 같은 하위 키를 쓰는 두 .reg 파일은 오류 없이 서로를 덮어씁니다.",
    },
    examples: [{
      file: 'updater_PhotoEditor.json',
      text: registrationFile('PhotoEditor', 'Contoso.PhotoEditor_m5g0r7arhahqy', 10),
      fixed: registrationFile('PhotoEditorPro', 'Contoso.PhotoEditorPro_m5g0r7arhahqy', 10),
      others: [{ file: 'contoso.reg', text: regFile('Contoso_PhotoEditor', 'Contoso.PhotoViewer_m5g0r7arhahqy', 20) }],
    }],
  },
  'equal-priority': {
    rule: {
      en: 'Registrations with equal priority run in an unspecified order (Expedited Apps assumes order by name).',
      ko: '우선 순위가 같은 등록은 정해지지 않은 순서로 실행됩니다(Expedited Apps는 이름 순서로 가정함).',
    },
    why: {
      en: "Microsoft's Korean documentation orders registrations by relative priority and says nothing about equal priorities, so their order on the device is not specified; Expedited Apps' simulation assumes order by name and says so in its notes.",
      ko: "Microsoft의 한국어 문서는 상대적 우선 순위로 등록의 순서를 정하지만 우선 순위가 같은 경우는 설명하지 않으므로, 장치에서의 순서는 정해져 있지 않습니다. Expedited Apps의 시뮬레이션은 이름 순서를 가정하며, 참고에 그 가정을 표시합니다.",
    },
    examples: [{
      file: 'updater_PhotoEditor.json',
      text: registrationFile('PhotoEditor', 'Contoso.PhotoEditor_m5g0r7arhahqy', 10),
      fixed: registrationFile('PhotoEditor', 'Contoso.PhotoEditor_m5g0r7arhahqy', 30),
      others: [{ file: 'contoso.reg', text: regFile('Contoso_Helper', 'Contoso.Helper_m5g0r7arhahqy', 10) }],
    }],
  },
};
