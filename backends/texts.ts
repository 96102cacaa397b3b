// What apply, remove, undo, pull and compare tell the user, in every locale: the backends return and
// throw message references, and the edges render them (the CLI with its --locale, the extension
// with VS Code's display language). The English texts are the product's words since the first
// release: tests and scripts compare them, so they stay byte for byte.
import { defineMessages, type Message } from '../core/rules/message';
import { render } from '../core/rules/render';

/** A text of a report: a message, or a string that came back already rendered (the elevated CLI's JSON). */
export type BackendText = Message | string;

/** Why the target cannot be used or refused an operation (thrown as a BackendError). */
export const backendError = defineMessages('backend.error', {
  noRegistry: {
    en: 'no registry to write to: this is not Windows and Wine is not installed (apt-get install wine64 wine), or set expeditedApps.target to "dry-run"',
    ko: '쓸 레지스트리가 없습니다. 이 컴퓨터는 Windows가 아니며 Wine이 설치되어 있지 않습니다(apt-get install wine64 wine). 또는 expeditedApps.target을 "dry-run"으로 설정하세요',
  },
  localNeedsWindows: {
    en: '--target local needs Windows (this is {platform}); use --target wine with a Wine prefix, or --dry-run',
    ko: '--target local은 Windows에서만 사용할 수 있습니다(이 컴퓨터: {platform}). Wine 접두사와 함께 --target wine을 사용하거나 --dry-run을 사용하세요',
  },
  winePrefixRelative: { en: 'the Wine prefix must be an absolute path: {prefix}', ko: 'Wine 접두사는 절대 경로여야 합니다: {prefix}' },
  wineMissing: {
    en: "Wine is not available ('{command} --version' did not run). Install Wine (apt-get install wine64 wine) or choose another target.",
    ko: "Wine을 사용할 수 없습니다('{command} --version'이 실행되지 않음). Wine을 설치하거나(apt-get install wine64 wine) 다른 대상을 선택하세요.",
  },
  winePrefixMissing: {
    en: 'the Wine prefix {prefix} does not exist (no system.reg or drive_c in it): choose an existing prefix with --wineprefix, or pass --create-prefix to have Wine create this one',
    ko: 'Wine 접두사 {prefix}이(가) 없습니다(system.reg나 drive_c가 없음). --wineprefix로 기존 접두사를 선택하거나, --create-prefix를 지정하여 Wine이 이 접두사를 만들게 하세요',
  },
  elevationRequired: {
    en: 'writing to the local registry and %ProgramData% needs administrator rights: run from an elevated prompt (or add --elevate to ask once for the whole batch)',
    ko: '로컬 레지스트리와 %ProgramData%에 쓰려면 관리자 권한이 필요합니다. 관리자 권한 명령 프롬프트에서 실행하세요(또는 --elevate를 추가하면 전체 작업에 대해 한 번만 묻습니다)',
  },
  elevationDeclined: {
    en: 'the elevation prompt was declined or could not be shown; nothing was changed',
    ko: '권한 상승 확인 창이 거부되었거나 표시되지 않았습니다. 아무것도 변경하지 않았습니다',
  },
  elevationDeclinedBecause: {
    en: 'the elevation prompt was declined or could not be shown; nothing was changed ({error})',
    ko: '권한 상승 확인 창이 거부되었거나 표시되지 않았습니다. 아무것도 변경하지 않았습니다({error})',
  },
  elevatedNoResult: {
    en: 'the elevated {verb} reported no result (exit code {code}): {output}',
    ko: '관리자 권한으로 실행한 {verb}이(가) 결과를 보고하지 않았습니다(종료 코드 {code}): {output}',
  },
  elevateUnsafeArgument: {
    en: "refusing to elevate a command whose argument '{argument}' holds characters cmd.exe interprets; run VS Code or the CLI as Administrator instead",
    ko: "인수 '{argument}'에 cmd.exe가 해석하는 문자가 있어 명령의 권한 상승을 거부합니다. 대신 VS Code나 CLI를 관리자 권한으로 실행하세요",
  },
  programDataSegment: { en: "refusing ProgramData path segment '{segment}'", ko: "ProgramData 경로 구성 요소 '{segment}'을(를) 거부합니다" },
  programDataLink: {
    en: 'refusing {path}: it is a symbolic link, and following it could read or write outside {root}',
    ko: '{path}을(를) 거부합니다. 심볼릭 링크이므로 따라가면 {root} 밖을 읽거나 쓸 수 있습니다',
  },
  keyRoot: {
    en: "refusing registry path '{key}': it must start with a long root name such as HKEY_LOCAL_MACHINE",
    ko: "레지스트리 경로 '{key}'을(를) 거부합니다. HKEY_LOCAL_MACHINE과 같은 긴 루트 이름으로 시작해야 합니다",
  },
  keyControl: { en: "refusing registry path '{key}': it contains a control character", ko: "레지스트리 경로 '{key}'을(를) 거부합니다. 제어 문자가 들어 있습니다" },
  keyBackslash: { en: "refusing registry path '{key}': it ends with a backslash", ko: "레지스트리 경로 '{key}'을(를) 거부합니다. 백슬래시로 끝납니다" },
  fileNotAbsolute: { en: "refusing file argument '{file}': not an absolute Windows path", ko: "파일 인수 '{file}'을(를) 거부합니다. Windows 절대 경로가 아닙니다" },
  fileControl: { en: "refusing file argument '{file}': it contains a control character", ko: "파일 인수 '{file}'을(를) 거부합니다. 제어 문자가 들어 있습니다" },
  queryFailed: { en: 'reg query {key} failed: {error}', ko: 'reg query {key} 실패: {error}' },
  exportFailed: { en: 'reg export {key} failed: {error}', ko: 'reg export {key} 실패: {error}' },
  commandFailed: { en: '{command} failed: {error}', ko: '{command} 실패: {error}' },
  exitCode: { en: 'exit code {code}', ko: '종료 코드 {code}' },
  noOutput: { en: 'no output', ko: '출력 없음' },
  injectedAt: { en: 'injected failure at write {count} ({operation})', ko: '쓰기 {count}에서 주입된 실패({operation})' },
  injectedAfter: { en: 'injected failure after write {count} ({operation})', ko: '쓰기 {count} 후에 주입된 실패({operation})' },
});

