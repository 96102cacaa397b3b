// Registry-form rules (domain.md §1 and §4). `priority-out-of-range` is shared with the file form
// (declared in json.ts); the registry area reports it on `updaterPriority` too.
import { defineMessages } from './message';
import { defineRule, type RuleExample } from './rule';

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

/** Quick-fix titles of the registry rules. */
export const registryFix = defineMessages('registry-fix', {
  useLocalMachine: { en: 'Use HKEY_LOCAL_MACHINE', ko: 'HKEY_LOCAL_MACHINE 사용' },
  removeWow64: { en: 'Remove Wow6432Node from the path', ko: '경로에서 Wow6432Node 제거' },
  addPriority: { en: 'Add "updaterPriority"=dword:00000064 (100, runs last) to {name}', ko: '{name}에 "updaterPriority"=dword:00000064(100, 마지막에 실행) 추가' },
  writePriority: { en: 'Write updaterPriority as {value}', ko: 'updaterPriority를 {value}(으)로 쓰기' },
  clampPriority: { en: 'Clamp updaterPriority to {value}', ko: 'updaterPriority를 {value}(으)로 맞추기' },
  renameTo: { en: 'Rename to {name}', ko: '{name}(으)로 이름 바꾸기' },
});

export const registryValueOnParent = defineRule({
  id: 'registry-value-on-parent',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: {
    en: 'Registrations are subkeys of UScheduler_OOBE; values on the UScheduler_OOBE key itself (other than BlockedOobeUpdaters) register nothing.',
    ko: '등록은 UScheduler_OOBE의 하위 키입니다. UScheduler_OOBE 키 자체에 있는 값(BlockedOobeUpdaters 제외)은 아무것도 등록하지 않습니다.',
  },
  fix: { en: 'Move the values into a subkey named for the app, e.g. UScheduler_OOBE\\Contoso_App.', ko: '값을 앱 이름의 하위 키(예: UScheduler_OOBE\\Contoso_App)로 옮깁니다.' },
  messages: {
    named: {
      en: '{name} is set on UScheduler_OOBE itself, which registers nothing: each registration is a subkey. Move it into a subkey named for the app, e.g. [{key}\\Contoso_App].',
      ko: '{name}이(가) UScheduler_OOBE 키 자체에 설정되어 있어 아무것도 등록하지 않습니다. 각 등록은 하위 키입니다. 앱 이름의 하위 키(예: [{key}\\Contoso_App])로 옮기세요.',
    },
    default: {
      en: 'The default value is set on UScheduler_OOBE itself, which registers nothing: each registration is a subkey. Move it into a subkey named for the app, e.g. [{key}\\Contoso_App].',
      ko: '기본값이 UScheduler_OOBE 키 자체에 설정되어 있어 아무것도 등록하지 않습니다. 각 등록은 하위 키입니다. 앱 이름의 하위 키(예: [{key}\\Contoso_App])로 옮기세요.',
    },
  },
  examples: [example(reg(`[${KEY}]`, PRIORITY, PAYLOAD), VALID)],
});

export const registryNotHklm = defineRule({
  id: 'registry-not-hklm',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: { en: 'The orchestrator reads registrations only from HKEY_LOCAL_MACHINE.', ko: '오케스트레이터는 HKEY_LOCAL_MACHINE에서만 등록을 읽습니다.' },
  fix: { en: 'Replace the root with HKEY_LOCAL_MACHINE.', ko: '루트 키를 HKEY_LOCAL_MACHINE으로 바꿉니다.' },
  messages: {
    root: {
      en: 'The orchestrator reads registrations only from HKEY_LOCAL_MACHINE; this key is under {root}. Use HKEY_LOCAL_MACHINE.',
      ko: '오케스트레이터는 HKEY_LOCAL_MACHINE에서만 등록을 읽지만 이 키는 {root} 아래에 있습니다. HKEY_LOCAL_MACHINE을 사용하세요.',
    },
  },
  examples: [example(VALID.replace('HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER'), VALID)],
});

