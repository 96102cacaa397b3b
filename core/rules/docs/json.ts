// The documentation of the JSON rules (core/rules/json.ts): what each rule says, why, its quick
// fix and examples. The rule pages, SARIF and the tests read it; the runtime does not.
import type { jsonRules } from '../json';
import type { AreaDocs, RuleExample } from './types';

/** Examples build on a registration that passes every rule, with the keys a rule needs changed. */
const VALID_REGISTRATION: Readonly<Record<string, unknown>> = {
  PFN: 'Contoso.PhotoEditor_m5g0r7arhahqy',
  OEMName: 'Contoso',
  UpdaterName: 'PhotoEditor',
  RegistrationVersion: 1,
  Source: 'Store',
  ProductId: '9NCNTS0PHT01',
  Scenario: 'Acquisition',
};
const VALID_PAYLOAD: Readonly<Record<string, unknown>> = { PFN: 'Contoso.PhotoEditor_m5g0r7arhahqy', Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' };

/** `base` with `changes` (undefined removes a key), as a file writes it. */
function json(base: Readonly<Record<string, unknown>>, changes: Readonly<Record<string, unknown>> = {}): string {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

const REGISTRATION = 'updater_Example.json';
const PAYLOAD = 'example.payload.json';
function registration(changes: Readonly<Record<string, unknown>>, fixed?: Readonly<Record<string, unknown>>): RuleExample {
  return { file: REGISTRATION, text: json(VALID_REGISTRATION, changes), ...(fixed ? { fixed: json(VALID_REGISTRATION, fixed) } : {}) };
}
function payload(changes: Readonly<Record<string, unknown>>, fixed?: Readonly<Record<string, unknown>>): RuleExample {
  return { file: PAYLOAD, text: json(VALID_PAYLOAD, changes), ...(fixed ? { fixed: json(VALID_PAYLOAD, fixed) } : {}) };
}
/** A registration file written by hand (syntax the JSON serializer cannot produce). */
function written(text: string, fixed?: string): RuleExample {
  return { file: REGISTRATION, text, ...(fixed !== undefined ? { fixed } : {}) };
}

export const jsonDocs: AreaDocs<(typeof jsonRules)[number]['id']> = {
  'json-syntax-error': {
    rule: {
      en: 'The document must be well-formed JSON (Windows PowerShell\'s reader also takes some non-JSON such as 03, +1 or single quotes; Windows reads strict JSON).',
      ko: '문서는 올바른 형식의 JSON이어야 합니다(Windows PowerShell의 판독기는 03, +1, 작은따옴표 같은 JSON이 아닌 표기도 받아들이지만 Windows는 엄격한 JSON을 읽습니다).',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Insert the missing comma (when a comma is expected).', ko: '빠진 쉼표를 삽입합니다(쉼표가 필요한 경우).' },
    examples: [written('{\n  "PFN": "Contoso.PhotoEditor_m5g0r7arhahqy"\n  "OEMName": "Contoso"\n}\n', '{\n  "PFN": "Contoso.PhotoEditor_m5g0r7arhahqy",\n  "OEMName": "Contoso"\n}\n')],
  },
  'json-comment': {
    rule: { en: 'Comments are not allowed: Windows reads strict JSON.', ko: '주석은 허용되지 않습니다. Windows는 엄격한 JSON을 읽습니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the comment.', ko: '주석을 제거합니다.' },
    examples: [written(`// Contoso's photo editor\n${json(VALID_REGISTRATION)}`, json(VALID_REGISTRATION))],
  },
  'json-trailing-comma': {
    rule: { en: 'Trailing commas are not allowed: Windows reads strict JSON.', ko: '후행 쉼표는 허용되지 않습니다. Windows는 엄격한 JSON을 읽습니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the comma.', ko: '쉼표를 제거합니다.' },
    examples: [written(json(VALID_REGISTRATION).replace(/"\n}\n$/, '",\n}\n'), json(VALID_REGISTRATION))],
  },
  'root-not-object': {
    rule: { en: 'The document must be one JSON object.', ko: '문서는 하나의 JSON 개체여야 합니다.' },
    why: { en: '', ko: '' },
    examples: [written(`[\n${json(VALID_REGISTRATION).trimEnd()}\n]\n`, json(VALID_REGISTRATION))],
  },
  'registration-encoding': {
    rule: {
      en: 'A registration file must be saved as ASCII: a UTF-16 or UTF-8 byte-order mark is one finding, and the decoded content is checked as usual.',
      ko: '등록 파일은 ASCII로 저장해야 합니다. UTF-16 또는 UTF-8 BOM(바이트 순서 표시)은 하나의 결과로 보고되고, 디코딩한 내용은 평소처럼 검사합니다.',
    },
    why: { en: '', ko: '' },
    examples: [{ file: REGISTRATION, text: json(VALID_REGISTRATION), encoding: 'utf16le-bom' }],
  },
  'non-ascii': {
    rule: {
      en: 'A registration file must be ASCII (no byte-order mark, no accented or other non-ASCII characters).',
      ko: '등록 파일은 ASCII여야 합니다(BOM, 악센트 문자 등 ASCII가 아닌 문자를 쓸 수 없음).',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the byte-order mark.', ko: 'BOM(바이트 순서 표시)을 제거합니다.' },
    examples: [registration({ OEMName: 'Contosö' }, { OEMName: 'Contoso' })],
  },
  'duplicate-key': {
    rule: {
      en: 'Each property name may appear once (compared case-insensitively, as PowerShell does).',
      ko: '각 속성 이름은 한 번만 쓸 수 있습니다(PowerShell처럼 대/소문자를 구분하지 않고 비교).',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the duplicate property.', ko: '중복된 속성을 제거합니다.' },
    examples: [written(json(VALID_REGISTRATION).replace('\n}\n', ',\n  "Scenario": "Acquisition"\n}\n'), json(VALID_REGISTRATION))],
  },
  'key-case-mismatch': {
    rule: { en: 'Keys of expeditedPayload are case-sensitive: `pfn` is not `PFN`.', ko: 'expeditedPayload의 키는 대/소문자를 구분합니다. `pfn`은 `PFN`이 아닙니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Rename the key to its exact spelling.', ko: '키 이름을 정확한 철자로 바꿉니다.' },
    examples: [payload({ PFN: undefined, pfn: VALID_PAYLOAD.PFN }, {})],
  },
  'key-case-variant': {
    rule: {
      en: 'Microsoft\'s validator reads `pfn` as `PFN` (PowerShell property names are case-insensitive), but Windows most likely reads the exact spelling.',
      ko: 'Microsoft의 유효성 검사기는 `pfn`을 `PFN`으로 읽지만(PowerShell 속성 이름은 대/소문자를 구분하지 않음) Windows는 정확한 철자만 읽을 가능성이 높습니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Rename the key to its exact spelling.', ko: '키 이름을 정확한 철자로 바꿉니다.' },
    examples: [{ file: REGISTRATION, text: json(VALID_REGISTRATION).replace('"PFN"', '"pfn"'), fixed: json(VALID_REGISTRATION) }],
  },
  'json-empty-key': {
    rule: {
      en: 'A property name must not be empty: Windows PowerShell 5.1\'s ConvertFrom-Json cannot turn it into a property, so Test-UpdaterRegistration fails (at any depth).',
      ko: '속성 이름은 비어 있으면 안 됩니다. Windows PowerShell 5.1의 ConvertFrom-Json이 이를 속성으로 만들 수 없어 Test-UpdaterRegistration이 실패합니다(깊이와 관계없음).',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the property.', ko: '속성을 제거합니다.' },
    examples: [registration({ '': 'x' }, {})],
  },
  'json-unreadable-value': {
    rule: {
      en: 'Windows PowerShell 5.1 cannot convert a number beyond a Double\'s range or a "\\/Date(ms)\\/" string beyond .NET\'s DateTime range, so Test-UpdaterRegistration fails.',
      ko: 'Windows PowerShell 5.1은 Double 범위를 벗어난 숫자나 .NET DateTime 범위를 벗어난 "\\/Date(ms)\\/" 문자열을 변환할 수 없으므로 Test-UpdaterRegistration이 실패합니다.',
    },
    why: { en: '', ko: '' },
    examples: [written(json(VALID_REGISTRATION).replace('\n}\n', ',\n  "Note": 1e999\n}\n'))],
  },
  'json-too-deep': {
    rule: {
      en: 'JSON may be nested at most 102 levels deep: Windows PowerShell 5.1\'s ConvertFrom-Json stops there (RecursionLimit 100 + 2).',
      ko: 'JSON은 최대 102단계까지만 중첩할 수 있습니다. Windows PowerShell 5.1의 ConvertFrom-Json은 거기서 멈춥니다(RecursionLimit 100 + 2).',
    },
    why: { en: '', ko: '' },
    examples: [written(json(VALID_REGISTRATION).replace('\n}\n', `,\n  "Note": ${'['.repeat(110)}${']'.repeat(110)}\n}\n`), json(VALID_REGISTRATION))],
  },
  'unknown-key': {
    rule: { en: 'Keys the form does not define are ignored and usually typos.', ko: '형식에 정의되지 않은 키는 무시되며 대개 오타입니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Rename the key to the suggested one.', ko: '키 이름을 제안된 이름으로 바꿉니다.' },
    examples: [registration({ MaxRetryCont: 2 }, { MaxRetryCount: 2 })],
  },
  'missing-required-key': {
    rule: {
      en: 'Required keys must be present: PFN, OEMName, UpdaterName, RegistrationVersion, Source, Scenario (file form); PFN and Endpoint (payload).',
      ko: '필수 키가 있어야 합니다. 파일 형식은 PFN, OEMName, UpdaterName, RegistrationVersion, Source, Scenario, 페이로드는 PFN과 Endpoint입니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Insert the key with a placeholder value.', ko: '자리 표시자 값으로 키를 삽입합니다.' },
    examples: [registration({ Scenario: undefined }, {})],
  },
  'productid-required-for-store': {
    rule: { en: 'ProductId is required when Source is Store.', ko: 'Source가 Store이면 ProductId가 필요합니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Insert ProductId with a placeholder value.', ko: '자리 표시자 값으로 ProductId를 삽입합니다.' },
    examples: [registration({ ProductId: undefined }, {})],
  },
  'endpoint-required-for-customurl': {
    rule: { en: 'Endpoint is required when Source is CustomURL.', ko: 'Source가 CustomURL이면 Endpoint가 필요합니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Insert Endpoint with a placeholder URL.', ko: '자리 표시자 URL로 Endpoint를 삽입합니다.' },
    examples: [registration({ Source: 'CustomURL', ProductId: undefined }, { Source: 'CustomURL', ProductId: undefined, Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' })],
  },
  'wrong-type': {
    rule: { en: 'Each key has one type: strings, integers, true/false booleans, arrays.', ko: '각 키에는 하나의 형식이 있습니다. 문자열, 정수, true/false 부울, 배열입니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Convert the value ("true" → true, "5" → 5, "US" → ["US"]).', ko: '값을 변환합니다("true" → true, "5" → 5, "US" → ["US"]).' },
    examples: [registration({ MaxRetryCount: '2' }, { MaxRetryCount: 2 })],
  },
  'invalid-name': {
    rule: { en: 'OEMName and UpdaterName may contain only letters, digits, `_` and `-`.', ko: 'OEMName과 UpdaterName에는 문자, 숫자, `_` 및 `-`만 쓸 수 있습니다.' },
    why: { en: '', ko: '' },
    examples: [registration({ OEMName: 'Contoso Ltd.' }, {})],
  },
  'registration-version-invalid': {
    rule: { en: 'RegistrationVersion must be an integer >= 1.', ko: 'RegistrationVersion은 1 이상의 정수여야 합니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Set it to 1.', ko: '1로 설정합니다.' },
    examples: [registration({ RegistrationVersion: 0 }, {})],
  },
  'invalid-enum-value': {
    rule: { en: 'Source, Scenario and Architecture take one of their listed values.', ko: 'Source, Scenario, Architecture에는 나열된 값 중 하나를 씁니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Use the correctly spelled value.', ko: '철자가 올바른 값을 사용합니다.' },
    examples: [registration({ Scenario: 'Install' }, {})],
  },
  'enum-case-variant': {
    rule: {
      en: 'Microsoft\'s validator accepts `store`, `update`, `AMD64` (PowerShell compares case-insensitively), but the documentation spells the values exactly and does not say Windows\' reader ignores case.',
      ko: 'Microsoft의 유효성 검사기는 `store`, `update`, `AMD64`를 허용하지만(PowerShell은 대/소문자를 구분하지 않고 비교함) 설명서는 값의 철자를 정확히 적고 있으며 Windows의 판독기가 대/소문자를 무시한다고 하지 않습니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Use the documented spelling.', ko: '설명서의 철자를 사용합니다.' },
    examples: [registration({ Source: 'store' }, {})],
  },
  'endpoint-not-https': {
    rule: {
      en: 'Endpoint must be an SSL URI starting with https:// (file form with CustomURL; registry payload [KO-DOC]).',
      ko: 'Endpoint는 https://로 시작하는 SSL URI여야 합니다(CustomURL을 쓰는 파일 형식, 레지스트리 페이로드 [KO-DOC]).',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Change http:// to https://.', ko: 'http://를 https://로 바꿉니다.' },
    examples: [payload({ Endpoint: 'http://downloads.contoso.com/PhotoEditor.msixbundle' }, {})],
  },
  'endpoint-invalid-url': {
    rule: { en: 'Endpoint must be a real URL with a host name.', ko: 'Endpoint는 호스트 이름이 있는 실제 URL이어야 합니다.' },
    why: { en: '', ko: '' },
    examples: [payload({ Endpoint: 'https://' }, {})],
  },
  'max-retry-out-of-range': {
    rule: {
      en: 'MaxRetryCount must be 1..5 in a registration file ([AO] rejects 0) and at most 5 in a payload [KO-DOC].',
      ko: 'MaxRetryCount는 등록 파일에서 1..5([AO]는 0을 거부함), 페이로드에서 최대 5여야 합니다 [KO-DOC].',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Clamp to the range.', ko: '범위 안의 값으로 맞춥니다.' },
    examples: [registration({ MaxRetryCount: 7 }, { MaxRetryCount: 5 })],
  },
  'timeout-out-of-range': {
    rule: {
      en: 'TimeoutDurationInMinutes must be 1..30 (file form [AO]; payload at most 30 [KO-DOC]).',
      ko: 'TimeoutDurationInMinutes는 1..30이어야 합니다(파일 형식 [AO], 페이로드는 최대 30 [KO-DOC]).',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Clamp to the range.', ko: '범위 안의 값으로 맞춥니다.' },
    examples: [payload({ TimeoutDurationInMinutes: 60 }, { TimeoutDurationInMinutes: 30 })],
  },
  'min-build-out-of-range': {
    rule: { en: 'MinimumAllowedBuildVersion must be 1..100000.', ko: 'MinimumAllowedBuildVersion은 1..100000이어야 합니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Clamp to the range.', ko: '범위 안의 값으로 맞춥니다.' },
    examples: [registration({ MinimumAllowedBuildVersion: 0 }, { MinimumAllowedBuildVersion: 22631 })],
  },
  'priority-out-of-range': {
    rule: {
      en: 'Priority (registration file) and updaterPriority (registry form) must be 1..100; lower runs earlier.',
      ko: 'Priority(등록 파일)와 updaterPriority(레지스트리 형식)는 1..100이어야 하며, 낮을수록 먼저 실행됩니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Clamp to the range.', ko: '범위 안의 값으로 맞춥니다.' },
    examples: [registration({ Priority: 0 }, { Priority: 1 })],
  },
  'included-and-excluded': {
    rule: {
      en: 'IncludedRegions and ExcludedRegions (or IncludedEditions and ExcludedEditions) may not both be present.',
      ko: 'IncludedRegions와 ExcludedRegions(또는 IncludedEditions와 ExcludedEditions)를 함께 쓸 수 없습니다.',
    },
    why: { en: '', ko: '' },
    examples: [registration({ IncludedRegions: ['US'], ExcludedRegions: ['KR'] }, { IncludedRegions: ['US'] })],
  },
  'empty-array': {
    rule: { en: 'Region and edition lists must not be empty.', ko: '지역 및 에디션 목록은 비어 있으면 안 됩니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the empty list.', ko: '빈 목록을 제거합니다.' },
    examples: [registration({ IncludedRegions: [] }, {})],
  },
  'duplicate-array-item': {
    rule: { en: 'Region and edition lists must not repeat an entry.', ko: '지역 및 에디션 목록에 같은 항목을 반복할 수 없습니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the repeated entry.', ko: '반복된 항목을 제거합니다.' },
    examples: [registration({ IncludedRegions: ['US', 'KR', 'US'] }, { IncludedRegions: ['US', 'KR'] })],
  },
  'honor-deprovisioning-with-update': {
    rule: {
      en: 'HonorDeprovisioning true is only allowed with Scenario Acquisition or StubAcquisition, not Update.',
      ko: 'HonorDeprovisioning true는 Scenario가 Acquisition 또는 StubAcquisition일 때만 허용되며 Update에서는 허용되지 않습니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove HonorDeprovisioning.', ko: 'HonorDeprovisioning을 제거합니다.' },
    examples: [registration({ Scenario: 'Update', HonorDeprovisioning: true }, { Scenario: 'Update' })],
  },
  'update-with-customurl': {
    rule: {
      en: 'Scenario Update with Source CustomURL: Microsoft\'s validator accepts it, but the documentation does not say Windows supports an update from a custom URL.',
      ko: 'Scenario Update와 Source CustomURL의 조합: Microsoft의 유효성 검사기는 이를 허용하지만 설명서에는 Windows가 사용자 지정 URL에서의 업데이트를 지원한다는 내용이 없습니다.',
    },
    why: { en: '', ko: '' },
    examples: [registration({ Scenario: 'Update', Source: 'CustomURL', ProductId: undefined, Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' }, { Source: 'CustomURL', ProductId: undefined, Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' })],
  },
  'skip-if-present-with-update': {
    rule: { en: 'SkipIfPresent is only meaningful for Acquisition scenarios; with Update it does nothing.', ko: 'SkipIfPresent는 Acquisition 시나리오에서만 의미가 있으며 Update에서는 아무 효과가 없습니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Remove SkipIfPresent.', ko: 'SkipIfPresent를 제거합니다.' },
    examples: [registration({ Scenario: 'Update', SkipIfPresent: true }, { Scenario: 'Update' })],
  },
  'ignored-productid': {
    rule: { en: 'ProductId is only read when Source is Store.', ko: 'ProductId는 Source가 Store일 때만 읽습니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Remove ProductId.', ko: 'ProductId를 제거합니다.' },
    examples: [registration({ Source: 'CustomURL', Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' }, { Source: 'CustomURL', ProductId: undefined, Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' })],
  },
  'ignored-endpoint': {
    rule: { en: 'Endpoint is only read when Source is CustomURL.', ko: 'Endpoint는 Source가 CustomURL일 때만 읽습니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Remove Endpoint.', ko: 'Endpoint를 제거합니다.' },
    examples: [registration({ Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' }, {})],
  },
  'payload-priority-ignored': {
    rule: {
      en: 'The registry form takes its order from updaterPriority; a Priority key inside expeditedPayload is ignored.',
      ko: '레지스트리 형식은 updaterPriority로 순서를 정하며, expeditedPayload 안의 Priority 키는 무시됩니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove Priority (set updaterPriority instead).', ko: 'Priority를 제거합니다(대신 updaterPriority를 설정).' },
    examples: [payload({ Priority: 10 }, {})],
  },
  'pfn-invalid': {
    rule: {
      en: 'A PFN is <Name>_<PublisherId>: Name 3-50 of [A-Za-z0-9.-] and not a reserved device name, PublisherId 13 Crockford base32 characters, 17-64 in all.',
      ko: '패키지 패밀리 이름(PFN)은 <Name>_<PublisherId> 형식입니다. Name은 [A-Za-z0-9.-] 3-50자이며 예약된 장치 이름이 아니어야 하고, PublisherId는 Crockford base32 13자, 전체는 17-64자입니다.',
    },
    why: { en: '', ko: '' },
    examples: [registration({ PFN: 'Contoso.PhotoEditor' }, {})],
  },
  'pfn-publisher-uppercase': {
    rule: {
      en: 'Publisher ids are lowercase; PFNs compare case-insensitively, so uppercase works but is unusual.',
      ko: '게시자 ID는 소문자입니다. PFN은 대/소문자를 구분하지 않고 비교하므로 대문자도 동작하지만 일반적이지 않습니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Lowercase the publisher id.', ko: '게시자 ID를 소문자로 바꿉니다.' },
    examples: [registration({ PFN: 'Contoso.PhotoEditor_M5G0R7ARHAHQY' }, {})],
  },
  'region-not-assigned': {
    rule: {
      en: 'Regions are assigned ISO 3166-1 alpha-2 codes; reserved and user-assigned codes (UK, EL, EU) never match a device. XK (Kosovo, user-assigned) is accepted: Windows\' geo data uses it.',
      ko: '지역은 할당된 ISO 3166-1 alpha-2 코드로 씁니다. 예약된 코드와 사용자 할당 코드(UK, EL, EU)는 어떤 장치와도 일치하지 않습니다. XK(코소보, 사용자 할당)는 Windows의 지역 데이터가 사용하므로 허용됩니다.',
    },
    why: { en: '', ko: '' },
    fix: {
      en: 'Replace with the assigned code (UK → GB, EL → GR, alpha-3 → alpha-2); a group (EU) with its member states; or remove the entry.',
      ko: '할당된 코드로 바꾸거나(UK → GB, EL → GR, alpha-3 → alpha-2), 그룹(EU)은 회원국 목록으로 바꾸거나, 항목을 제거합니다.',
    },
    examples: [registration({ IncludedRegions: ['US', 'UK'] }, { IncludedRegions: ['US', 'GB'] })],
  },
  'region-lowercase': {
    rule: {
      en: 'Region codes are uppercase; Windows reports the device region in uppercase and case-insensitive matching is not documented.',
      ko: '지역 코드는 대문자입니다. Windows는 장치 지역을 대문자로 보고하며, 대/소문자를 구분하지 않는 일치는 설명서에 없습니다.',
    },
    why: { en: '', ko: '' },
    fix: { en: 'Uppercase the code.', ko: '코드를 대문자로 바꿉니다.' },
    examples: [registration({ IncludedRegions: ['kr'] }, { IncludedRegions: ['KR'] })],
  },
  'edition-unknown': {
    rule: { en: 'Edition codes must be known GetProductInfo values (core/data/windows-editions.json).', ko: '에디션 코드는 알려진 GetProductInfo 값이어야 합니다(core/data/windows-editions.json).' },
    why: { en: '', ko: '' },
    examples: [registration({ IncludedEditions: [48, 9999] }, { IncludedEditions: [48] })],
  },
  'edition-server': {
    rule: { en: 'Server editions never run registrations: the AppOrchestration module refuses on Server.', ko: 'Server 에디션은 등록을 실행하지 않습니다. AppOrchestration 모듈은 Server에서 실행을 거부합니다.' },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the Server edition.', ko: 'Server 에디션을 제거합니다.' },
    examples: [registration({ IncludedEditions: [48, 7] }, { IncludedEditions: [48] })],
  },
};