/** Why a document's part is skipped, or a registration refused, before anything is written. */
export const backendReason = defineMessages('backend.reason', {
  notRegHeader: {
    en: 'the first line is not a .reg header, so Windows would import nothing from this file',
    ko: '첫 줄이 .reg 헤더가 아니므로 Windows는 이 파일에서 아무것도 가져오지 않습니다',
  },
  deletionsNotApplied: {
    en: 'deletions in the file are not applied (apply only writes registrations; use remove)',
    ko: '파일의 삭제 항목은 적용하지 않습니다(적용은 등록만 씁니다. 제거를 사용하세요)',
  },
  parentValues: {
    en: 'values on UScheduler_OOBE itself (such as BlockedOobeUpdaters) are not registrations',
    ko: 'UScheduler_OOBE 자체의 값(BlockedOobeUpdaters 등)은 등록이 아닙니다',
  },
  notRegistrationSubkey: { en: 'not a UScheduler_OOBE registration subkey', ko: 'UScheduler_OOBE 등록 하위 키가 아닙니다' },
  subkeyEmpty: { en: 'the subkey name is empty', ko: '하위 키 이름이 비어 있습니다' },
  subkeyTooLong: { en: 'the subkey name is longer than {max} characters', ko: '하위 키 이름이 {max}자보다 깁니다' },
  subkeyBackslash: { en: 'the subkey name contains a backslash', ko: '하위 키 이름에 백슬래시가 있습니다' },
  subkeyControl: { en: 'the subkey name contains a control character', ko: '하위 키 이름에 제어 문자가 있습니다' },
  subkeyWhiteSpace: { en: 'the subkey name starts or ends with white space', ko: '하위 키 이름이 공백으로 시작하거나 끝납니다' },
  nameMissing: { en: '{label} is missing', ko: '{label}이(가) 없습니다' },
  nameCharacters: {
    en: '{label} can only contain alphanumeric characters, underscores, and hyphens',
    ko: '{label}에는 영숫자, 밑줄(_), 하이픈(-)만 사용할 수 있습니다',
  },
  namesRequired: { en: 'OEMName and UpdaterName are required', ko: 'OEMName과 UpdaterName이 필요합니다' },
  subkeyTwice: { en: 'the subkey {name} is also set by {source}; apply one of them', ko: '하위 키 {name}은(는) {source}에서도 설정합니다. 둘 중 하나만 적용하세요' },
  registrationErrors: { en: 'the registration has errors; Windows would skip it', ko: '등록에 오류가 있습니다. Windows는 이 등록을 건너뜁니다' },
  fileInvalid: {
    en: "the registration file is not valid (Microsoft's Test-UpdaterRegistration would refuse it)",
    ko: '등록 파일이 유효하지 않습니다(Microsoft의 Test-UpdaterRegistration이 거부합니다)',
  },
  updaterTwice: {
    en: 'An updater for OEMName:{oemName} and UpdaterName:{updaterName} is also in {source}',
    ko: 'OEMName:{oemName} 및 UpdaterName:{updaterName}의 업데이트 프로그램이 {source}에도 있습니다',
  },
  barePayload: {
    en: 'a bare expeditedPayload is not a registration: put it in a .reg file (registry form) or a registration file',
    ko: '단독 expeditedPayload는 등록이 아닙니다. .reg 파일(레지스트리 형식)이나 등록 파일에 넣으세요',
  },
  keyMissing: { en: '{key} does not exist on the target', ko: '대상 컴퓨터에 {key}이(가) 없습니다' },
  // Microsoft's Add-/Remove-UpdaterRegistration refusals: the English is the module's own.
  serverEdition: { en: 'App Expedition is not supported on Server Editions.', ko: '앱 신속 처리는 Server 에디션에서 지원되지 않습니다.' },
  storeMissing: { en: '{store} does not exist.', ko: '{store}이(가) 없습니다.' },
  registrationMissing: {
    en: 'Updater registration for OEMName:{oemName} and UpdaterName:{updaterName} does not exist.',
    ko: 'OEMName:{oemName} 및 UpdaterName:{updaterName}의 업데이트 프로그램 등록이 없습니다.',
  },
  updaterExists: {
    en: 'An updater for OEMName:{oemName} and UpdaterName:{updaterName} already exists.',
    ko: 'OEMName:{oemName} 및 UpdaterName:{updaterName}의 업데이트 프로그램이 이미 있습니다.',
  },
});