export const registry32BitView = defineRule({
  id: 'registry-32-bit-view',
  severity: 'error',
  area: 'registry',
  source: 'reg-format',
  rule: {
    en: 'Wow6432Node is the 32-bit registry view; the 64-bit update service does not read registrations there.',
    ko: 'Wow6432Node는 32비트 레지스트리 보기이며, 64비트 업데이트 서비스는 거기서 등록을 읽지 않습니다.',
  },
  fix: { en: 'Remove Wow6432Node\\ from the key path (import with reg import /reg:64).', ko: '키 경로에서 Wow6432Node\\를 제거합니다(reg import /reg:64로 가져오기).' },
  supersedes: ['reg-key-wow6432node'],
  messages: {
    wow64: {
      en: 'Wow6432Node is the 32-bit registry view: the 64-bit update service never reads registrations there. Remove Wow6432Node\\ from the path (and import with reg import /reg:64).',
      ko: 'Wow6432Node는 32비트 레지스트리 보기이므로 64비트 업데이트 서비스는 거기서 등록을 읽지 않습니다. 경로에서 Wow6432Node\\를 제거하세요(그리고 reg import /reg:64로 가져오기).',
    },
  },
  examples: [example(VALID.replace('SOFTWARE\\Microsoft', 'SOFTWARE\\Wow6432Node\\Microsoft'), VALID)],
});

export const registryNestedSubkey = defineRule({
  id: 'registry-nested-subkey',
  severity: 'warning',
  area: 'registry',
  source: 'KO-DOC',
  rule: { en: 'Only direct subkeys of UScheduler_OOBE are registrations; deeper subkeys are ignored.', ko: 'UScheduler_OOBE의 바로 아래 하위 키만 등록이며, 더 깊은 하위 키는 무시됩니다.' },
  messages: {
    nested: {
      en: 'The orchestrator reads only direct subkeys of UScheduler_OOBE; this key below {name} is ignored. Put its values in {name} itself or in its own subkey of UScheduler_OOBE.',
      ko: '오케스트레이터는 UScheduler_OOBE의 바로 아래 하위 키만 읽으므로 {name} 아래의 이 키는 무시됩니다. 값을 {name} 자체에 넣거나 UScheduler_OOBE 아래의 별도 하위 키에 넣으세요.',
    },
  },
  examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PRIORITY, PAYLOAD, '', `[${KEY}\\Contoso_PhotoEditor\\Settings]`, '"Mode"="1"'), VALID)],
});

export const registryPriorityMissing = defineRule({
  id: 'registry-priority-missing',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: {
    en: 'A registration needs updaterPriority (REG_DWORD 1..100): the OEM "must create" both updaterPriority and expeditedPayload, so a missing one is as wrong as an out-of-range one.',
    ko: '등록에는 updaterPriority(REG_DWORD 1..100)가 필요합니다. OEM은 updaterPriority와 expeditedPayload를 모두 "만들어야" 하므로, 값이 없는 것은 범위를 벗어난 것만큼 잘못입니다.',
  },
  fix: { en: 'Add "updaterPriority"=dword:00000064 under the key line.', ko: '키 줄 아래에 "updaterPriority"=dword:00000064를 추가합니다.' },
  messages: {
    missing: {
      en: '{name} has no updaterPriority: the documentation says the OEM must create it beside expeditedPayload (without it the run order is undocumented; this tool assumes {assumed}, the last place). Add "updaterPriority"=dword:000000NN with a value 1..100 (lower runs earlier).',
      ko: '{name}에 updaterPriority가 없습니다. 설명서에 따르면 OEM은 expeditedPayload 옆에 이 값을 만들어야 합니다(없으면 실행 순서가 문서화되어 있지 않으며, 이 도구는 마지막 순서인 {assumed}(으)로 가정함). 1..100 값으로 "updaterPriority"=dword:000000NN을 추가하세요(낮을수록 먼저 실행).',
    },
  },
  examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PAYLOAD), VALID)],
});

export const registryPriorityType = defineRule({
  id: 'registry-priority-type',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: { en: 'updaterPriority must be a REG_DWORD (dword:000000NN).', ko: 'updaterPriority는 REG_DWORD(dword:000000NN)여야 합니다.' },
  fix: { en: 'Rewrite the value as dword: with the same number.', ko: '같은 숫자를 dword: 값으로 다시 씁니다.' },
  messages: {
    type: {
      en: 'updaterPriority must be a REG_DWORD (dword:000000NN); found {type}, which the orchestrator does not read (this tool assumes {assumed}).',
      ko: 'updaterPriority는 REG_DWORD(dword:000000NN)여야 합니다. 발견된 형식은 {type}이며 오케스트레이터는 이를 읽지 않습니다(이 도구는 {assumed}(으)로 가정함).',
    },
    noData: {
      en: 'updaterPriority must be a REG_DWORD (dword:000000NN); found no data, which the orchestrator does not read (this tool assumes {assumed}).',
      ko: 'updaterPriority는 REG_DWORD(dword:000000NN)여야 합니다. 데이터가 없으며 오케스트레이터는 이를 읽지 않습니다(이 도구는 {assumed}(으)로 가정함).',
    },
  },
  examples: [example(VALID.replace(PRIORITY, '"updaterPriority"="20"'), VALID)],
});

