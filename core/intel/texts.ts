// The words of hovers, completions, code lenses, outline details and code action titles, in every
// locale. Core builds Messages from them; the server renders them for the user's locale.
import { defineMessages, list, type Arg, type Message } from '../rules/message';

export const intelText = defineMessages('intel', {
  // Structure: a Markdown block of lines, and parts joined by one separator.
  lines: { en: '{lines}', ko: '{lines}' },
  joined: { en: '{parts}', ko: '{parts}' },

  // Where a key's or value's rule comes from (domain.md's source tags).
  sourceAO: { en: "Microsoft's AppOrchestration module (Test-UpdaterRegistration)", ko: 'Microsoft의 AppOrchestration 모듈(Test-UpdaterRegistration)' },
  sourceEnDoc: { en: 'Microsoft\'s "Register an OEM application during the imaging process" page', ko: 'Microsoft의 "이미징 프로세스 중에 OEM 애플리케이션 등록" 문서' },
  sourceKoDoc: { en: "Microsoft's UpdateOrchestrator API page (registry form)", ko: 'Microsoft의 UpdateOrchestrator API 문서(레지스트리 형식)' },
  sourceWild: { en: 'what real Windows 11 machines and public scripts show (inferred, not documented)', ko: '실제 Windows 11 컴퓨터와 공개 스크립트에서 확인한 동작(추론, 문서화되지 않음)' },
  sourceRegFormat: { en: 'how regedit and reg import read .reg files', ko: 'regedit와 reg import가 .reg 파일을 읽는 방식' },
  sourceTagged: { en: '{source} [{tag}]', ko: '{source} [{tag}]' },
  sourceLine: { en: 'Source: {source}', ko: '출처: {source}' },

  // Key facts (completion details, hovers).
  required: { en: 'required', ko: '필수' },
  requiredWhen: { en: 'required when Source is {source}', ko: 'Source가 {source}이면 필수' },
  requiredFact: { en: '**Required**', ko: '**필수**' },
  requiredWhenFact: { en: '**Required when Source is {source}**', ko: '**Source가 {source}이면 필수**' },
  optionalFact: { en: 'Optional', ko: '선택 사항' },
  defaultValue: { en: 'default {value}', ko: '기본값 {value}' },
  defaultFact: { en: 'default `{value}`', ko: '기본값 `{value}`' },
  rangeFact: { en: 'range `{range}`', ko: '범위 `{range}`' },
  oneOfFact: { en: 'one of {values}', ko: '{values} 중 하나' },
  ignoredWithSource: { en: 'ignored with Source {source}', ko: 'Source가 {source}이면 무시됨' },
  keyIsDefault: { en: '{key} (default)', ko: '{key}(기본값)' },
  keyHeading: { en: '**{key}** ({form}) · `{type}`', ko: '**{key}** ({form}) · `{type}`' },
  formRegistrationFile: { en: 'registration file', ko: '등록 파일' },

  // Regions and editions.
  regionNotValid: { en: '**{code}** is not a valid region: {reason}.', ko: '**{code}**은(는) 유효한 지역이 아닙니다: {reason}.' },
  nameRequired: { en: '{what} is required', ko: '{what}은(는) 필수입니다' },
  nameChars: { en: "{what} may only contain letters, digits, '_' and '-'", ko: "{what}에는 문자, 숫자, '_', '-'만 사용할 수 있습니다" },
  regionLowercase: { en: '{code} is lowercase; ISO 3166-1 codes are uppercase ({upper})', ko: '{code}은(는) 소문자입니다. ISO 3166-1 코드는 대문자로 씁니다({upper})' },
  regionLowercaseUserAssigned: { en: '{code} is lowercase; region codes are uppercase ({upper})', ko: '{code}은(는) 소문자입니다. 지역 코드는 대문자로 씁니다({upper})' },
  regionUse: { en: 'Use `{code}`.', ko: '`{code}`을(를) 사용하십시오.' },
  regionUseNamed: { en: 'Use `{code}` ({name}).', ko: '`{code}`({name})을(를) 사용하십시오.' },
  regionRule: { en: 'Regions are officially assigned ISO 3166-1 alpha-2 codes, uppercase.', ko: '지역은 공식적으로 할당된 ISO 3166-1 alpha-2 코드이며 대문자로 씁니다.' },
  regionKosovoNote: {
    en: "XK is a user-assigned code, not an ISO 3166-1 assignment; Windows' own geo data uses it for Kosovo, so a device set to Kosovo reports XK.",
    ko: 'XK는 ISO 3166-1에서 할당한 코드가 아니라 사용자 할당 코드입니다. Windows 자체 지역 데이터가 코소보에 이 코드를 사용하므로 코소보로 설정된 디바이스는 XK를 보고합니다.',
  },
  editionUnknown: { en: '**{code}** is not a known Windows edition code (GetProductInfo).', ko: '**{code}**은(는) 알려진 Windows 에디션 코드(GetProductInfo)가 아닙니다.' },
  editionCode: { en: '`{constant}` ({hex}), a GetProductInfo edition code', ko: '`{constant}` ({hex}), GetProductInfo 에디션 코드' },
  editionServer: { en: "A Server edition: Microsoft's AppOrchestration module refuses to run there.", ko: 'Server 에디션: Microsoft의 AppOrchestration 모듈은 이 에디션에서 실행되지 않습니다.' },
  editionServerDoc: { en: "`{constant}` · a Server edition: Microsoft's AppOrchestration module refuses to run there", ko: '`{constant}` · Server 에디션: Microsoft의 AppOrchestration 모듈은 이 에디션에서 실행되지 않음' },
  editionSpecial: { en: 'Not a real edition.', ko: '실제 에디션이 아닙니다.' },

  // The registry form.
  parentKeyHover: {
    en: "**UScheduler_OOBE** · `{path}`\n\nThe orchestrator's key: each subkey is one expedited app registration. Values on this key itself register nothing (except `BlockedOobeUpdaters`).",
    ko: '**UScheduler_OOBE** · `{path}`\n\n오케스트레이터의 키: 각 하위 키가 신속 처리 앱 등록 하나입니다. 이 키 자체의 값은 아무것도 등록하지 않습니다(`BlockedOobeUpdaters` 제외).',
  },
  priorityOutOfRange: { en: 'Out of range: updaterPriority must be 1..100.', ko: '범위를 벗어남: updaterPriority는 1..100이어야 합니다.' },
  headerDetail: { en: 'the .reg header (first line)', ko: '.reg 헤더(첫 줄)' },
  headerDoc: {
    en: 'Every `.reg` file starts with this line; without it `reg import` imports nothing. `{v4}` also works but reads strings as ANSI.',
    ko: '모든 `.reg` 파일은 이 줄로 시작합니다. 이 줄이 없으면 `reg import`가 아무것도 가져오지 않습니다. `{v4}`도 사용할 수 있지만 문자열을 ANSI로 읽습니다.',
  },
  newRegFileDetail: { en: 'header, then a registration: key, updaterPriority, expeditedPayload', ko: '헤더와 등록 하나: 키, updaterPriority, expeditedPayload' },
  newRegFileDoc: { en: 'The `{header}` header and a registration subkey of `{path}`. Source: {source}', ko: '`{header}` 헤더와 `{path}`의 등록 하위 키. 출처: {source}' },
  newRegistrationDetail: { en: 'registry-form registration: key, updaterPriority, expeditedPayload', ko: '레지스트리 형식 등록: 키, updaterPriority, expeditedPayload' },
  newRegistrationDoc: {
    en: 'A registration subkey of `{path}` with `updaterPriority` and an escaped `expeditedPayload`. Source: {source}',
    ko: '`updaterPriority`와 이스케이프된 `expeditedPayload`가 있는 `{path}`의 등록 하위 키. 출처: {source}',
  },
  registrationKeyDetail: { en: 'a registration (registry form)', ko: '등록(레지스트리 형식)' },
  registrationKeyDoc: {
    en: 'One subkey per app, named as you like (e.g. `Contoso_PhotoStudio`). Key names are case-insensitive. Source: {source}',
    ko: '앱마다 하위 키가 하나이며 이름은 자유롭게 정합니다(예: `Contoso_PhotoStudio`). 키 이름은 대/소문자를 구분하지 않습니다. 출처: {source}',
  },
  parentKeyDetail: { en: 'the parent key (BlockedOobeUpdaters only)', ko: '부모 키(BlockedOobeUpdaters 전용)' },
  parentKeyDoc: {
    en: 'Registrations are its subkeys; values on this key itself register nothing (except `BlockedOobeUpdaters`).',
    ko: '등록은 이 키의 하위 키입니다. 이 키 자체의 값은 아무것도 등록하지 않습니다(`BlockedOobeUpdaters` 제외).',
  },
  registryRoot: { en: 'registry root', ko: '레지스트리 루트' },
  dwordDetail: { en: 'REG_DWORD (8 hex digits)', ko: 'REG_DWORD(16진수 8자리)' },

  // Titles of the snippets that write a whole file or registration.
  newRegFileLabel: { en: 'New .reg file with a registration (UScheduler_OOBE)', ko: '등록이 들어 있는 새 .reg 파일(UScheduler_OOBE)' },
  newRegistrationLabel: { en: 'New registration (UScheduler_OOBE)', ko: '새 등록(UScheduler_OOBE)' },
  newRegistrationFileLabel: { en: 'New registration file ({source})', ko: '새 등록 파일({source})' },
  newPayloadLabel: { en: 'New expeditedPayload', ko: '새 expeditedPayload' },

  // Registration-file templates.
  registrationFileDetail: { en: 'updater_<UpdaterName>.json with Source {source}', ko: 'Source가 {source}인 updater_<UpdaterName>.json' },
  registrationFileDoc: {
    en: 'A complete registration-file form registration (AppOrchestration), Source `{source}`. Tab through the placeholders.',
    ko: '등록 파일 형식의 완전한 등록(AppOrchestration), Source `{source}`. Tab 키로 자리 표시자를 차례로 이동합니다.',
  },
  payloadDetail: { en: "the JSON of the registry form's expeditedPayload value", ko: '레지스트리 형식 expeditedPayload 값의 JSON' },
  payloadDoc: {
    en: 'A complete `expeditedPayload` (registry form): PFN, an `https://` Endpoint and the optional settings with their defaults.',
    ko: '완전한 `expeditedPayload`(레지스트리 형식): PFN, `https://` Endpoint, 기본값이 들어간 선택적 설정.',
  },

  // Run order (code lenses, hovers, outline).
  ordinalSt: { en: '{n}st', ko: '{n}번째' },
  ordinalNd: { en: '{n}nd', ko: '{n}번째' },
  ordinalRd: { en: '{n}rd', ko: '{n}번째' },
  ordinalTh: { en: '{n}th', ko: '{n}번째' },
  runPlace: { en: 'priority {priority} · runs {rank} of {total}', ko: '우선 순위 {priority} · {total}개 중 {rank}로 실행' },
  runPlaceDefault: { en: 'priority {priority} (default) · runs {rank} of {total}', ko: '우선 순위 {priority}(기본값) · {total}개 중 {rank}로 실행' },
  priority: { en: 'priority {priority}', ko: '우선 순위 {priority}' },
  priorityDefault: { en: 'priority {priority} (default)', ko: '우선 순위 {priority}(기본값)' },
  formRegistry: { en: 'registry form (UScheduler_OOBE subkey)', ko: '레지스트리 형식(UScheduler_OOBE 하위 키)' },
  registrationHeading: { en: '**{name}** · {form}', ko: '**{name}** · {form}' },
  placeInWorkspace: {
    en: '{place} among the registrations in the workspace (lower priority runs earlier).',
    ko: '{place}: 작업 영역의 모든 등록 기준(우선 순위 값이 낮을수록 먼저 실행됨).',
  },
  noUpdaterPriority: { en: 'No `updaterPriority`: the orchestrator falls back to an undocumented default.', ko: '`updaterPriority`가 없음: 오케스트레이터가 문서화되지 않은 기본값을 사용합니다.' },
  noPriority: { en: 'No `Priority`: the default `100` applies.', ko: '`Priority`가 없음: 기본값 `100`이 적용됩니다.' },
  runsAfter: { en: 'Runs after `{after}` (priority {afterPriority}).', ko: '`{after}`(우선 순위 {afterPriority}) 다음에 실행됩니다.' },
  runsBefore: { en: 'Runs before `{before}` (priority {beforePriority}).', ko: '`{before}`(우선 순위 {beforePriority}) 전에 실행됩니다.' },
  runsBetween: {
    en: 'Runs after `{after}` (priority {afterPriority}), before `{before}` (priority {beforePriority}).',
    ko: '`{after}`(우선 순위 {afterPriority}) 다음, `{before}`(우선 순위 {beforePriority}) 전에 실행됩니다.',
  },
  sharesPriority: {
    en: 'Shares priority {priority} with {names}: the sources leave their order unspecified; we assume by name.',
    ko: '{names}와(과) 우선 순위 {priority}이(가) 같습니다. 출처 문서에 이들의 순서가 정해져 있지 않으므로 이름순으로 가정합니다.',
  },
  workCompleted: { en: '`workCompleted` = 1: Windows treats this updater as done (inferred).', ko: '`workCompleted` = 1: Windows가 이 업데이트 프로그램을 완료된 것으로 처리합니다(추론).' },
  hasErrors: { en: 'Has errors: Windows would skip or reject it as written.', ko: '오류가 있음: 작성된 그대로라면 Windows가 이 등록을 건너뛰거나 거부합니다.' },

  // Outline details.
  valueDeleted: { en: 'deleted', ko: '삭제됨' },
  keyDeleted: { en: 'deletes the key', ko: '키를 삭제함' },

  // Commands the server offers.
  fixAll: { en: 'Fix all auto-fixable problems', ko: '자동으로 수정할 수 있는 문제 모두 수정' },
  previewPriorityOrder: { en: 'Preview Priority Order', ko: '우선 순위 순서 미리 보기' },
  apply: { en: 'Apply', ko: '적용' },

  // Errors the server answers `expeditedApps/simulate` with (the preview panel shows them).
  simulateParams: { en: 'expeditedApps/simulate takes { scenario, uris? }', ko: 'expeditedApps/simulate에는 { scenario, uris? }를 전달해야 합니다' },
  simulateUris: { en: 'uris must be an array of document URIs', ko: 'uris는 문서 URI의 배열이어야 합니다' },
  simulateDocuments: {
    en: 'documents must be an array of { uri, text, languageId: "reg" | "json" }',
    ko: 'documents는 { uri, text, languageId: "reg" | "json" }의 배열이어야 합니다',
  },
  simulateScenario: { en: 'invalid scenario: {errors}', ko: '잘못된 시나리오: {errors}' },
  simulateFailed: { en: 'simulation failed: {error}', ko: '시뮬레이션 실패: {error}' },
});

/** Lines of Markdown (each a message or text without words), joined when rendered. */
export function lines(...parts: readonly (Message | string)[]): Message {
  return intelText.lines({ lines: list(parts, '\n') });
}

/** Parts joined by one separator (`integer 1..5 · default 1`). */
export function joined(parts: readonly Arg[], separator: string): Message {
  return intelText.joined({ parts: list(parts, separator) });
}

/** "1st", "2nd" in English, "1번째" in Korean. */
export function ordinalOf(n: number): Message {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return intelText.ordinalTh({ n });
  const last = n % 10;
  return last === 1 ? intelText.ordinalSt({ n }) : last === 2 ? intelText.ordinalNd({ n }) : last === 3 ? intelText.ordinalRd({ n }) : intelText.ordinalTh({ n });
}