/** What a change, an undo or a read-back says about its outcome (report, log). */
export const backendReport = defineMessages('backend.report', {
  nothingWritten: { en: 'nothing was written: {count} registration(s) refused', ko: '아무것도 쓰지 않았습니다. 등록 {count}개가 거부되었습니다' },
  nothingRemoved: { en: 'nothing was removed: {count} registration(s) refused', ko: '아무것도 제거하지 않았습니다. 등록 {count}개가 거부되었습니다' },
  noRegistrations: { en: 'no registrations found in the given files', ko: '지정한 파일에서 등록을 찾지 못했습니다' },
  interruptedBeforeWrite: { en: 'interrupted before anything was written', ko: '아무것도 쓰기 전에 중단되었습니다' },
  interruptedBeforeComplete: { en: 'interrupted before the change was complete', ko: '변경이 끝나기 전에 중단되었습니다' },
  interruptedBeforeVerified: { en: 'interrupted before the change was verified', ko: '변경을 확인하기 전에 중단되었습니다' },
  nothingChanged: { en: 'nothing was changed', ko: '아무것도 변경하지 않았습니다' },
  verificationFailed: { en: 'verification failed: {problems}', ko: '확인 실패: {problems}' },
  noBackup: { en: 'no backup to undo for {label} in {root}', ko: '{root}에 {label}에 대해 되돌릴 백업이 없습니다' },
  nothingToUndo: { en: 'nothing to undo', ko: '되돌릴 내용이 없습니다' },
  wouldRestore: { en: 'would restore the state from before the {verb} of {date}', ko: '{date}의 {verb} 이전 상태로 복원합니다(시험 실행)' },
  restored: {
    en: 'restored the state from before the {verb} of {date} (read back: every key and file as it was)',
    ko: '{date}의 {verb} 이전 상태로 복원했습니다(다시 읽음: 모든 키와 파일이 이전과 같음)',
  },
  undoIncomplete: { en: 'undo incomplete: {problems}', ko: '되돌리기가 완료되지 않음: {problems}' },
  lossyRestore: {
    en: 'the lossless copy {copy} is missing: restored from the text export, which does not keep every value exactly (embedded NULs, odd-sized data)',
    ko: '무손실 복사본 {copy}이(가) 없습니다. 텍스트 내보내기에서 복원했으며, 이 방법은 모든 값을 정확히 보존하지 않습니다(포함된 NUL, 홀수 크기 데이터)',
  },
  noneRecorded: { en: '(none recorded)', ko: '(기록 없음)' },
  restoring: { en: 'restoring {what}: {error}', ko: '{what} 복원 중: {error}' },
  readingBack: { en: 'reading the target back: {error}', ko: '대상 컴퓨터를 다시 읽는 중: {error}' },
  parentStillThere: { en: '{key} did not exist before and is still there', ko: '{key}은(는) 이전에 없었지만 아직 남아 있습니다' },
});