export const registryPayloadMissing = defineRule({
  id: 'registry-payload-missing',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: {
    en: 'A registration needs expeditedPayload (REG_SZ holding the payload JSON); without it nothing is installed.',
    ko: '등록에는 expeditedPayload(페이로드 JSON을 담은 REG_SZ)가 필요합니다. 없으면 아무것도 설치되지 않습니다.',
  },
  messages: {
    missing: {
      en: '{name} has no expeditedPayload: without it there is nothing to install. Add "expeditedPayload"="{\\"PFN\\": \\"...\\", \\"Endpoint\\": \\"https://...\\"}".',
      ko: '{name}에 expeditedPayload가 없습니다. 없으면 설치할 것이 없습니다. "expeditedPayload"="{\\"PFN\\": \\"...\\", \\"Endpoint\\": \\"https://...\\"}"를 추가하세요.',
    },
  },
  examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PRIORITY), VALID)],
});

export const registryPayloadType = defineRule({
  id: 'registry-payload-type',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  rule: { en: 'expeditedPayload must be a REG_SZ string holding the payload JSON.', ko: 'expeditedPayload는 페이로드 JSON을 담은 REG_SZ 문자열이어야 합니다.' },
  messages: {
    type: {
      en: 'expeditedPayload must be a REG_SZ string holding the payload JSON; found {type}. Write it as "expeditedPayload"="{...}" with \\" for each quote.',
      ko: 'expeditedPayload는 페이로드 JSON을 담은 REG_SZ 문자열이어야 합니다. 발견된 형식: {type}. 각 따옴표를 \\"로 이스케이프하여 "expeditedPayload"="{...}"로 쓰세요.',
    },
    noData: {
      en: 'expeditedPayload must be a REG_SZ string holding the payload JSON; found no data. Write it as "expeditedPayload"="{...}" with \\" for each quote.',
      ko: 'expeditedPayload는 페이로드 JSON을 담은 REG_SZ 문자열이어야 합니다. 데이터가 없습니다. 각 따옴표를 \\"로 이스케이프하여 "expeditedPayload"="{...}"로 쓰세요.',
    },
  },
  examples: [example(VALID.replace(PAYLOAD, '"expeditedPayload"=dword:00000001'), VALID)],
});

export const registryWorkCompleted = defineRule({
  id: 'registry-work-completed',
  severity: 'information',
  area: 'registry',
  source: 'WILD',
  rule: {
    en: 'workCompleted = 1 marks an updater as done (inferred from real machines, not documented): Windows does not run it again.',
    ko: 'workCompleted = 1은 업데이트 프로그램을 완료된 것으로 표시합니다(실제 장치에서 추론, 문서화되지 않음). Windows는 이를 다시 실행하지 않습니다.',
  },
  messages: {
    done: {
      en: 'workCompleted = 1 marks this updater as done: Windows will not run it (this is how Windows records a finished updater and how scripts stop one). Inferred from real machines, not documented.',
      ko: 'workCompleted = 1은 이 업데이트 프로그램을 완료된 것으로 표시하므로 Windows는 이를 실행하지 않습니다(Windows가 끝난 업데이트 프로그램을 기록하는 방식이자 스크립트가 업데이트 프로그램을 멈추는 방식). 실제 장치에서 추론한 것이며 문서화되지 않았습니다.',
    },
    dword: {
      en: 'workCompleted is {value}: only a REG_DWORD 1 is known to mark the updater as done, so Windows still runs it. Inferred from real machines, not documented.',
      ko: 'workCompleted가 {value}입니다. 업데이트 프로그램을 완료로 표시하는 것은 REG_DWORD 1뿐이므로 Windows는 여전히 이를 실행합니다. 실제 장치에서 추론한 것이며 문서화되지 않았습니다.',
    },
    type: {
      en: 'workCompleted is a {type} value: only a REG_DWORD 1 is known to mark the updater as done, so Windows still runs it. Inferred from real machines, not documented.',
      ko: 'workCompleted가 {type} 값입니다. 업데이트 프로그램을 완료로 표시하는 것은 REG_DWORD 1뿐이므로 Windows는 여전히 이를 실행합니다. 실제 장치에서 추론한 것이며 문서화되지 않았습니다.',
    },
    deleted: {
      en: 'workCompleted is a deleted value: only a REG_DWORD 1 is known to mark the updater as done, so Windows still runs it. Inferred from real machines, not documented.',
      ko: 'workCompleted가 삭제된 값입니다. 업데이트 프로그램을 완료로 표시하는 것은 REG_DWORD 1뿐이므로 Windows는 여전히 이를 실행합니다. 실제 장치에서 추론한 것이며 문서화되지 않았습니다.',
    },
  },
  examples: [example(reg(`[${KEY}\\Contoso_PhotoEditor]`, PRIORITY, PAYLOAD, '"workCompleted"=dword:00000001'), VALID)],
});

