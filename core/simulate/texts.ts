// The simulator's notes, in every locale: the core returns message references, the CLI and the
// server render them (renderSimulation). One message per singular/plural form: no sentence is
// built from fragments.
import { defineMessages } from '../rules/message';

export const simulateNote = defineMessages('simulate.note', {
  noRegistrations: {
    en: 'No registrations found: nothing to simulate.',
    ko: '등록을 찾지 못했습니다. 시뮬레이션할 항목이 없습니다.',
  },
  oneScale: {
    en: "Both forms share one order: the registry form's updaterPriority and the file form's Priority are compared on one scale (assumption).",
    ko: '두 형식은 하나의 순서를 공유합니다. 레지스트리 형식의 updaterPriority와 파일 형식의 Priority를 같은 척도로 비교합니다(가정).',
  },
  ties: {
    en: '{names} share priority {priority}; the sources leave their order undefined, so they are ordered by name (assumption, tieBreak "name").',
    ko: '{names}의 우선 순위가 {priority}(으)로 같습니다. 자료에 순서가 정의되어 있지 않으므로 이름순으로 정렬합니다(가정, tieBreak "name").',
  },
  defaultPriorityRegistry: {
    en: '{name} has no valid updaterPriority; Windows falls back to an undocumented default, simulated as {priority} (assumption).',
    ko: '{name}에 유효한 updaterPriority가 없습니다. Windows는 문서화되지 않은 기본값을 사용하며, 시뮬레이션에서는 {priority}(으)로 간주합니다(가정).',
  },
  defaultPriorityFile: {
    en: '{name} has no Priority: the default {priority} applies.',
    ko: '{name}에 Priority가 없습니다. 기본값 {priority}이(가) 적용됩니다.',
  },
  hazardSamePackage: {
    en: "Hazard: {names} register the same package {pfn}: two concurrent attempts at one package break each other (the WUA lesson), so keep one registration per package. The simulation runs them one at a time and applies presence rules to the device's initial state (assumption).",
    ko: '위험: {names}이(가) 같은 패키지 {pfn}을(를) 등록합니다. 한 패키지에 대한 두 시도가 동시에 실행되면 서로를 망가뜨리므로(WUA의 교훈) 패키지당 등록은 하나만 두십시오. 시뮬레이션은 한 번에 하나씩 실행하고 설치 여부 규칙은 장치의 초기 상태에 적용합니다(가정).',
  },
  hazardSameName: {
    en: 'Hazard: {places} use one name: the registry keeps one key per name and Add-UpdaterRegistration refuses an existing one; the simulation runs each (assumption).',
    ko: '위험: {places}이(가) 같은 이름을 사용합니다. 레지스트리에는 이름당 키가 하나만 있고 Add-UpdaterRegistration은 이미 있는 이름을 거부합니다. 시뮬레이션은 각각을 실행합니다(가정).',
  },
  invalidOne: {
    en: '{names} has errors: Windows logs an invalid registration and skips it silently, with nothing on screen; fix the errors to run it.',
    ko: '{names}에 오류가 있습니다. Windows는 잘못된 등록을 로그에만 남기고 화면에 아무것도 표시하지 않은 채 건너뜁니다. 실행하려면 오류를 수정하십시오.',
  },
  invalidMany: {
    en: '{names} have errors: Windows logs an invalid registration and skips it silently, with nothing on screen; fix the errors to run them.',
    ko: '{names}에 오류가 있습니다. Windows는 잘못된 등록을 로그에만 남기고 화면에 아무것도 표시하지 않은 채 건너뜁니다. 실행하려면 오류를 수정하십시오.',
  },
  workCompletedOne: {
    en: '{names} carries workCompleted = 1; real machines use it to stop an updater, so it is simulated as skipped (inferred, not documented).',
    ko: '{names}에 workCompleted = 1이 있습니다. 실제 장치에서는 이 값으로 업데이트 프로그램을 멈추므로 건너뜀으로 시뮬레이션합니다(추정, 문서화되지 않음).',
  },
  workCompletedMany: {
    en: '{names} carry workCompleted = 1; real machines use it to stop an updater, so it is simulated as skipped (inferred, not documented).',
    ko: '{names}에 workCompleted = 1이 있습니다. 실제 장치에서는 이 값으로 업데이트 프로그램을 멈추므로 건너뜀으로 시뮬레이션합니다(추정, 문서화되지 않음).',
  },
  oobePhase: {
    en: 'OOBE phase: only registrations with AllowedInOobe true run; the same {window}-minute window and retry rules are assumed to apply during OOBE (assumption).',
    ko: 'OOBE 단계: AllowedInOobe가 true인 등록만 실행됩니다. OOBE 중에도 같은 {window}분 창과 재시도 규칙이 적용된다고 가정합니다(가정).',
  },
  allowedInOobeOne: {
    en: '{names} is allowed in OOBE; the desktop phase is simulated as if OOBE had not installed it (assumption).',
    ko: '{names}은(는) OOBE에서 허용됩니다. 데스크톱 단계는 OOBE에서 설치되지 않은 것처럼 시뮬레이션합니다(가정).',
  },
  allowedInOobeMany: {
    en: '{names} are allowed in OOBE; the desktop phase is simulated as if OOBE had not installed them (assumption).',
    ko: '{names}은(는) OOBE에서 허용됩니다. 데스크톱 단계는 OOBE에서 설치되지 않은 것처럼 시뮬레이션합니다(가정).',
  },
  batterySaverOnAc: {
    en: 'Battery saver is on but the device is on AC power: attempts are only blocked on battery with battery saver on.',
    ko: '절전 모드가 켜져 있지만 장치가 AC 전원에 연결되어 있습니다. 시도는 배터리 사용 중에 절전 모드가 켜져 있을 때만 차단됩니다.',
  },
  unknownScriptOne: {
    en: 'The scenario scripts attempts for {names}, which matches no registration.',
    ko: '시나리오에 {names}의 시도가 지정되어 있지만 일치하는 등록이 없습니다.',
  },
  unknownScriptMany: {
    en: 'The scenario scripts attempts for {names}, which match no registration.',
    ko: '시나리오에 {names}의 시도가 지정되어 있지만 일치하는 등록이 없습니다.',
  },
  blockedOne: {
    en: 'No expedited attempt happens while {conditions}: {names} is blocked and kept. Targeting and presence rules are applied even while attempts are blocked (assumption).',
    ko: '{conditions} 상태에서는 신속 처리 시도가 일어나지 않습니다. {names}은(는) 차단된 채 유지됩니다. 시도가 차단된 동안에도 대상 지정 및 설치 여부 규칙은 적용됩니다(가정).',
  },
  blockedMany: {
    en: 'No expedited attempt happens while {conditions}: {names} are blocked and kept. Targeting and presence rules are applied even while attempts are blocked (assumption).',
    ko: '{conditions} 상태에서는 신속 처리 시도가 일어나지 않습니다. {names}은(는) 차단된 채 유지됩니다. 시도가 차단된 동안에도 대상 지정 및 설치 여부 규칙은 적용됩니다(가정).',
  },
  oneAtATime: {
    en: 'Attempts run one at a time: when one ends, the next goes to the best-priority registration that is ready; a registration cooling down does not hold the others back (assumption).',
    ko: '시도는 한 번에 하나씩 실행됩니다. 하나가 끝나면 준비된 등록 중 우선 순위가 가장 높은 등록이 다음 시도를 받으며, 대기 중인 등록이 다른 등록을 막지 않습니다(가정).',
  },
  attemptLasts: {
    en: "Each attempt lasts {minutes} minutes (attemptMinutes) whether it fails or succeeds; a timeout lasts exactly the registration's TimeoutDurationInMinutes and ends Aborted (assumption).",
    ko: '각 시도는 실패하든 성공하든 {minutes}분(attemptMinutes) 걸립니다. 시간 초과는 등록의 TimeoutDurationInMinutes만큼 걸리고 Aborted로 끝납니다(가정).',
  },
  cooldown: {
    en: 'After a failure the registration cools down {minutes} minutes, counted from the end of the failed attempt (assumption); when nothing is ready, time jumps to the earliest end of a cooldown.',
    ko: '실패 후 등록은 실패한 시도가 끝난 때부터 {minutes}분 동안 대기합니다(가정). 준비된 등록이 없으면 가장 먼저 끝나는 대기 시점으로 시간을 건너뜁니다.',
  },
  afterWindowOne: {
    en: '{names} has an attempt starting at minute {window} or later, after the expedited window: the sources only say apps run within the first {window} minutes, and the simulation lets attempts go on past it (assumption retriesAfterWindow = true).',
    ko: '{names}의 시도가 신속 처리 창이 끝난 {window}분 이후에 시작됩니다. 자료에는 앱이 처음 {window}분 안에 실행된다고만 되어 있으며, 시뮬레이션은 그 이후에도 시도를 계속합니다(가정 retriesAfterWindow = true).',
  },
  afterWindowMany: {
    en: '{names} have attempts starting at minute {window} or later, after the expedited window: the sources only say apps run within the first {window} minutes, and the simulation lets attempts go on past it (assumption retriesAfterWindow = true).',
    ko: '{names}의 시도가 신속 처리 창이 끝난 {window}분 이후에 시작됩니다. 자료에는 앱이 처음 {window}분 안에 실행된다고만 되어 있으며, 시뮬레이션은 그 이후에도 시도를 계속합니다(가정 retriesAfterWindow = true).',
  },
  cutByWindowOne: {
    en: 'retriesAfterWindow = false (assumption): nothing starts at minute {window} or later, so {names} ends failed.',
    ko: 'retriesAfterWindow = false(가정): {window}분 이후에는 아무것도 시작되지 않으므로 {names}은(는) 실패로 끝납니다.',
  },
  cutByWindowMany: {
    en: 'retriesAfterWindow = false (assumption): nothing starts at minute {window} or later, so {names} end failed.',
    ko: 'retriesAfterWindow = false(가정): {window}분 이후에는 아무것도 시작되지 않으므로 {names}은(는) 실패로 끝납니다.',
  },
  timeoutCounts: {
    en: 'A timed-out attempt counts as a failure (domain.md §3) and is shown with the WUA result Aborted.',
    ko: '시간이 초과된 시도는 실패로 계산되며(domain.md §3) WUA 결과 Aborted로 표시됩니다.',
  },
  registryFormPresence: {
    en: 'Registry-form registrations have no Scenario, SkipIfPresent or HonorDeprovisioning: they are attempted whether or not the app is present (assumption).',
    ko: '레지스트리 형식 등록에는 Scenario, SkipIfPresent, HonorDeprovisioning이 없으므로 앱의 설치 여부와 관계없이 시도됩니다(가정).',
  },
});

