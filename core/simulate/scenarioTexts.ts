// What is wrong with a scenario, in every locale (re-exported by texts.ts). A file of its own because
// the preview's webview bundles the scenario reader, and with it these messages only.
import { defineMessages } from '../rules/message';

/**
 * What is wrong with a scenario (a `--scenario` file, the panel's scenario, a request's): one
 * message per check, naming the field, what is allowed and what was found.
 */
export const scenarioError = defineMessages('simulate.scenario', {
  notJson: { en: 'the scenario is not valid JSON: {error}', ko: '시나리오가 올바른 JSON이 아닙니다: {error}' },
  notObject: { en: 'the scenario must be a JSON object; found {found}', ko: '시나리오는 JSON 개체여야 합니다. 찾은 값: {found}' },
  unknownKey: {
    en: 'unknown key "{key}" in {where}{hint}; known keys: {known}',
    ko: '{where}에 알 수 없는 키 "{key}"이(가) 있습니다{hint}. 사용할 수 있는 키: {known}',
  },
  oneOf: { en: '{field} must be {allowed}; found {found}{hint}', ko: '{field}에는 {allowed}만 사용할 수 있습니다. 찾은 값: {found}{hint}' },
  attemptMinutes: {
    en: 'attemptMinutes must be a number greater than 0 and at most {max}; found {found}',
    ko: 'attemptMinutes는 0보다 크고 {max} 이하인 숫자여야 합니다. 찾은 값: {found}',
  },
  notAnObject: { en: '{field} must be an object; found {found}', ko: '{field}은(는) 개체여야 합니다. 찾은 값: {found}' },
  region: { en: 'device.region {reason}', ko: 'device.region 값이 잘못되었습니다. {reason}' },
  regionUse: { en: 'device.region {reason} (use "{use}")', ko: 'device.region 값이 잘못되었습니다. {reason}("{use}" 사용)' },
  regionFormat: {
    en: 'device.region must be a two-letter ISO 3166-1 code such as "US"; found {found}{hint}',
    ko: 'device.region은(는) "US"와 같은 두 글자 ISO 3166-1 코드여야 합니다. 찾은 값: {found}{hint}',
  },
  edition: {
    en: 'device.edition must be a GetProductInfo edition code (an integer, e.g. 48 for Professional); found {found}',
    ko: 'device.edition은(는) GetProductInfo 에디션 코드(정수, 예: Professional은 48)여야 합니다. 찾은 값: {found}',
  },
  build: {
    en: 'device.build must be a Windows build number (an integer such as 26100); found {found}',
    ko: 'device.build는 Windows 빌드 번호(26100과 같은 정수)여야 합니다. 찾은 값: {found}',
  },
  packageList: {
    en: '{field} must be an array of package family names (strings); found {found}',
    ko: '{field}은(는) 패키지 패밀리 이름(PFN) 문자열의 배열이어야 합니다. 찾은 값: {found}',
  },
  boolean: { en: '{field} must be true or false; found {found}', ko: '{field}은(는) true 또는 false여야 합니다. 찾은 값: {found}' },
  ctaPolicy: {
    en: 'conditions.ctaPolicy must be a policy name such as "AutoApprove"; found {found}',
    ko: 'conditions.ctaPolicy는 "AutoApprove"와 같은 정책 이름이어야 합니다. 찾은 값: {found}',
  },
  attemptsObject: {
    en: 'attempts must be an object mapping registration names to lists of outcomes; found {found}',
    ko: 'attempts는 등록 이름을 결과 목록에 연결하는 개체여야 합니다. 찾은 값: {found}',
  },
  attemptsList: {
    en: 'attempts["{name}"] must be an array of {allowed}; found {found}',
    ko: 'attempts["{name}"]은(는) {allowed}의 배열이어야 합니다. 찾은 값: {found}',
  },
  tooManyTries: {
    en: 'attempts["{name}"] scripts {count} tries; at most {max} are used',
    ko: 'attempts["{name}"]에 시도가 {count}개 지정되어 있습니다. 최대 {max}개까지만 사용됩니다',
  },
});

/** Parts of a scenario error: what was found, the allowed values, a near miss. */
export const scenarioPhrase = defineMessages('simulate.scenario-phrase', {
  anArray: { en: 'an array', ko: '배열' },
  anObject: { en: 'an object', ko: '개체' },
  or: { en: '{first} or {last}', ko: '{first} 또는 {last}' },
  didYouMean: { en: ' (did you mean "{name}"?)', ko: ' ("{name}"을(를) 의도하셨습니까?)' },
});
