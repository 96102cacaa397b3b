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
    why: {
      en: "Microsoft's English documentation describes the registration file as a JSON file, and Windows reads it as strict JSON. Windows PowerShell's reader, which Test-UpdaterRegistration uses, also takes forms such as 03, +1 or single quotes, so passing Microsoft's validator does not prove the file is JSON.",
      ko: "Microsoft의 영어 문서는 등록 파일을 JSON 파일로 설명하며, Windows는 이를 엄격한 JSON으로 읽습니다. Test-UpdaterRegistration이 사용하는 Windows PowerShell의 JSON 판독기는 03, +1, 작은따옴표 같은 형식도 받아들이므로, Microsoft의 유효성 검사기를 통과했다고 해서 올바른 JSON이라는 보장은 없습니다.",
    },
    fix: { en: 'Insert the missing comma (when a comma is expected).', ko: '빠진 쉼표를 삽입합니다(쉼표가 필요한 경우).' },
    examples: [written('{\n  "PFN": "Contoso.PhotoEditor_m5g0r7arhahqy"\n  "OEMName": "Contoso"\n}\n', '{\n  "PFN": "Contoso.PhotoEditor_m5g0r7arhahqy",\n  "OEMName": "Contoso"\n}\n')],
  },
  'json-comment': {
    rule: { en: 'Comments are not allowed: Windows reads strict JSON.', ko: '주석은 허용되지 않습니다. Windows는 엄격한 JSON을 읽습니다.' },
    why: {
      en: "The registration file is JSON (Microsoft's English documentation), and standard JSON has no comments. A strict reader rejects the whole file for one comment, so the registration is lost for a note.",
      ko: "등록 파일은 JSON이며(Microsoft의 영어 문서), 표준 JSON에는 주석이 없습니다. 엄격한 판독기는 주석 하나 때문에 파일 전체를 거부하므로, 메모 한 줄 때문에 등록 전체가 사라집니다.",
    },
    fix: { en: 'Remove the comment.', ko: '주석을 제거합니다.' },
    examples: [written(`// Contoso's photo editor\n${json(VALID_REGISTRATION)}`, json(VALID_REGISTRATION))],
  },
  'json-trailing-comma': {
    rule: { en: 'Trailing commas are not allowed: Windows reads strict JSON.', ko: '후행 쉼표는 허용되지 않습니다. Windows는 엄격한 JSON을 읽습니다.' },
    why: {
      en: "The registration file is JSON (Microsoft's English documentation), and standard JSON does not allow a comma after the last member. A strict reader rejects the whole file, although many editors and lenient readers accept it without a word.",
      ko: "등록 파일은 JSON이며(Microsoft의 영어 문서), 표준 JSON은 마지막 항목 뒤의 쉼표를 허용하지 않습니다. 많은 편집기와 관대한 판독기는 아무 경고 없이 받아들이지만, 엄격한 판독기는 파일 전체를 거부합니다.",
    },
    fix: { en: 'Remove the comma.', ko: '쉼표를 제거합니다.' },
    examples: [written(json(VALID_REGISTRATION).replace(/"\n}\n$/, '",\n}\n'), json(VALID_REGISTRATION))],
  },
  'root-not-object': {
    rule: { en: 'The document must be one JSON object.', ko: '문서는 하나의 JSON 개체여야 합니다.' },
    why: {
      en: "Test-UpdaterRegistration in Microsoft's AppOrchestration.psm1 reads the file with ConvertFrom-Json and then looks up its properties (OEMName, UpdaterName, PFN …); an array or a bare value has none, so the registration is refused.",
      ko: "Microsoft의 AppOrchestration.psm1에 있는 Test-UpdaterRegistration은 ConvertFrom-Json으로 파일을 읽은 뒤 속성(OEMName, UpdaterName, PFN 등)을 찾습니다. 배열이나 단일 값에는 속성이 없으므로 등록이 거부됩니다.",
    },
    examples: [written(`[\n${json(VALID_REGISTRATION).trimEnd()}\n]\n`, json(VALID_REGISTRATION))],
  },
  'registration-encoding': {
    rule: {
      en: 'A registration file must be saved as ASCII: a UTF-16 or UTF-8 byte-order mark is one finding, and the decoded content is checked as usual.',
      ko: '등록 파일은 ASCII로 저장해야 합니다. UTF-16 또는 UTF-8 BOM(바이트 순서 표시)은 하나의 결과로 보고되고, 디코딩한 내용은 평소처럼 검사합니다.',
    },
    why: {
      en: "Microsoft's English documentation says the registration file must be ASCII. A byte-order mark is not ASCII: editors hide it, but a reader that expects ASCII sees two or three extra bytes before the first brace.",
      ko: "Microsoft의 영어 문서는 등록 파일이 ASCII여야 한다고 명시합니다. 바이트 순서 표시(BOM)는 ASCII가 아닙니다. 편집기에서는 보이지 않지만, ASCII를 기대하는 판독기는 첫 중괄호 앞에 2~3바이트가 더 있는 것으로 읽습니다.",
    },
    examples: [{ file: REGISTRATION, text: json(VALID_REGISTRATION), encoding: 'utf16le-bom' }],
  },
  'non-ascii': {
    rule: {
      en: 'A registration file must be ASCII (no byte-order mark, no accented or other non-ASCII characters).',
      ko: '등록 파일은 ASCII여야 합니다(BOM, 악센트 문자 등 ASCII가 아닌 문자를 쓸 수 없음).',
    },
    why: {
      en: "Microsoft's English documentation says the registration file must be ASCII. An accented letter or a typographic quote, often pasted from a document, makes the file not ASCII, and how Windows then reads it is not documented.",
      ko: "Microsoft의 영어 문서는 등록 파일이 ASCII여야 한다고 명시합니다. 문서에서 복사해 붙여 넣은 악센트 문자나 둥근 따옴표가 하나라도 있으면 파일은 ASCII가 아니며, 이때 Windows가 파일을 어떻게 읽는지는 문서화되어 있지 않습니다.",
    },
    fix: { en: 'Remove the byte-order mark.', ko: 'BOM(바이트 순서 표시)을 제거합니다.' },
    examples: [registration({ OEMName: 'Contosö' }, { OEMName: 'Contoso' })],
  },
  'duplicate-key': {
    rule: {
      en: 'Each property name may appear once (compared case-insensitively, as PowerShell does).',
      ko: '각 속성 이름은 한 번만 쓸 수 있습니다(PowerShell처럼 대/소문자를 구분하지 않고 비교).',
    },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) scans the raw text for every `\"name\":` and throws \"Duplicate property found\" when a name comes a second time. Its lookup is a PowerShell hashtable, which ignores case, so `PFN` and `pfn` count as the same name.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 원본 텍스트에서 `\"name\":` 형태를 모두 찾아, 같은 이름이 두 번째로 나오면 \"Duplicate property found\" 오류를 냅니다. 이 검사는 대/소문자를 구분하지 않는 PowerShell 해시 테이블을 쓰므로 `PFN`과 `pfn`은 같은 이름으로 취급됩니다.",
    },
    fix: { en: 'Remove the duplicate property.', ko: '중복된 속성을 제거합니다.' },
    examples: [written(json(VALID_REGISTRATION).replace('\n}\n', ',\n  "Scenario": "Acquisition"\n}\n'), json(VALID_REGISTRATION))],
  },
  'key-case-mismatch': {
    rule: { en: 'Keys of expeditedPayload are case-sensitive: `pfn` is not `PFN`.', ko: 'expeditedPayload의 키는 대/소문자를 구분합니다. `pfn`은 `PFN`이 아닙니다.' },
    why: {
      en: "Our own reading: Microsoft's Korean documentation spells each payload key exactly, and Windows most likely reads the expeditedPayload JSON with exact case. Nothing in the registry form checks the payload before Windows does, so `pfn` would leave the PFN missing without a message.",
      ko: "Expedited Apps 자체 해석입니다. Microsoft의 한국어 문서는 페이로드의 각 키 이름을 정확한 철자로 제시하며, Windows는 expeditedPayload JSON을 대/소문자를 구분해 읽을 가능성이 큽니다. 레지스트리 형식에는 Windows보다 먼저 페이로드를 검사하는 단계가 없으므로, `pfn`으로 쓰면 아무 메시지 없이 PFN이 없는 것으로 처리될 수 있습니다.",
    },
    fix: { en: 'Rename the key to its exact spelling.', ko: '키 이름을 정확한 철자로 바꿉니다.' },
    examples: [payload({ PFN: undefined, pfn: VALID_PAYLOAD.PFN }, {})],
  },
  'key-case-variant': {
    rule: {
      en: 'Microsoft\'s validator reads `pfn` as `PFN` (PowerShell property names are case-insensitive), but Windows most likely reads the exact spelling.',
      ko: 'Microsoft의 유효성 검사기는 `pfn`을 `PFN`으로 읽지만(PowerShell 속성 이름은 대/소문자를 구분하지 않음) Windows는 정확한 철자만 읽을 가능성이 높습니다.',
    },
    why: {
      en: "Microsoft's validator accepts this, but only because PowerShell property names ignore case; the documentation spells every key exactly, and Windows most likely reads the exact spelling. A file that passes Test-UpdaterRegistration may still lose the key on the device.",
      ko: "Microsoft의 유효성 검사기는 이를 허용하지만, 이는 PowerShell 속성 이름이 대/소문자를 구분하지 않기 때문일 뿐입니다. 문서는 모든 키를 정확한 철자로 제시하며, Windows는 정확한 철자만 읽을 가능성이 큽니다. Test-UpdaterRegistration을 통과한 파일이라도 장치에서는 그 키가 무시될 수 있습니다.",
    },
    fix: { en: 'Rename the key to its exact spelling.', ko: '키 이름을 정확한 철자로 바꿉니다.' },
    examples: [{ file: REGISTRATION, text: json(VALID_REGISTRATION).replace('"PFN"', '"pfn"'), fixed: json(VALID_REGISTRATION) }],
  },
  'json-empty-key': {
    rule: {
      en: 'A property name must not be empty: Windows PowerShell 5.1\'s ConvertFrom-Json cannot turn it into a property, so Test-UpdaterRegistration fails (at any depth).',
      ko: '속성 이름은 비어 있으면 안 됩니다. Windows PowerShell 5.1의 ConvertFrom-Json이 이를 속성으로 만들 수 없어 Test-UpdaterRegistration이 실패합니다(깊이와 관계없음).',
    },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) reads the file with Windows PowerShell 5.1's ConvertFrom-Json, which cannot make a property with an empty name and throws, wherever the key sits. The registration then cannot be added at all.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 Windows PowerShell 5.1의 ConvertFrom-Json으로 파일을 읽는데, 이 명령은 이름이 비어 있는 속성을 만들 수 없어 키가 어느 깊이에 있든 오류를 냅니다. 그러면 등록을 아예 추가할 수 없습니다.",
    },
    fix: { en: 'Remove the property.', ko: '속성을 제거합니다.' },
    examples: [registration({ '': 'x' }, {})],
  },
  'json-unreadable-value': {
    rule: {
      en: 'Windows PowerShell 5.1 cannot convert a number beyond a Double\'s range or a "\\/Date(ms)\\/" string beyond .NET\'s DateTime range, so Test-UpdaterRegistration fails.',
      ko: 'Windows PowerShell 5.1은 Double 범위를 벗어난 숫자나 .NET DateTime 범위를 벗어난 "\\/Date(ms)\\/" 문자열을 변환할 수 없으므로 Test-UpdaterRegistration이 실패합니다.',
    },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) converts the whole file with Windows PowerShell 5.1's ConvertFrom-Json, which throws on a number beyond a Double or a \"\\/Date(ms)\\/\" string beyond .NET's DateTime range, even in a key Windows never reads.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 Windows PowerShell 5.1의 ConvertFrom-Json으로 파일 전체를 변환합니다. 이 명령은 Double 범위를 넘는 숫자나 .NET DateTime 범위를 넘는 \"\\/Date(ms)\\/\" 문자열을 만나면, Windows가 읽지도 않는 키에 있더라도 오류를 냅니다.",
    },
    examples: [written(json(VALID_REGISTRATION).replace('\n}\n', ',\n  "Note": 1e999\n}\n'))],
  },
  'json-too-deep': {
    rule: {
      en: 'JSON may be nested at most 102 levels deep: Windows PowerShell 5.1\'s ConvertFrom-Json stops there (RecursionLimit 100 + 2).',
      ko: 'JSON은 최대 102단계까지만 중첩할 수 있습니다. Windows PowerShell 5.1의 ConvertFrom-Json은 거기서 멈춥니다(RecursionLimit 100 + 2).',
    },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) reads the file with Windows PowerShell 5.1's ConvertFrom-Json, whose serializer stops at 102 levels (RecursionLimit 100 + 2) and throws, so Microsoft's validator refuses the file.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 Windows PowerShell 5.1의 ConvertFrom-Json으로 파일을 읽습니다. 이 직렬 변환기는 102단계(RecursionLimit 100 + 2)에서 멈추고 오류를 내므로, Microsoft의 유효성 검사기가 파일을 거부합니다.",
    },
    examples: [written(json(VALID_REGISTRATION).replace('\n}\n', `,\n  "Note": ${'['.repeat(110)}${']'.repeat(110)}\n}\n`), json(VALID_REGISTRATION))],
  },
  'unknown-key': {
    rule: { en: 'Keys the form does not define are ignored and usually typos.', ko: '형식에 정의되지 않은 키는 무시되며 대개 오타입니다.' },
    why: {
      en: "Our own reading: Microsoft's validator does not reject keys it does not know, and Windows ignores them, so a misspelt optional key such as `AllowInOobe` silently keeps its default. The keys come from Microsoft's English and Korean documentation.",
      ko: "Expedited Apps 자체 해석입니다. Microsoft의 유효성 검사기는 모르는 키를 거부하지 않고 Windows도 이를 무시하므로, `AllowInOobe`처럼 철자가 틀린 선택적 키는 아무 경고 없이 기본값으로 남습니다. 키 목록은 Microsoft의 영어 및 한국어 문서를 따릅니다.",
    },
    fix: { en: 'Rename the key to the suggested one.', ko: '키 이름을 제안된 이름으로 바꿉니다.' },
    examples: [registration({ MaxRetryCont: 2 }, { MaxRetryCount: 2 })],
  },
  'missing-required-key': {
    rule: {
      en: 'Required keys must be present: PFN, OEMName, UpdaterName, RegistrationVersion, Source, Scenario (file form); PFN and Endpoint (payload).',
      ko: '필수 키가 있어야 합니다. 파일 형식은 PFN, OEMName, UpdaterName, RegistrationVersion, Source, Scenario, 페이로드는 PFN과 Endpoint입니다.',
    },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"OEMName, UpdaterName, PFN, RegistrationVersion, Scenario and Source are required properties\" when one is absent; for the registry form, Microsoft's Korean documentation marks PFN and Endpoint of expeditedPayload as required.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 필수 속성이 하나라도 없으면 \"OEMName, UpdaterName, PFN, RegistrationVersion, Scenario and Source are required properties\" 오류를 냅니다. 레지스트리 형식에서는 Microsoft의 한국어 문서가 expeditedPayload의 PFN과 Endpoint를 필수로 지정합니다.",
    },
    fix: { en: 'Insert the key with a placeholder value.', ko: '자리 표시자 값으로 키를 삽입합니다.' },
    examples: [registration({ Scenario: undefined }, {})],
  },
  'productid-required-for-store': {
    rule: { en: 'ProductId is required when Source is Store.', ko: 'Source가 Store이면 ProductId가 필요합니다.' },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"Product ID needs to be specified for Store source\": a Store registration names the app by its Store product ID, not by a download URL.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"Product ID needs to be specified for Store source\" 오류를 냅니다. Store 등록은 다운로드 URL이 아니라 Store 제품 ID로 앱을 지정하기 때문입니다.",
    },
    fix: { en: 'Insert ProductId with a placeholder value.', ko: '자리 표시자 값으로 ProductId를 삽입합니다.' },
    examples: [registration({ ProductId: undefined }, {})],
  },
  'endpoint-required-for-customurl': {
    rule: { en: 'Endpoint is required when Source is CustomURL.', ko: 'Source가 CustomURL이면 Endpoint가 필요합니다.' },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"Endpoint needs to be specified for CustomURL source\": with CustomURL, the Endpoint is the only place the package can be downloaded from.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"Endpoint needs to be specified for CustomURL source\" 오류를 냅니다. CustomURL에서는 Endpoint가 패키지를 내려받을 유일한 위치이기 때문입니다.",
    },
    fix: { en: 'Insert Endpoint with a placeholder URL.', ko: '자리 표시자 URL로 Endpoint를 삽입합니다.' },
    examples: [registration({ Source: 'CustomURL', ProductId: undefined }, { Source: 'CustomURL', ProductId: undefined, Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' })],
  },
  'wrong-type': {
    rule: { en: 'Each key has one type: strings, integers, true/false booleans, arrays.', ko: '각 키에는 하나의 형식이 있습니다. 문자열, 정수, true/false 부울, 배열입니다.' },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) checks the type of every key it knows (strings for the names and PFN, integers for versions, counts and priorities, booleans, arrays) and throws on the first mismatch, e.g. \"MaxRetryCount needs to be an Integer between 1 and 5\".",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 아는 모든 키의 형식(이름과 PFN은 문자열, 버전·횟수·우선 순위는 정수, 부울, 배열)을 검사하고, 처음 어긋나는 곳에서 \"MaxRetryCount needs to be an Integer between 1 and 5\" 같은 오류를 냅니다.",
    },
    fix: { en: 'Convert the value ("true" → true, "5" → 5, "US" → ["US"]).', ko: '값을 변환합니다("true" → true, "5" → 5, "US" → ["US"]).' },
    examples: [registration({ MaxRetryCount: '2' }, { MaxRetryCount: 2 })],
  },
  'invalid-name': {
    rule: { en: 'OEMName and UpdaterName may contain only letters, digits, `_` and `-`.', ko: 'OEMName과 UpdaterName에는 문자, 숫자, `_` 및 `-`만 쓸 수 있습니다.' },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"OEMName can only contain alphanumeric characters, underscores, and hyphens\" (and the same for UpdaterName): the two names become a folder name and the registry subkey <OEMName>_<UpdaterName>.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"OEMName can only contain alphanumeric characters, underscores, and hyphens\" 오류를 냅니다(UpdaterName도 같음). 두 이름은 폴더 이름과 레지스트리 하위 키 <OEMName>_<UpdaterName>이 되기 때문입니다.",
    },
    examples: [registration({ OEMName: 'Contoso Ltd.' }, {})],
  },
  'registration-version-invalid': {
    rule: { en: 'RegistrationVersion must be an integer >= 1.', ko: 'RegistrationVersion은 1 이상의 정수여야 합니다.' },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"RegistrationVersion must be greater than 0\" and requires an integer.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 정수를 요구하며 \"RegistrationVersion must be greater than 0\" 오류를 냅니다.",
    },
    fix: { en: 'Set it to 1.', ko: '1로 설정합니다.' },
    examples: [registration({ RegistrationVersion: 0 }, {})],
  },
  'invalid-enum-value': {
    rule: { en: 'Source, Scenario and Architecture take one of their listed values.', ko: 'Source, Scenario, Architecture에는 나열된 값 중 하나를 씁니다.' },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"Scenario can only be 'Update', 'Acquisition', or 'StubAcquisition'\", \"Source can only be 'CustomURL' or 'Store'\" and \"Architecture can only be 'amd64' or 'arm64'\".",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"Scenario can only be 'Update', 'Acquisition', or 'StubAcquisition'\", \"Source can only be 'CustomURL' or 'Store'\", \"Architecture can only be 'amd64' or 'arm64'\" 오류를 냅니다.",
    },
    fix: { en: 'Use the correctly spelled value.', ko: '철자가 올바른 값을 사용합니다.' },
    examples: [registration({ Scenario: 'Install' }, {})],
  },
  'enum-case-variant': {
    rule: {
      en: 'Microsoft\'s validator accepts `store`, `update`, `AMD64` (PowerShell compares case-insensitively), but the documentation spells the values exactly and does not say Windows\' reader ignores case.',
      ko: 'Microsoft의 유효성 검사기는 `store`, `update`, `AMD64`를 허용하지만(PowerShell은 대/소문자를 구분하지 않고 비교함) 설명서는 값의 철자를 정확히 적고 있으며 Windows의 판독기가 대/소문자를 무시한다고 하지 않습니다.',
    },
    why: {
      en: "Microsoft's validator accepts this, but only because PowerShell's -eq ignores case; Microsoft's English documentation spells the values exactly and never says Windows' own reader ignores case, so `store` may not mean Store on the device.",
      ko: "Microsoft의 유효성 검사기는 이를 허용하지만, 이는 PowerShell의 -eq가 대/소문자를 구분하지 않기 때문일 뿐입니다. Microsoft의 영어 문서는 값을 정확한 철자로 제시하며 Windows 자체 판독기가 대/소문자를 무시한다고 말하지 않으므로, 장치에서는 `store`가 Store로 읽히지 않을 수 있습니다.",
    },
    fix: { en: 'Use the documented spelling.', ko: '설명서의 철자를 사용합니다.' },
    examples: [registration({ Source: 'store' }, {})],
  },
  'endpoint-not-https': {
    rule: {
      en: 'Endpoint must be an SSL URI starting with https:// (file form with CustomURL; registry payload [KO-DOC]).',
      ko: 'Endpoint는 https://로 시작하는 SSL URI여야 합니다(CustomURL을 쓰는 파일 형식, 레지스트리 페이로드 [KO-DOC]).',
    },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"CustomURL must be an SSL URI that begins with 'https'\", and Microsoft's Korean documentation requires the same of the payload's Endpoint: the package is downloaded and installed without a user present.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"CustomURL must be an SSL URI that begins with 'https'\" 오류를 내며, Microsoft의 한국어 문서도 페이로드의 Endpoint에 같은 조건을 요구합니다. 패키지는 사용자가 지켜보지 않는 상태에서 다운로드되어 설치되기 때문입니다.",
    },
    fix: { en: 'Change http:// to https://.', ko: 'http://를 https://로 바꿉니다.' },
    examples: [payload({ Endpoint: 'http://downloads.contoso.com/PhotoEditor.msixbundle' }, {})],
  },
  'endpoint-invalid-url': {
    rule: { en: 'Endpoint must be a real URL with a host name.', ko: 'Endpoint는 호스트 이름이 있는 실제 URL이어야 합니다.' },
    why: {
      en: "Microsoft's validator accepts this, but it checks only that the text begins with `https`, so `https:/contoso` or `https://` passes and the download fails on the device. Our own reading: the Endpoint must be a URL with a host name.",
      ko: "Microsoft의 유효성 검사기는 이를 허용하지만, 텍스트가 `https`로 시작하는지만 확인하므로 `https:/contoso`나 `https://`도 통과하고 장치에서 다운로드가 실패합니다. Expedited Apps 자체 해석으로, Endpoint는 호스트 이름이 있는 URL이어야 합니다.",
    },
    examples: [payload({ Endpoint: 'https://' }, {})],
  },
  'max-retry-out-of-range': {
    rule: {
      en: 'MaxRetryCount must be 1..5 in a registration file ([AO] rejects 0) and at most 5 in a payload [KO-DOC].',
      ko: 'MaxRetryCount는 등록 파일에서 1..5([AO]는 0을 거부함), 페이로드에서 최대 5여야 합니다 [KO-DOC].',
    },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"MaxRetryCount needs to be an Integer between 1 and 5\", and Microsoft's Korean documentation gives 5 as the payload's maximum.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"MaxRetryCount needs to be an Integer between 1 and 5\" 오류를 내며, Microsoft의 한국어 문서도 페이로드의 최댓값을 5로 제시합니다.",
    },
    fix: { en: 'Clamp to the range.', ko: '범위 안의 값으로 맞춥니다.' },
    examples: [registration({ MaxRetryCount: 7 }, { MaxRetryCount: 5 })],
  },
  'timeout-out-of-range': {
    rule: {
      en: 'TimeoutDurationInMinutes must be 1..30 (file form [AO]; payload at most 30 [KO-DOC]).',
      ko: 'TimeoutDurationInMinutes는 1..30이어야 합니다(파일 형식 [AO], 페이로드는 최대 30 [KO-DOC]).',
    },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"TimeoutDurationInMinutes needs to be an Integer between 1 and 30\", and Microsoft's Korean documentation gives 30 minutes as the payload's maximum.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"TimeoutDurationInMinutes needs to be an Integer between 1 and 30\" 오류를 내며, Microsoft의 한국어 문서도 페이로드의 최댓값을 30분으로 제시합니다.",
    },
    fix: { en: 'Clamp to the range.', ko: '범위 안의 값으로 맞춥니다.' },
    examples: [payload({ TimeoutDurationInMinutes: 60 }, { TimeoutDurationInMinutes: 30 })],
  },
  'min-build-out-of-range': {
    rule: { en: 'MinimumAllowedBuildVersion must be 1..100000.', ko: 'MinimumAllowedBuildVersion은 1..100000이어야 합니다.' },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"MinimumAllowedBuildVersion needs to be an Integer between 1 and 100,000\"; the value is a Windows build number such as 22631.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"MinimumAllowedBuildVersion needs to be an Integer between 1 and 100,000\" 오류를 냅니다. 이 값은 22631 같은 Windows 빌드 번호입니다.",
    },
    fix: { en: 'Clamp to the range.', ko: '범위 안의 값으로 맞춥니다.' },
    examples: [registration({ MinimumAllowedBuildVersion: 0 }, { MinimumAllowedBuildVersion: 22631 })],
  },
  'priority-out-of-range': {
    rule: {
      en: 'Priority (registration file) and updaterPriority (registry form) must be 1..100; lower runs earlier.',
      ko: 'Priority(등록 파일)와 updaterPriority(레지스트리 형식)는 1..100이어야 하며, 낮을수록 먼저 실행됩니다.',
    },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"Priority needs to be an Integer between 1 and 100\", and Microsoft's Korean documentation gives the same range for updaterPriority in the registry.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"Priority needs to be an Integer between 1 and 100\" 오류를 내며, Microsoft의 한국어 문서도 레지스트리의 updaterPriority에 같은 범위를 제시합니다.",
    },
    fix: { en: 'Clamp to the range.', ko: '범위 안의 값으로 맞춥니다.' },
    examples: [registration({ Priority: 0 }, { Priority: 1 })],
  },
  'included-and-excluded': {
    rule: {
      en: 'IncludedRegions and ExcludedRegions (or IncludedEditions and ExcludedEditions) may not both be present.',
      ko: 'IncludedRegions와 ExcludedRegions(또는 IncludedEditions와 ExcludedEditions)를 함께 쓸 수 없습니다.',
    },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"IncludedRegions and ExcludedRegions cannot be specified together\" (and the same for the editions): one list decides, and both together would contradict each other.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"IncludedRegions and ExcludedRegions cannot be specified together\" 오류를 냅니다(에디션 목록도 같음). 하나의 목록으로 결정해야 하며, 둘을 함께 쓰면 서로 모순될 수 있습니다.",
    },
    examples: [registration({ IncludedRegions: ['US'], ExcludedRegions: ['KR'] }, { IncludedRegions: ['US'] })],
  },
  'empty-array': {
    rule: { en: 'Region and edition lists must not be empty.', ko: '지역 및 에디션 목록은 비어 있으면 안 됩니다.' },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"IncludedRegions needs to be a non-empty array of unique strings\" (and likewise for the other lists): an empty list would target no device, or every one.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"IncludedRegions needs to be a non-empty array of unique strings\" 오류를 냅니다(다른 목록도 같음). 빈 목록은 어떤 장치도 대상으로 하지 않거나 모든 장치를 대상으로 하는 것으로 읽힐 수 있기 때문입니다.",
    },
    fix: { en: 'Remove the empty list.', ko: '빈 목록을 제거합니다.' },
    examples: [registration({ IncludedRegions: [] }, {})],
  },
  'duplicate-array-item': {
    rule: { en: 'Region and edition lists must not repeat an entry.', ko: '지역 및 에디션 목록에 같은 항목을 반복할 수 없습니다.' },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) requires \"a non-empty array of unique strings\" (integers for the editions) and throws on a repeated entry.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"a non-empty array of unique strings\"(에디션 목록은 정수)를 요구하며, 같은 항목이 반복되면 오류를 냅니다.",
    },
    fix: { en: 'Remove the repeated entry.', ko: '반복된 항목을 제거합니다.' },
    examples: [registration({ IncludedRegions: ['US', 'KR', 'US'] }, { IncludedRegions: ['US', 'KR'] })],
  },
  'honor-deprovisioning-with-update': {
    rule: {
      en: 'HonorDeprovisioning true is only allowed with Scenario Acquisition or StubAcquisition, not Update.',
      ko: 'HonorDeprovisioning true는 Scenario가 Acquisition 또는 StubAcquisition일 때만 허용되며 Update에서는 허용되지 않습니다.',
    },
    why: {
      en: "Test-UpdaterRegistration (AppOrchestration.psm1) throws \"HonorDeprovisioning can only be specified for the 'Acquisition' or 'StubAcquisition' scenario\": it skips an app that was deprovisioned, and an Update only touches an app that is present.",
      ko: "Test-UpdaterRegistration(AppOrchestration.psm1)은 \"HonorDeprovisioning can only be specified for the 'Acquisition' or 'StubAcquisition' scenario\" 오류를 냅니다. 이 설정은 프로비전 해제된 앱을 건너뛰게 하는데, Update는 이미 설치된 앱만 다루기 때문입니다.",
    },
    fix: { en: 'Remove HonorDeprovisioning.', ko: 'HonorDeprovisioning을 제거합니다.' },
    examples: [registration({ Scenario: 'Update', HonorDeprovisioning: true }, { Scenario: 'Update' })],
  },
  'update-with-customurl': {
    rule: {
      en: 'Scenario Update with Source CustomURL: Microsoft\'s validator accepts it, but the documentation does not say Windows supports an update from a custom URL.',
      ko: 'Scenario Update와 Source CustomURL의 조합: Microsoft의 유효성 검사기는 이를 허용하지만 설명서에는 Windows가 사용자 지정 URL에서의 업데이트를 지원한다는 내용이 없습니다.',
    },
    why: {
      en: "Microsoft's validator accepts this, but Microsoft's English documentation does not say that Windows supports an update from a custom URL, so the registration may do nothing on the device.",
      ko: "Microsoft의 유효성 검사기는 이를 허용하지만, Microsoft의 영어 문서에는 Windows가 사용자 지정 URL에서의 업데이트를 지원한다는 설명이 없습니다. 따라서 장치에서는 이 등록이 아무 일도 하지 않을 수 있습니다.",
    },
    examples: [registration({ Scenario: 'Update', Source: 'CustomURL', ProductId: undefined, Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' }, { Source: 'CustomURL', ProductId: undefined, Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' })],
  },
  'skip-if-present-with-update': {
    rule: { en: 'SkipIfPresent is only meaningful for Acquisition scenarios; with Update it does nothing.', ko: 'SkipIfPresent는 Acquisition 시나리오에서만 의미가 있으며 Update에서는 아무 효과가 없습니다.' },
    why: {
      en: "Microsoft's English documentation says SkipIfPresent is only meaningful for Acquisition scenarios: an Update runs only when the app is present, so skipping when it is present would skip every time.",
      ko: "Microsoft의 영어 문서는 SkipIfPresent가 Acquisition 시나리오에서만 의미가 있다고 설명합니다. Update는 앱이 설치되어 있을 때만 실행되므로, 설치되어 있을 때 건너뛰면 매번 건너뛰게 됩니다.",
    },
    fix: { en: 'Remove SkipIfPresent.', ko: 'SkipIfPresent를 제거합니다.' },
    examples: [registration({ Scenario: 'Update', SkipIfPresent: true }, { Scenario: 'Update' })],
  },
  'ignored-productid': {
    rule: { en: 'ProductId is only read when Source is Store.', ko: 'ProductId는 Source가 Store일 때만 읽습니다.' },
    why: {
      en: "In Microsoft's English documentation ProductId belongs to Store registrations only; with CustomURL it is ignored, which usually means the Source or the key is not what the author meant.",
      ko: "Microsoft의 영어 문서에 따르면 ProductId는 Store 등록에서만 쓰입니다. CustomURL에서는 무시되며, 이는 대개 Source나 키가 작성자가 의도한 것과 다르다는 뜻입니다.",
    },
    fix: { en: 'Remove ProductId.', ko: 'ProductId를 제거합니다.' },
    examples: [registration({ Source: 'CustomURL', Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' }, { Source: 'CustomURL', ProductId: undefined, Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' })],
  },
  'ignored-endpoint': {
    rule: { en: 'Endpoint is only read when Source is CustomURL.', ko: 'Endpoint는 Source가 CustomURL일 때만 읽습니다.' },
    why: {
      en: "In Microsoft's English documentation Endpoint belongs to CustomURL registrations only; with Store it is ignored, which usually means the Source or the key is not what the author meant.",
      ko: "Microsoft의 영어 문서에 따르면 Endpoint는 CustomURL 등록에서만 쓰입니다. Store에서는 무시되며, 이는 대개 Source나 키가 작성자가 의도한 것과 다르다는 뜻입니다.",
    },
    fix: { en: 'Remove Endpoint.', ko: 'Endpoint를 제거합니다.' },
    examples: [registration({ Endpoint: 'https://downloads.contoso.com/PhotoEditor.msixbundle' }, {})],
  },
  'payload-priority-ignored': {
    rule: {
      en: 'The registry form takes its order from updaterPriority; a Priority key inside expeditedPayload is ignored.',
      ko: '레지스트리 형식은 updaterPriority로 순서를 정하며, expeditedPayload 안의 Priority 키는 무시됩니다.',
    },
    why: {
      en: "Microsoft's Korean documentation orders registry registrations by the updaterPriority value and lists no Priority key in expeditedPayload; a Priority copied from the file form changes nothing.",
      ko: "Microsoft의 한국어 문서는 레지스트리 등록의 순서를 updaterPriority 값으로 정하며, expeditedPayload에는 Priority 키가 없습니다. 등록 파일 형식에서 복사한 Priority는 아무것도 바꾸지 않습니다.",
    },
    fix: { en: 'Remove Priority (set updaterPriority instead).', ko: 'Priority를 제거합니다(대신 updaterPriority를 설정).' },
    examples: [payload({ Priority: 10 }, {})],
  },
  'pfn-invalid': {
    rule: {
      en: 'A PFN is <Name>_<PublisherId>: Name 3-50 of [A-Za-z0-9.-] and not a reserved device name, PublisherId 13 Crockford base32 characters, 17-64 in all.',
      ko: '패키지 패밀리 이름(PFN)은 <Name>_<PublisherId> 형식입니다. Name은 [A-Za-z0-9.-] 3-50자이며 예약된 장치 이름이 아니어야 하고, PublisherId는 Crockford base32 13자, 전체는 17-64자입니다.',
    },
    why: {
      en: "Windows names a package family <Name>_<PublisherId>, the publisher id being 13 characters derived from the SHA-256 of the publisher's name (reg-format.md). A PFN of another shape matches no package, so Windows installs nothing, and Microsoft's validator only checks that it is a string.",
      ko: "Windows는 패키지 패밀리 이름을 <Name>_<PublisherId> 형식으로 만들며, 게시자 ID는 게시자 이름의 SHA-256에서 나온 13자입니다(reg-format.md). 다른 형식의 PFN은 어떤 패키지와도 일치하지 않아 Windows가 아무것도 설치하지 않으며, Microsoft의 유효성 검사기는 PFN이 문자열인지만 확인합니다.",
    },
    examples: [registration({ PFN: 'Contoso.PhotoEditor' }, {})],
  },
  'pfn-publisher-uppercase': {
    rule: {
      en: 'Publisher ids are lowercase; PFNs compare case-insensitively, so uppercase works but is unusual.',
      ko: '게시자 ID는 소문자입니다. PFN은 대/소문자를 구분하지 않고 비교하므로 대문자도 동작하지만 일반적이지 않습니다.',
    },
    why: {
      en: "The publisher id of a PFN is lowercase Crockford base32 as Windows derives it (reg-format.md); PFNs compare case-insensitively, so an uppercase one still works, but it usually comes from retyping rather than copying the real PFN.",
      ko: "PFN의 게시자 ID는 Windows가 만드는 소문자 Crockford base32입니다(reg-format.md). PFN은 대/소문자 구분 없이 비교되므로 대문자도 동작하지만, 대개 실제 PFN을 복사하지 않고 다시 입력했다는 표시입니다.",
    },
    fix: { en: 'Lowercase the publisher id.', ko: '게시자 ID를 소문자로 바꿉니다.' },
    examples: [registration({ PFN: 'Contoso.PhotoEditor_M5G0R7ARHAHQY' }, {})],
  },
  'region-not-assigned': {
    rule: {
      en: 'Regions are assigned ISO 3166-1 alpha-2 codes; reserved and user-assigned codes (UK, EL, EU) never match a device. XK (Kosovo, user-assigned) is accepted: Windows\' geo data uses it.',
      ko: '지역은 할당된 ISO 3166-1 alpha-2 코드로 씁니다. 예약된 코드와 사용자 할당 코드(UK, EL, EU)는 어떤 장치와도 일치하지 않습니다. XK(코소보, 사용자 할당)는 Windows의 지역 데이터가 사용하므로 허용됩니다.',
    },
    why: {
      en: "Windows reports the device region as an ISO 3166-1 alpha-2 code, so a code ISO 3166 does not assign to a country (UK for GB, EL for GR, EU) matches no device: in ExcludedRegions the app is then expedited where it should not be, in IncludedRegions nowhere.",
      ko: "Windows는 장치의 지역을 ISO 3166-1 alpha-2 코드로 보고하므로, ISO 3166이 국가에 할당하지 않은 코드(GB 대신 UK, GR 대신 EL, EU)는 어떤 장치와도 일치하지 않습니다. 그러면 ExcludedRegions에서는 제외하려던 지역에서도 앱이 신속 처리되고, IncludedRegions에서는 어디에서도 신속 처리되지 않습니다.",
    },
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
    why: {
      en: "ISO 3166-1 alpha-2 codes are uppercase and Windows reports the device region in uppercase; no source says the comparison ignores case, so `kr` may not match a Korean device.",
      ko: "ISO 3166-1 alpha-2 코드는 대문자이며 Windows도 장치의 지역을 대문자로 보고합니다. 비교할 때 대/소문자를 무시한다는 자료가 없으므로 `kr`은 한국 장치와 일치하지 않을 수 있습니다.",
    },
    fix: { en: 'Uppercase the code.', ko: '코드를 대문자로 바꿉니다.' },
    examples: [registration({ IncludedRegions: ['kr'] }, { IncludedRegions: ['KR'] })],
  },
  'edition-unknown': {
    rule: { en: 'Edition codes must be known GetProductInfo values (core/data/windows-editions.json).', ko: '에디션 코드는 알려진 GetProductInfo 값이어야 합니다(core/data/windows-editions.json).' },
    why: {
      en: "Microsoft's validator accepts any integer here, but the editions are GetProductInfo codes (Microsoft's English documentation); a number that is no edition matches no device, so the list silently targets nothing (our own reading).",
      ko: "Microsoft의 유효성 검사기는 여기에 어떤 정수든 허용하지만, 에디션 코드는 GetProductInfo 값입니다(Microsoft의 영어 문서). 어떤 에디션에도 해당하지 않는 숫자는 어떤 장치와도 일치하지 않아 목록이 아무 경고 없이 아무것도 대상으로 하지 않게 됩니다(Expedited Apps 자체 해석).",
    },
    examples: [registration({ IncludedEditions: [48, 9999] }, { IncludedEditions: [48] })],
  },
  'edition-server': {
    rule: { en: 'Server editions never run registrations: the AppOrchestration module refuses on Server.', ko: 'Server 에디션은 등록을 실행하지 않습니다. AppOrchestration 모듈은 Server에서 실행을 거부합니다.' },
    why: {
      en: "Every cmdlet of AppOrchestration.psm1 calls IsServer and throws \"App Expedition is not supported on Server Editions\", so listing a Server edition targets devices that never run registrations.",
      ko: "AppOrchestration.psm1의 모든 cmdlet은 IsServer를 호출해 \"App Expedition is not supported on Server Editions\" 오류를 냅니다. 따라서 Server 에디션을 목록에 넣으면 등록을 전혀 실행하지 않는 장치를 대상으로 지정하게 됩니다.",
    },
    fix: { en: 'Remove the Server edition.', ko: 'Server 에디션을 제거합니다.' },
    examples: [registration({ IncludedEditions: [48, 7] }, { IncludedEditions: [48] })],
  },
};
