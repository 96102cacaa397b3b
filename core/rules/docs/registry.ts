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
    why: {
      en: "Microsoft's Korean documentation puts each app in its own subkey of UScheduler_OOBE, holding updaterPriority and expeditedPayload; values on UScheduler_OOBE itself belong to no app, and the only value real machines show there is BlockedOobeUpdaters.",
      ko: "Microsoft의 한국어 문서는 각 앱을 UScheduler_OOBE의 고유한 하위 키에 두고, 그 안에 updaterPriority와 expeditedPayload를 만들도록 설명합니다. UScheduler_OOBE 자체에 있는 값은 어느 앱에도 속하지 않으며, 실제 장치에서 그 위치에 보이는 값은 BlockedOobeUpdaters뿐입니다.",
    },
    fix: { en: 'Move the values into a subkey named for the app, e.g. UScheduler_OOBE\\Contoso_App.', ko: '값을 앱 이름의 하위 키(예: UScheduler_OOBE\\Contoso_App)로 옮깁니다.' },
    examples: [example(reg(`[${KEY}]`, PRIORITY, PAYLOAD), VALID)],
  },
  'registry-not-hklm': {
    rule: { en: 'The orchestrator reads registrations only from HKEY_LOCAL_MACHINE.', ko: '오케스트레이터는 HKEY_LOCAL_MACHINE에서만 등록을 읽습니다.' },
    why: {
      en: "Microsoft's Korean documentation names the key under HKEY_LOCAL_MACHINE and nowhere else; a registration under HKEY_CURRENT_USER or another root is outside what the update service is documented to read.",
      ko: "Microsoft의 한국어 문서는 키 위치로 HKEY_LOCAL_MACHINE만 제시합니다. HKEY_CURRENT_USER나 다른 루트 아래의 등록은 업데이트 서비스가 읽는다고 문서화된 위치가 아닙니다.",
    },
    fix: { en: 'Replace the root with HKEY_LOCAL_MACHINE.', ko: '루트 키를 HKEY_LOCAL_MACHINE으로 바꿉니다.' },
    examples: [example(VALID.replace('HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER'), VALID)],
  },
  'registry-32-bit-view': {
    rule: {
      en: 'Wow6432Node is the 32-bit registry view; the 64-bit update service does not read registrations there.',
      ko: 'Wow6432Node는 32비트 레지스트리 보기이며, 64비트 업데이트 서비스는 거기서 등록을 읽지 않습니다.',
    },
    why: {
      en: "On 64-bit Windows, Wow6432Node holds the 32-bit registry view; the 64-bit update service reads the 64-bit view, so a registration there is never seen (reg-format.md). It typically appears when a 32-bit tool or `reg import /reg:32` wrote the file.",
      ko: "64비트 Windows에서 Wow6432Node에는 32비트 레지스트리 보기가 있습니다. 64비트 업데이트 서비스는 64비트 보기를 읽으므로 그곳의 등록은 읽히지 않습니다(reg-format.md). 대개 32비트 도구나 `reg import /reg:32`로 파일을 쓴 경우에 나타납니다.",
    },
    fix: { en: 'Remove Wow6432Node\\ from the key path (import with reg import /reg:64).', ko: '키 경로에서 Wow6432Node\\를 제거합니다(reg import /reg:64로 가져오기).' },
    examples: [example(VALID.replace('SOFTWARE\\Microsoft', 'SOFTWARE\\Wow6432Node\\Microsoft'), VALID)],
  },
  'registry-nested-subkey': {
    rule: { en: 'Only direct subkeys of UScheduler_OOBE are registrations; deeper subkeys are ignored.', ko: 'UScheduler_OOBE의 바로 아래 하위 키만 등록이며, 더 깊은 하위 키는 무시됩니다.' },
    why: {
      en: "Microsoft's Korean documentation describes one subkey per app directly under UScheduler_OOBE; a deeper key is not a registration, so the app it describes is never expedited.",
      ko: "Microsoft의 한국어 문서는 UScheduler_OOBE 바로 아래에 앱마다 하위 키 하나를 두도록 설명합니다. 더 깊은 키는 등록이 아니므로, 그 키가 설명하는 앱은 신속 처리되지 않습니다.",
    },
    examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PRIORITY, PAYLOAD, '', `[${KEY}\\Contoso_PhotoEditor\\Settings]`, '"Mode"="1"'), VALID)],
  },
  'registry-priority-missing': {
    rule: {
      en: 'A registration needs updaterPriority (REG_DWORD 1..100): the OEM "must create" both updaterPriority and expeditedPayload, so a missing one is as wrong as an out-of-range one.',
      ko: '등록에는 updaterPriority(REG_DWORD 1..100)가 필요합니다. OEM은 updaterPriority와 expeditedPayload를 모두 "만들어야" 하므로, 값이 없는 것은 범위를 벗어난 것만큼 잘못입니다.',
    },
    why: {
      en: "Microsoft's Korean documentation says the OEM must create both updaterPriority and expeditedPayload. Windows may fall back to a default order when the priority is missing, but that is not documented, so the run order would rest on a guess.",
      ko: "Microsoft의 한국어 문서는 OEM이 updaterPriority와 expeditedPayload를 모두 만들어야 한다고 명시합니다. 우선 순위가 없을 때 Windows가 기본 순서를 쓸 수도 있지만 이는 문서화되어 있지 않으므로, 실행 순서가 추측에 의존하게 됩니다.",
    },
    fix: { en: 'Add "updaterPriority"=dword:00000064 under the key line.', ko: '키 줄 아래에 "updaterPriority"=dword:00000064를 추가합니다.' },
    examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PAYLOAD), VALID)],
  },
  'registry-priority-type': {
    rule: { en: 'updaterPriority must be a REG_DWORD (dword:000000NN).', ko: 'updaterPriority는 REG_DWORD(dword:000000NN)여야 합니다.' },
    why: {
      en: "Microsoft's Korean documentation gives updaterPriority the type REG_DWORD; a string or binary value is a different registry type, and whether Windows reads it at all is not documented.",
      ko: "Microsoft의 한국어 문서는 updaterPriority의 형식을 REG_DWORD로 지정합니다. 문자열이나 이진 값은 다른 레지스트리 형식이며, Windows가 이를 읽는지는 문서화되어 있지 않습니다.",
    },
    fix: { en: 'Rewrite the value as dword: with the same number.', ko: '같은 숫자를 dword: 값으로 다시 씁니다.' },
    examples: [example(VALID.replace(PRIORITY, '"updaterPriority"="20"'), VALID)],
  },
  'registry-payload-missing': {
    rule: {
      en: 'A registration needs expeditedPayload (REG_SZ holding the payload JSON); without it nothing is installed.',
      ko: '등록에는 expeditedPayload(페이로드 JSON을 담은 REG_SZ)가 필요합니다. 없으면 아무것도 설치되지 않습니다.',
    },
    why: {
      en: "Microsoft's Korean documentation says the OEM must create expeditedPayload: it is the only place the registry form names the package (PFN) and where to download it (Endpoint).",
      ko: "Microsoft의 한국어 문서는 OEM이 expeditedPayload를 만들어야 한다고 명시합니다. 레지스트리 형식에서 패키지(PFN)와 다운로드 위치(Endpoint)를 지정하는 곳은 이 값뿐입니다.",
    },
    examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PRIORITY), VALID)],
  },
  'registry-payload-type': {
    rule: { en: 'expeditedPayload must be a REG_SZ string holding the payload JSON.', ko: 'expeditedPayload는 페이로드 JSON을 담은 REG_SZ 문자열이어야 합니다.' },
    why: {
      en: "Microsoft's Korean documentation gives expeditedPayload the type REG_SZ, a string holding the JSON; hex, REG_EXPAND_SZ or REG_MULTI_SZ data is a different type, and Windows is not documented to read it.",
      ko: "Microsoft의 한국어 문서는 expeditedPayload의 형식을 JSON을 담은 문자열인 REG_SZ로 지정합니다. hex, REG_EXPAND_SZ, REG_MULTI_SZ 데이터는 다른 형식이며, Windows가 이를 읽는다는 문서는 없습니다.",
    },
    examples: [example(VALID.replace(PAYLOAD, '"expeditedPayload"=dword:00000001'), VALID)],
  },
  'registry-work-completed': {
    rule: {
      en: 'workCompleted = 1 marks an updater as done (inferred from real machines, not documented): Windows does not run it again.',
      ko: 'workCompleted = 1은 업데이트 프로그램을 완료된 것으로 표시합니다(실제 장치에서 추론, 문서화되지 않음). Windows는 이를 다시 실행하지 않습니다.',
    },
    why: {
      en: "Public scripts that prepare real Windows 11 machines set workCompleted = 1 in a UScheduler_OOBE subkey to stop an updater from running; the meaning is inferred from them, not documented, so this is information, not an error.",
      ko: "실제 Windows 11 장치를 준비하는 공개 스크립트는 업데이트 프로그램의 실행을 막으려고 UScheduler_OOBE 하위 키에 workCompleted = 1을 설정합니다. 이 의미는 해당 스크립트에서 추론한 것이며 문서화되어 있지 않으므로, 오류가 아니라 정보로 표시합니다.",
    },
    examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PRIORITY, PAYLOAD, '"workCompleted"=dword:00000001'), VALID)],
  },
  'registry-blocked-updaters': {
    rule: {
      en: 'BlockedOobeUpdaters on UScheduler_OOBE names updaters Windows must not run (inferred from real machines, not documented).',
      ko: 'UScheduler_OOBE의 BlockedOobeUpdaters는 Windows가 실행하지 않을 업데이트 프로그램을 지정합니다(실제 장치에서 추론, 문서화되지 않음).',
    },
    why: {
      en: "Public scripts that prepare real Windows 11 machines write a REG_SZ BlockedOobeUpdaters (e.g. MS_Outlook) on UScheduler_OOBE to keep Windows' own updaters from running; the meaning is inferred from them, not documented.",
      ko: "실제 Windows 11 장치를 준비하는 공개 스크립트는 Windows 자체 업데이트 프로그램의 실행을 막으려고 UScheduler_OOBE에 REG_SZ 값 BlockedOobeUpdaters(예: MS_Outlook)를 씁니다. 이 의미는 해당 스크립트에서 추론한 것이며 문서화되어 있지 않습니다.",
    },
    examples: [example(reg(`[${KEY}]`, '"BlockedOobeUpdaters"="MS_Outlook"'))],
  },
  'registry-subkey-deleted': {
    rule: {
      en: 'Deleting a UScheduler_OOBE subkey removes that registration (how scripts stop Windows\' own updaters).',
      ko: 'UScheduler_OOBE 하위 키를 삭제하면 그 등록이 제거됩니다(스크립트가 Windows 자체 업데이트 프로그램을 멈추는 방식).',
    },
    why: {
      en: "Public scripts that prepare real Windows 11 machines delete subkeys such as OutlookUpdate or DevHomeUpdate to stop Windows' own expedited apps; the finding says which registration the file removes, which is easy to miss in a `[-…]` line.",
      ko: "실제 Windows 11 장치를 준비하는 공개 스크립트는 Windows 자체 신속 처리 앱을 멈추려고 OutlookUpdate나 DevHomeUpdate 같은 하위 키를 삭제합니다. `[-…]` 줄에서는 어떤 등록이 제거되는지 놓치기 쉬우므로 이를 알려 줍니다.",
    },
    examples: [example(reg(`[-${KEY}\\OutlookUpdate]`))],
  },
  'registry-subkey-name-unsafe': {
    rule: {
      en: 'A registration subkey name must survive Windows and the tools around it: no "/", no control characters, at most 255 characters, no trailing space or dot.',
      ko: '등록 하위 키 이름은 Windows와 주변 도구를 거쳐도 그대로 유지되어야 합니다. "/"와 제어 문자를 쓸 수 없고, 최대 255자이며, 공백이나 점으로 끝날 수 없습니다.',
    },
    why: {
      en: "Our own reading: the subkey name also names the registration in Add-UpdaterRegistration's check and in the tools that list, export and compare it; a `/`, a control character, a trailing space or dot, or more than 255 characters breaks one of them even where the registry accepts it.",
      ko: "Expedited Apps 자체 해석입니다. 하위 키 이름은 Add-UpdaterRegistration의 검사와, 등록을 나열·내보내기·비교하는 도구에서도 등록의 이름으로 쓰입니다. `/`, 제어 문자, 끝의 공백이나 점, 255자를 넘는 이름은 레지스트리가 받아들이더라도 이 중 어딘가를 망가뜨립니다.",
    },
    fix: { en: 'Rename the subkey to letters, digits, "_" and "-", e.g. Contoso_App.', ko: '하위 키 이름을 문자, 숫자, "_" 및 "-"로 바꿉니다(예: Contoso_App).' },
    examples: [example(VALID.replace('Contoso_PhotoEditor]', 'Contoso/PhotoEditor]'), VALID)],
  },
  'registry-unknown-value': {
    rule: {
      en: 'A registration subkey holds updaterPriority and expeditedPayload (and Windows\' own workCompleted); other values are ignored and are likely typos.',
      ko: '등록 하위 키에는 updaterPriority와 expeditedPayload(및 Windows 자체의 workCompleted)가 들어갑니다. 다른 값은 무시되며 오타일 가능성이 높습니다.',
    },
    why: {
      en: "Our own reading: Microsoft's Korean documentation defines two values per registration, and real machines add workCompleted; any other value is ignored by Windows, and is usually a misspelling, such as updaterPriorty, of one that matters.",
      ko: "Expedited Apps 자체 해석입니다. Microsoft의 한국어 문서는 등록마다 두 값을 정의하고, 실제 장치에는 workCompleted가 추가됩니다. 그 밖의 값은 Windows가 무시하며, 대개 updaterPriorty처럼 중요한 값의 철자를 잘못 쓴 것입니다.",
    },
    fix: { en: 'Rename the value to the suggested name.', ko: '값 이름을 제안된 이름으로 바꿉니다.' },
    examples: [example(VALID.replace('"updaterPriority"', '"updaterPriorty"'), VALID)],
  },
};
