// What a conversion assumed or could not carry, one message per note, in every locale: the CLI's
// convert and the extension's conversion commands render them.
import { defineMessages } from '../rules/message';

/** Notes of registry form → registration file. */
export const toFileNote = defineMessages('convert.to-file', {
  noPfn: { en: 'The payload has no PFN: add the Package Family Name of the app.', ko: '페이로드에 PFN이 없습니다. 앱의 패키지 패밀리 이름(PFN)을 추가하세요.' },
  badName: {
    en: '{key} "{name}" must match ^[a-zA-Z0-9_-]+$ (letters, digits, _ and -); rename it before staging the file.',
    ko: '{key} "{name}"은(는) ^[a-zA-Z0-9_-]+$(문자, 숫자, _, -)와 일치해야 합니다. 파일을 스테이징하기 전에 이름을 바꾸세요.',
  },
  registrationVersion: {
    en: 'RegistrationVersion 1: the registry form has no version; raise it when you change a staged registration.',
    ko: 'RegistrationVersion 1: 레지스트리 형식에는 버전이 없습니다. 스테이징된 등록을 변경할 때 값을 올리세요.',
  },
  customUrl: {
    en: "Source CustomURL: the registry form always downloads from the payload's Endpoint.",
    ko: 'Source CustomURL: 레지스트리 형식은 항상 페이로드의 Endpoint에서 다운로드합니다.',
  },
  acquisition: {
    en: 'Scenario Acquisition: the registry form installs the app whether or not it is present (Update is not supported with CustomURL).',
    ko: 'Scenario Acquisition: 레지스트리 형식은 앱의 설치 여부와 관계없이 앱을 설치합니다(CustomURL에서는 Update가 지원되지 않음).',
  },
  noEndpoint: {
    en: 'The payload has no Endpoint: Source CustomURL needs an https:// Endpoint.',
    ko: '페이로드에 Endpoint가 없습니다. Source CustomURL에는 https:// Endpoint가 필요합니다.',
  },
  defaultPriority: {
    en: 'Priority {priority}: updaterPriority is missing or unusable, so the default is assumed.',
    ko: 'Priority {priority}: updaterPriority가 없거나 사용할 수 없으므로 기본값으로 간주합니다.',
  },
  renamed: {
    en: 'The registration file is named {name} (OEMName_UpdaterName); the registry subkey was {subkey}.',
    ko: '등록 파일의 이름은 {name}(OEMName_UpdaterName)입니다. 레지스트리 하위 키는 {subkey}이었습니다.',
  },
  payloadPriority: {
    en: "The payload's Priority (ignored by the registry form) is replaced by updaterPriority {priority}.",
    ko: '페이로드의 Priority(레지스트리 형식에서는 무시됨)는 updaterPriority {priority}(으)로 바뀝니다.',
  },
  notCarried: { en: 'Not carried (not keys of a registration file): {keys}.', ko: '옮기지 않은 키(등록 파일의 키가 아님): {keys}.' },
  workCompleted: {
    en: 'workCompleted = 1 has no file-form equivalent: the registration file will run the app.',
    ko: 'workCompleted = 1에 해당하는 파일 형식 키가 없습니다. 등록 파일은 앱을 실행합니다.',
  },
});

/** Notes of registration file → registry form. */
export const toRegistryNote = defineMessages('convert.to-registry', {
  namesMissing: { en: 'OEMName or UpdaterName is missing: the subkey is named {subkey}.', ko: 'OEMName 또는 UpdaterName이 없습니다. 하위 키 이름은 {subkey}입니다.' },
  store: {
    en: 'Source Store cannot be expressed: the registry form downloads only from an https Endpoint. Add "Endpoint" to the payload.',
    ko: 'Source Store는 표현할 수 없습니다. 레지스트리 형식은 https Endpoint에서만 다운로드합니다. 페이로드에 "Endpoint"를 추가하세요.',
  },
  storeProductId: {
    en: 'Source Store cannot be expressed: the registry form downloads only from an https Endpoint (ProductId {productId} is dropped). Add "Endpoint" to the payload.',
    ko: 'Source Store는 표현할 수 없습니다. 레지스트리 형식은 https Endpoint에서만 다운로드합니다(ProductId {productId}은(는) 제외됨). 페이로드에 "Endpoint"를 추가하세요.',
  },
  update: {
    en: 'Scenario Update cannot be expressed: the registry form installs the app even when it is absent.',
    ko: 'Scenario Update는 표현할 수 없습니다. 레지스트리 형식은 앱이 없어도 앱을 설치합니다.',
  },
  stub: {
    en: 'Scenario StubAcquisition cannot be expressed: the registry form acquires the full app.',
    ko: 'Scenario StubAcquisition은 표현할 수 없습니다. 레지스트리 형식은 전체 앱을 가져옵니다.',
  },
  dropped: { en: '{key} has no place in expeditedPayload and is dropped: {consequence}.', ko: '{key}은(는) expeditedPayload에 넣을 수 없어 제외됩니다. {consequence}.' },
  priorityNotSet: {
    en: "Priority is not set: updaterPriority {priority} (the file form's default).",
    ko: 'Priority가 설정되지 않았습니다. updaterPriority는 {priority}입니다(파일 형식의 기본값).',
  },
  // What dropping a key means (the `consequence` of `dropped`).
  everyRegion: { en: 'the app is expedited in every region not excluded', ko: '제외되지 않은 모든 지역에서 앱이 신속 처리됩니다' },
  everyEdition: { en: 'the app is expedited on every edition', ko: '모든 에디션에서 앱이 신속 처리됩니다' },
  everyArchitecture: { en: 'the app is expedited on every architecture', ko: '모든 아키텍처에서 앱이 신속 처리됩니다' },
  everyBuild: { en: 'the app is expedited on every build', ko: '모든 빌드에서 앱이 신속 처리됩니다' },
  deprovisioned: { en: 'an app the user deprovisioned is installed again', ko: '사용자가 프로비전 해제한 앱이 다시 설치됩니다' },
  present: { en: 'the app is acquired even when present', ko: '앱이 이미 있어도 앱을 가져옵니다' },
});