/** Why a registration has its status (the `reason` of a row). */
export const simulateReason = defineMessages('simulate.reason', {
  invalidFile: {
    en: 'invalid: the registration has errors; Add-UpdaterRegistration refuses it, and Windows skips an invalid registration silently',
    ko: '잘못됨: 등록에 오류가 있습니다. Add-UpdaterRegistration이 거부하며, Windows는 잘못된 등록을 알리지 않고 건너뜁니다',
  },
  invalidRegistry: {
    en: 'invalid: the registration has errors; Windows skips an invalid registration silently',
    ko: '잘못됨: 등록에 오류가 있습니다. Windows는 잘못된 등록을 알리지 않고 건너뜁니다',
  },
  workCompleted: {
    en: 'workCompleted = 1: Windows treats the updater as done (inferred from real machines, not documented)',
    ko: 'workCompleted = 1: Windows는 업데이트 프로그램이 완료된 것으로 처리합니다(실제 장치에서 추정, 문서화되지 않음)',
  },
  notInOobe: {
    en: 'AllowedInOobe is false: it waits for the desktop phase',
    ko: 'AllowedInOobe가 false입니다. 데스크톱 단계까지 기다립니다',
  },
  notInOobeTargeted: {
    en: 'AllowedInOobe is false: it waits for the desktop phase; in the desktop phase targeting would skip it ({misses})',
    ko: 'AllowedInOobe가 false입니다. 데스크톱 단계까지 기다리지만, 데스크톱 단계에서는 대상 지정 때문에 건너뜁니다({misses})',
  },
  targeting: {
    en: 'targeting: {misses} (fulfilled without an attempt, never attempted again)',
    ko: '대상 지정: {misses}(시도 없이 완료로 처리되며 다시 시도되지 않음)',
  },
  updateAbsent: {
    en: 'Update: the app is not installed, so there is nothing to update',
    ko: 'Update: 앱이 설치되어 있지 않으므로 업데이트할 대상이 없습니다',
  },
  skipIfPresent: {
    en: 'SkipIfPresent: a version of the app is already installed',
    ko: 'SkipIfPresent: 앱의 버전이 이미 설치되어 있습니다',
  },
  honorDeprovisioning: {
    en: 'HonorDeprovisioning: the user deprovisioned the app',
    ko: 'HonorDeprovisioning: 사용자가 앱을 프로비전 해제했습니다',
  },
  blocked: {
    en: 'conditions forbid any attempt now: {conditions}; the registration stays in place until they allow',
    ko: '현재 조건에서는 시도할 수 없습니다: {conditions}. 조건이 허용될 때까지 등록은 그대로 유지됩니다',
  },
  failedOnce: {
    en: 'failed once, more than MaxRetryCount {max} allows',
    ko: '1번 실패했습니다. MaxRetryCount {max}이(가) 허용하는 횟수를 넘었습니다',
  },
  failedTwice: {
    en: 'failed twice, more than MaxRetryCount {max} allows',
    ko: '2번 실패했습니다. MaxRetryCount {max}이(가) 허용하는 횟수를 넘었습니다',
  },
  failedTimes: {
    en: 'failed {count} times, more than MaxRetryCount {max} allows',
    ko: '{count}번 실패했습니다. MaxRetryCount {max}이(가) 허용하는 횟수를 넘었습니다',
  },
  windowBeforeFirst: {
    en: 'the {window}-minute window closed before its first attempt (retriesAfterWindow is false)',
    ko: '첫 시도 전에 {window}분 창이 닫혔습니다(retriesAfterWindow가 false)',
  },
  windowBeforeRetry: {
    en: 'the {window}-minute window closed before retry {retry} (retriesAfterWindow is false)',
    ko: '재시도 {retry} 전에 {window}분 창이 닫혔습니다(retriesAfterWindow가 false)',
  },
});

