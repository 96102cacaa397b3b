// The documentation of the registry-form rules (core/rules/registry.ts): what each rule says,
// why, its quick fix and examples. The rule pages, SARIF and the tests read it; the runtime does not.
import type { registryRules } from '../registry';
import type { AreaDocs, RuleExample } from './types';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const PAYLOAD = '"expeditedPayload"="{\\"PFN\\":\\"Contoso.PhotoEditor_m5g0r7arhahqy\\",\\"Endpoint\\":\\"https://downloads.contoso.com/PhotoEditor.msixbundle\\"}"';
const PRIORITY = '"updaterPriority"=dword:00000014';

/** A .reg file with the given lines after its header (CRLF, as regedit writes). */
function reg(...lines: string[]): string {
  return ['Windows Registry Editor Version 5.00', '', ...lines, ''].join('\r\n');
}
function example(text: string, fixed?: string): RuleExample {
  return { file: 'example.reg', text, ...(fixed !== undefined ? { fixed } : {}) };
}
const VALID = reg(`[${KEY}\\Contoso_PhotoEditor]`, PRIORITY, PAYLOAD);

export const registryDocs: AreaDocs<(typeof registryRules)[number]['id']> = {
  'registry-value-on-parent': {
    rule: {
      en: 'Registrations are subkeys of UScheduler_OOBE; values on the UScheduler_OOBE key itself (other than BlockedOobeUpdaters) register nothing.',
      ko: '등록은 UScheduler_OOBE의 하위 키입니다. UScheduler_OOBE 키 자체에 있는 값(BlockedOobeUpdaters 제외)은 아무것도 등록하지 않습니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Move the values into a subkey named for the app, e.g. UScheduler_OOBE\\Contoso_App.', ko: '값을 앱 이름의 하위 키(예: UScheduler_OOBE\\Contoso_App)로 옮깁니다.' },
    examples: [example(reg(`[${KEY}]`, PRIORITY, PAYLOAD), VALID)],
  },
  'registry-not-hklm': {
    rule: { en: 'The orchestrator reads registrations only from HKEY_LOCAL_MACHINE.', ko: '오케스트레이터는 HKEY_LOCAL_MACHINE에서만 등록을 읽습니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Replace the root with HKEY_LOCAL_MACHINE.', ko: '루트 키를 HKEY_LOCAL_MACHINE으로 바꿉니다.' },
    examples: [example(VALID.replace('HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER'), VALID)],
  },
  'registry-32-bit-view': {
    rule: {
      en: 'Wow6432Node is the 32-bit registry view; the 64-bit update service does not read registrations there.',
      ko: 'Wow6432Node는 32비트 레지스트리 보기이며, 64비트 업데이트 서비스는 거기서 등록을 읽지 않습니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove Wow6432Node\\ from the key path (import with reg import /reg:64).', ko: '키 경로에서 Wow6432Node\\를 제거합니다(reg import /reg:64로 가져오기).' },
    examples: [example(VALID.replace('SOFTWARE\\Microsoft', 'SOFTWARE\\Wow6432Node\\Microsoft'), VALID)],
  },
  'registry-nested-subkey': {
    rule: { en: 'Only direct subkeys of UScheduler_OOBE are registrations; deeper subkeys are ignored.', ko: 'UScheduler_OOBE의 바로 아래 하위 키만 등록이며, 더 깊은 하위 키는 무시됩니다.' },
    why: { en: '', ko: '' },
    examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PRIORITY, PAYLOAD, '', `[${KEY}\\Contoso_PhotoEditor\\Settings]`, '"Mode"="1"'), VALID)],
  },
  'registry-priority-missing': {
    rule: {
      en: 'A registration needs updaterPriority (REG_DWORD 1..100): the OEM "must create" both updaterPriority and expeditedPayload, so a missing one is as wrong as an out-of-range one.',
      ko: '등록에는 updaterPriority(REG_DWORD 1..100)가 필요합니다. OEM은 updaterPriority와 expeditedPayload를 모두 "만들어야" 하므로, 값이 없는 것은 범위를 벗어난 것만큼 잘못입니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Add "updaterPriority"=dword:00000064 under the key line.', ko: '키 줄 아래에 "updaterPriority"=dword:00000064를 추가합니다.' },
    examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PAYLOAD), VALID)],
  },
  'registry-priority-type': {
    rule: { en: 'updaterPriority must be a REG_DWORD (dword:000000NN).', ko: 'updaterPriority는 REG_DWORD(dword:000000NN)여야 합니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Rewrite the value as dword: with the same number.', ko: '같은 숫자를 dword: 값으로 다시 씁니다.' },
    examples: [example(VALID.replace(PRIORITY, '"updaterPriority"="20"'), VALID)],
  },
  'registry-payload-missing': {
    rule: {
      en: 'A registration needs expeditedPayload (REG_SZ holding the payload JSON); without it nothing is installed.',
      ko: '등록에는 expeditedPayload(페이로드 JSON을 담은 REG_SZ)가 필요합니다. 없으면 아무것도 설치되지 않습니다.',
    },
    why: { en: '', ko: '' },
    examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PRIORITY), VALID)],
  },
  'registry-payload-type': {
    rule: { en: 'expeditedPayload must be a REG_SZ string holding the payload JSON.', ko: 'expeditedPayload는 페이로드 JSON을 담은 REG_SZ 문자열이어야 합니다.' },
    why: { en: '', ko: '' },
    examples: [example(VALID.replace(PAYLOAD, '"expeditedPayload"=dword:00000001'), VALID)],
  },
  'registry-work-completed': {
    rule: {
      en: 'workCompleted = 1 marks an updater as done (inferred from real machines, not documented): Windows does not run it again.',
      ko: 'workCompleted = 1은 업데이트 프로그램을 완료된 것으로 표시합니다(실제 장치에서 추론, 문서화되지 않음). Windows는 이를 다시 실행하지 않습니다.',
    },
    why: { en: '', ko: '' },
    examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PRIORITY, PAYLOAD, '"workCompleted"=dword:00000001'), VALID)],
  },
  'registry-blocked-updaters': {
    rule: {
      en: 'BlockedOobeUpdaters on UScheduler_OOBE names updaters Windows must not run (inferred from real machines, not documented).',
      ko: 'UScheduler_OOBE의 BlockedOobeUpdaters는 Windows가 실행하지 않을 업데이트 프로그램을 지정합니다(실제 장치에서 추론, 문서화되지 않음).',
    },
    why: { en: '', ko: '' },
    examples: [example(reg(`[${KEY}]`, '"BlockedOobeUpdaters"="MS_Outlook"'))],
  },
  'registry-subkey-deleted': {
    rule: {
      en: 'Deleting a UScheduler_OOBE subkey removes that registration (how scripts stop Windows\' own updaters).',
      ko: 'UScheduler_OOBE 하위 키를 삭제하면 그 등록이 제거됩니다(스크립트가 Windows 자체 업데이트 프로그램을 멈추는 방식).',
    },
    why: { en: '', ko: '' },
    examples: [example(reg(`[-${KEY}\\OutlookUpdate]`))],
  },
  'registry-subkey-name-unsafe': {
    rule: {
      en: 'A registration subkey name must survive Windows and the tools around it: no "/", no control characters, at most 255 characters, no trailing space or dot.',
      ko: '등록 하위 키 이름은 Windows와 주변 도구를 거쳐도 그대로 유지되어야 합니다. "/"와 제어 문자를 쓸 수 없고, 최대 255자이며, 공백이나 점으로 끝날 수 없습니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Rename the subkey to letters, digits, "_" and "-", e.g. Contoso_App.', ko: '하위 키 이름을 문자, 숫자, "_" 및 "-"로 바꿉니다(예: Contoso_App).' },
    examples: [example(VALID.replace('Contoso_PhotoEditor]', 'Contoso/PhotoEditor]'), VALID)],
  },
  'registry-unknown-value': {
    rule: {
      en: 'A registration subkey holds updaterPriority and expeditedPayload (and Windows\' own workCompleted); other values are ignored and are likely typos.',
      ko: '등록 하위 키에는 updaterPriority와 expeditedPayload(및 Windows 자체의 workCompleted)가 들어갑니다. 다른 값은 무시되며 오타일 가능성이 높습니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Rename the value to the suggested name.', ko: '값 이름을 제안된 이름으로 바꿉니다.' },
    examples: [example(VALID.replace('"updaterPriority"', '"updaterPriorty"'), VALID)],
  },
};