/** What a read-back found that does not match (verification problems). */
export const backendVerify = defineMessages('backend.verify', {
  valueMissing: { en: '{key}: value {value} is missing', ko: '{key}: 값 {value}이(가) 없습니다' },
  valueType: { en: '{key}: value {value} is {got}, expected {want}', ko: '{key}: 값 {value}의 형식이 {want}이(가) 아니라 {got}입니다' },
  valueData: { en: '{key}: value {value} is {got}, expected {want}', ko: '{key}: 값 {value}이(가) {want}이(가) 아니라 {got}입니다' },
  unexpectedValue: { en: '{key}: unexpected value {value}', ko: '{key}: 예상하지 않은 값 {value}' },
  defaultValue: { en: '(default)', ko: '(기본값)' },
  missing: { en: '{what} is missing', ko: '{what}이(가) 없습니다' },
  unexpectedKey: { en: 'unexpected key {key}', ko: '예상하지 않은 키 {key}' },
  stillExists: { en: '{what} still exists', ko: '{what}이(가) 아직 있습니다' },
  notWritten: { en: '{key} was not written', ko: '{key}이(가) 쓰이지 않았습니다' },
  notRestored: { en: '{key} was not restored', ko: '{key}이(가) 복원되지 않았습니다' },
  notCreated: { en: '{path} was not created', ko: '{path}이(가) 만들어지지 않았습니다' },
  fileDiffers: {
    en: '{path} differs from the source ({got} bytes, expected {want})',
    ko: '{path}이(가) 원본과 다릅니다({got}바이트, 예상 {want}바이트)',
  },
  unexpectedFile: { en: 'unexpected file {path}', ko: '예상하지 않은 파일 {path}' },
});

/** Progress lines of a change (the CLI's stderr with --format json, the extension's log). */
export const backendLog = defineMessages('backend.log', {
  wouldRun: { en: 'would run: {command}', ko: '실행 예정: {command}' },
  run: { en: 'run: {command}', ko: '실행: {command}' },
  backup: { en: 'backup: {path}', ko: '백업: {path}' },
  skip: { en: 'skip {what} ({source}): {reason}', ko: '건너뜀 {what} ({source}): {reason}' },
  refused: { en: 'refused {name}: {reason}', ko: '거부됨 {name}: {reason}' },
  refusedWith: { en: 'refused {name}: {reason} — {findings}', ko: '거부됨 {name}: {reason} — {findings}' },
  failedRollingBack: { en: 'failed: {error}; rolling back', ko: '실패: {error}. 롤백하는 중' },
  rollingBack: { en: '{error}; rolling back', ko: '{error}. 롤백하는 중' },
  verified: { en: 'verified {count} change(s) on {label}', ko: '{label}에서 변경 {count}개를 확인했습니다' },
  rolledBack: { en: 'rolled back: the target is as it was', ko: '롤백됨: 대상 컴퓨터가 이전 상태로 돌아갔습니다' },
  rollbackIncomplete: { en: 'rollback incomplete: {problems}', ko: '롤백이 완료되지 않음: {problems}' },
  copyNotDeleted: { en: 'could not delete the backup copy {key}: {error}', ko: '백업 복사본 {key}을(를) 삭제할 수 없습니다: {error}' },
});

/** A command's name inside a sentence ("the elevated apply", "before the remove of …"). */
const backendVerb = defineMessages('backend.verb', {
  apply: { en: 'apply', ko: '적용' },
  remove: { en: 'remove', ko: '제거' },
  undo: { en: 'undo', ko: '되돌리기' },
});

/** `apply`, `remove` or `undo` in words; anything else (a backup written by another version) as it is. */
export function verbText(verb: string): BackendText {
  return verb === 'apply' || verb === 'remove' || verb === 'undo' ? backendVerb[verb]() : verb;
}

/** The title of a side-by-side comparison with the target. */
export const backendCompare = defineMessages('backend.compare', {
  subkeysPresent: { en: '{present} of {total} subkey(s) on {label}', ko: '{label}에 하위 키 {total}개 중 {present}개 있음' },
  noRegistration: { en: 'no registration in this file', ko: '이 파일에 등록이 없습니다' },
  notStaged: { en: '{path} is not staged on {label}', ko: '{label}에 {path}이(가) 스테이징되어 있지 않습니다' },
  staged: { en: 'staged on {label}', ko: '{label}에 스테이징됨' },
});

/**
 * What a target is, in words. A backend's `label` is the English form: it also names the target in
 * backups (undo finds them by it) and in the JSON report, so it never changes with the language.
 */
export const backendTarget = defineMessages('backend.target', {
  local: { en: 'local registry (reg.exe, 64-bit view)', ko: '로컬 레지스트리(reg.exe, 64비트 보기)' },
  wine: { en: 'Wine prefix {prefix}', ko: 'Wine 접두사 {prefix}' },
  emptyMachine: { en: 'an empty machine', ko: '빈 컴퓨터' },
});

const LOCAL_LABEL = render(backendTarget.local());
const EMPTY_MACHINE_LABEL = render(backendTarget.emptyMachine());
const WINE_LABEL = /^Wine prefix (.+)$/s;

/** A backend's label (its English identity) as words for the user's language. */
export function targetTitle(label: string): BackendText {
  if (label === LOCAL_LABEL) return backendTarget.local();
  if (label === EMPTY_MACHINE_LABEL) return backendTarget.emptyMachine();
  const wine = WINE_LABEL.exec(label);
  return wine ? backendTarget.wine({ prefix: wine[1] }) : label;
}
