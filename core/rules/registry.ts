// Registry-form rules (domain.md §1 and §4). `priority-out-of-range` is shared with the file form
// (declared in json.ts); the registry area reports it on `updaterPriority` too.
import { defineMessages } from './message';
import { defineRule } from './rule';

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
});

export const registryNotHklm = defineRule({
  id: 'registry-not-hklm',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  messages: {
    root: {
      en: 'The orchestrator reads registrations only from HKEY_LOCAL_MACHINE; this key is under {root}. Use HKEY_LOCAL_MACHINE.',
      ko: '오케스트레이터는 HKEY_LOCAL_MACHINE에서만 등록을 읽지만 이 키는 {root} 아래에 있습니다. HKEY_LOCAL_MACHINE을 사용하세요.',
    },
  },
});

export const registry32BitView = defineRule({
  id: 'registry-32-bit-view',
  severity: 'error',
  area: 'registry',
  source: 'reg-format',
  supersedes: ['reg-key-wow6432node'],
  messages: {
    wow64: {
      en: 'Wow6432Node is the 32-bit registry view: the 64-bit update service never reads registrations there. Remove Wow6432Node\\ from the path (and import with reg import /reg:64).',
      ko: 'Wow6432Node는 32비트 레지스트리 보기이므로 64비트 업데이트 서비스는 거기서 등록을 읽지 않습니다. 경로에서 Wow6432Node\\를 제거하세요(그리고 reg import /reg:64로 가져오기).',
    },
  },
});

export const registryNestedSubkey = defineRule({
  id: 'registry-nested-subkey',
  severity: 'warning',
  area: 'registry',
  source: 'KO-DOC',
  messages: {
    nested: {
      en: 'The orchestrator reads only direct subkeys of UScheduler_OOBE; this key below {name} is ignored. Put its values in {name} itself or in its own subkey of UScheduler_OOBE.',
      ko: '오케스트레이터는 UScheduler_OOBE의 바로 아래 하위 키만 읽으므로 {name} 아래의 이 키는 무시됩니다. 값을 {name} 자체에 넣거나 UScheduler_OOBE 아래의 별도 하위 키에 넣으세요.',
    },
  },
});

export const registryPriorityMissing = defineRule({
  id: 'registry-priority-missing',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  messages: {
    missing: {
      en: '{name} has no updaterPriority: the documentation says the OEM must create it beside expeditedPayload (without it the run order is undocumented; this tool assumes {assumed}, the last place). Add "updaterPriority"=dword:000000NN with a value 1..100 (lower runs earlier).',
      ko: '{name}에 updaterPriority가 없습니다. 설명서에 따르면 OEM은 expeditedPayload 옆에 이 값을 만들어야 합니다(없으면 실행 순서가 문서화되어 있지 않으며, 이 도구는 마지막 순서인 {assumed}(으)로 가정함). 1..100 값으로 "updaterPriority"=dword:000000NN을 추가하세요(낮을수록 먼저 실행).',
    },
  },
});

export const registryPriorityType = defineRule({
  id: 'registry-priority-type',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
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
});

export const registryPayloadMissing = defineRule({
  id: 'registry-payload-missing',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
  messages: {
    missing: {
      en: '{name} has no expeditedPayload: without it there is nothing to install. Add "expeditedPayload"="{\\"PFN\\": \\"...\\", \\"Endpoint\\": \\"https://...\\"}".',
      ko: '{name}에 expeditedPayload가 없습니다. 없으면 설치할 것이 없습니다. "expeditedPayload"="{\\"PFN\\": \\"...\\", \\"Endpoint\\": \\"https://...\\"}"를 추가하세요.',
    },
  },
});

export const registryPayloadType = defineRule({
  id: 'registry-payload-type',
  severity: 'error',
  area: 'registry',
  source: 'KO-DOC',
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
});

export const registryWorkCompleted = defineRule({
  id: 'registry-work-completed',
  severity: 'information',
  area: 'registry',
  source: 'WILD',
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
});

export const registryBlockedUpdaters = defineRule({
  id: 'registry-blocked-updaters',
  severity: 'information',
  area: 'registry',
  source: 'WILD',
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
});

export const registrySubkeyDeleted = defineRule({
  id: 'registry-subkey-deleted',
  severity: 'information',
  area: 'registry',
  source: 'WILD',
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
});

export const registrySubkeyNameUnsafe = defineRule({
  id: 'registry-subkey-name-unsafe',
  severity: 'error',
  area: 'registry',
  source: 'expedited-apps',
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
});

export const registryUnknownValue = defineRule({
  id: 'registry-unknown-value',
  severity: 'warning',
  area: 'registry',
  source: 'expedited-apps',
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
});

export const registryRules = [registryValueOnParent, registryNotHklm, registry32BitView, registryNestedSubkey, registryPriorityMissing, registryPriorityType, registryPayloadMissing, registryPayloadType, registryWorkCompleted, registryBlockedUpdaters, registrySubkeyDeleted, registrySubkeyNameUnsafe, registryUnknownValue] as const;