/** One targeting rule the device misses, or one condition that blocks attempts (listed in a reason). */
export const simulatePhrase = defineMessages('simulate.phrase', {
  regionNotIncluded: { en: 'region {region} is not in IncludedRegions ({regions})', ko: '지역 {region}이(가) IncludedRegions({regions})에 없음' },
  regionExcluded: { en: 'region {region} is in ExcludedRegions', ko: '지역 {region}이(가) ExcludedRegions에 있음' },
  editionNotIncluded: { en: 'edition {edition} is not in IncludedEditions ({editions})', ko: '에디션 {edition}이(가) IncludedEditions({editions})에 없음' },
  editionExcluded: { en: 'edition {edition} is in ExcludedEditions', ko: '에디션 {edition}이(가) ExcludedEditions에 있음' },
  architecture: { en: "architecture {architecture} is not the registration's Architecture {wanted}", ko: '아키텍처 {architecture}이(가) 등록의 Architecture {wanted}와(과) 다름' },
  build: { en: 'build {build} is below MinimumAllowedBuildVersion {minimum}', ko: '빌드 {build}이(가) MinimumAllowedBuildVersion {minimum}보다 낮음' },
  noInternet: { en: 'no internet', ko: '인터넷 연결 없음' },
  metered: { en: 'metered network', ko: '데이터 통신 연결 네트워크' },
  batterySaver: { en: 'on battery with battery saver on', ko: '배터리 사용 중이며 절전 모드가 켜져 있음' },
  restrictedNetwork: { en: 'the Windows Update restricted-network-traffic policy is set', ko: 'Windows 업데이트의 네트워크 트래픽 제한 정책이 설정되어 있음' },
  ctaPolicy: { en: 'the CTA policy is {policy}, not AutoApprove', ko: 'CTA 정책이 AutoApprove가 아닌 {policy}임' },
  // Lists of names: "A, B and C", "A, B, C, D, E and 6,995 more".
  and: { en: '{first} and {last}', ko: '{first}, {last}' },
  andMore: { en: '{first} and {count} more', ko: '{first} 외 {count}개' },
});

/** A hazard of one registration (the `hazards` of a row). */
export const simulateHazard = defineMessages('simulate.hazard', {
  samePackage: {
    en: 'same package as {names}: concurrent attempts at one package fail',
    ko: '{names}와(과) 같은 패키지: 한 패키지에 대한 동시 시도는 실패합니다',
  },
  sameName: {
    en: 'another registration has the same name: only one can be registered',
    ko: '같은 이름의 등록이 또 있습니다. 하나만 등록할 수 있습니다',
  },
});

// The scenario's own errors live in scenarioTexts.ts: the preview's webview validates scenarios and
// bundles those, without every note above.
export { scenarioError, scenarioPhrase } from './scenarioTexts';