export const registryBlockedUpdaters = defineRule({
  id: 'registry-blocked-updaters',
  severity: 'information',
  area: 'registry',
  source: 'WILD',
  rule: {
    en: 'BlockedOobeUpdaters on UScheduler_OOBE names updaters Windows must not run (inferred from real machines, not documented).',
    ko: 'UScheduler_OOBE의 BlockedOobeUpdaters는 Windows가 실행하지 않을 업데이트 프로그램을 지정합니다(실제 장치에서 추론, 문서화되지 않음).',
  },
  messages: {
    names: {
      en: 'BlockedOobeUpdaters names {names}: Windows skips the updaters it names during OOBE (inferred from real machines, where MS_Outlook was seen; not documented). It does not register anything.',
      ko: 'BlockedOobeUpdaters에 {names}이(가) 지정되어 있습니다. Windows는 OOBE 중에 지정된 업데이트 프로그램을 건너뜁니다(MS_Outlook이 관찰된 실제 장치에서 추론, 문서화되지 않음). 아무것도 등록하지 않습니다.',
    },
    set: {
      en: 'BlockedOobeUpdaters is set: Windows skips the updaters it names during OOBE (inferred from real machines, where MS_Outlook was seen; not documented). It does not register anything.',
      ko: 'BlockedOobeUpdaters가 설정되어 있습니다. Windows는 OOBE 중에 지정된 업데이트 프로그램을 건너뜁니다(MS_Outlook이 관찰된 실제 장치에서 추론, 문서화되지 않음). 아무것도 등록하지 않습니다.',
    },
  },
  examples: [example(reg(`[${KEY}]`, '"BlockedOobeUpdaters"="MS_Outlook"'))],
});

export const registrySubkeyDeleted = defineRule({
  id: 'registry-subkey-deleted',
  severity: 'information',
  area: 'registry',
  source: 'WILD',
  rule: {
    en: 'Deleting a UScheduler_OOBE subkey removes that registration (how scripts stop Windows\' own updaters).',
    ko: 'UScheduler_OOBE 하위 키를 삭제하면 그 등록이 제거됩니다(스크립트가 Windows 자체 업데이트 프로그램을 멈추는 방식).',
  },
  messages: {
    registration: {
      en: 'Deletes the registration {name}: the orchestrator will not run it (how scripts stop Windows\' own updaters such as OutlookUpdate; inferred from real machines, not documented).',
      ko: '등록 {name}을(를) 삭제합니다. 오케스트레이터는 이를 실행하지 않습니다(스크립트가 OutlookUpdate 같은 Windows 자체 업데이트 프로그램을 멈추는 방식, 실제 장치에서 추론, 문서화되지 않음).',
    },
    parent: {
      en: 'Deletes UScheduler_OOBE with every registration below it, Windows\' own (DevHomeUpdate, OutlookUpdate, ...) included.',
      ko: 'UScheduler_OOBE를 그 아래의 모든 등록과 함께 삭제합니다. Windows 자체 등록(DevHomeUpdate, OutlookUpdate 등)도 포함됩니다.',
    },
  },
  examples: [example(reg(`[-${KEY}\\OutlookUpdate]`))],
});

export const registrySubkeyNameUnsafe = defineRule({
  id: 'registry-subkey-name-unsafe',
  severity: 'error',
  area: 'registry',
  source: 'expedited-apps',
  rule: {
    en: 'A registration subkey name must survive Windows and the tools around it: no "/", no control characters, at most 255 characters, no trailing space or dot.',
    ko: '등록 하위 키 이름은 Windows와 주변 도구를 거쳐도 그대로 유지되어야 합니다. "/"와 제어 문자를 쓸 수 없고, 최대 255자이며, 공백이나 점으로 끝날 수 없습니다.',
  },
  fix: { en: 'Rename the subkey to letters, digits, "_" and "-", e.g. Contoso_App.', ko: '하위 키 이름을 문자, 숫자, "_" 및 "-"로 바꿉니다(예: Contoso_App).' },
  messages: {
    tooLong: {
      en: 'The subkey name is {length} characters long: Windows stores key names of at most {max} characters, so the import fails or the name cannot be written back. Shorten it.',
      ko: '하위 키 이름이 {length}자입니다. Windows는 최대 {max}자의 키 이름만 저장하므로 가져오기가 실패하거나 이름을 다시 쓸 수 없습니다. 이름을 줄이세요.',
    },
    control: {
      en: 'The subkey name contains the control character {char}: a .reg file or a reg.exe command line cannot carry it reliably. Remove it.',
      ko: '하위 키 이름에 제어 문자 {char}이(가) 있습니다. .reg 파일이나 reg.exe 명령줄로는 이 문자를 안정적으로 전달할 수 없습니다. 제거하세요.',
    },
    slash: {
      en: 'The subkey name contains "/": the registry accepts it, but tools that turn key names into file and folder names (exports, backups, scripts) read it as a path separator, so the name does not round-trip. Use "_" or "-" instead.',
      ko: '하위 키 이름에 "/"가 있습니다. 레지스트리는 이를 허용하지만 키 이름을 파일 및 폴더 이름으로 바꾸는 도구(내보내기, 백업, 스크립트)는 이를 경로 구분 기호로 읽으므로 이름이 그대로 유지되지 않습니다. 대신 "_" 또는 "-"를 사용하세요.',
    },
    trailing: {
      en: 'The subkey name ends with a space or a dot: Windows path handling strips those, so tools that use the name as a file or folder name (exports, backups, scripts) do not get it back unchanged. Remove the trailing character.',
      ko: '하위 키 이름이 공백이나 점으로 끝납니다. Windows 경로 처리는 이를 제거하므로 이름을 파일 또는 폴더 이름으로 쓰는 도구(내보내기, 백업, 스크립트)는 이름을 그대로 돌려받지 못합니다. 끝 문자를 제거하세요.',
    },
  },
  examples: [example(VALID.replace('Contoso_PhotoEditor]', 'Contoso/PhotoEditor]'), VALID)],
});

export const registryUnknownValue = defineRule({
  id: 'registry-unknown-value',
  severity: 'warning',
  area: 'registry',
  source: 'expedited-apps',
  rule: {
    en: 'A registration subkey holds updaterPriority and expeditedPayload (and Windows\' own workCompleted); other values are ignored and are likely typos.',
    ko: '등록 하위 키에는 updaterPriority와 expeditedPayload(및 Windows 자체의 workCompleted)가 들어갑니다. 다른 값은 무시되며 오타일 가능성이 높습니다.',
  },
  fix: { en: 'Rename the value to the suggested name.', ko: '값 이름을 제안된 이름으로 바꿉니다.' },
  messages: {
    didYouMean: {
      en: '{name} is not a value the orchestrator reads in a registration; it is ignored. Did you mean {suggestion}?',
      ko: '{name}은(는) 오케스트레이터가 등록에서 읽는 값이 아니므로 무시됩니다. {suggestion}을(를) 의도하셨나요?',
    },
    named: {
      en: '{name} is not a value the orchestrator reads in a registration; it is ignored. A registration holds updaterPriority (REG_DWORD) and expeditedPayload (REG_SZ).',
      ko: '{name}은(는) 오케스트레이터가 등록에서 읽는 값이 아니므로 무시됩니다. 등록에는 updaterPriority(REG_DWORD)와 expeditedPayload(REG_SZ)가 들어갑니다.',
    },
    default: {
      en: 'The default value is not a value the orchestrator reads in a registration; it is ignored. A registration holds updaterPriority (REG_DWORD) and expeditedPayload (REG_SZ).',
      ko: '기본값은 오케스트레이터가 등록에서 읽는 값이 아니므로 무시됩니다. 등록에는 updaterPriority(REG_DWORD)와 expeditedPayload(REG_SZ)가 들어갑니다.',
    },
  },
  examples: [example(VALID.replace('"updaterPriority"', '"updaterPriorty"'), VALID)],
});

export const registryRules = [registryValueOnParent, registryNotHklm, registry32BitView, registryNestedSubkey, registryPriorityMissing, registryPriorityType, registryPayloadMissing, registryPayloadType, registryWorkCompleted, registryBlockedUpdaters, registrySubkeyDeleted, registrySubkeyNameUnsafe, registryUnknownValue] as const;
