// Rules of the JSON core: the registration-file form (domain.md §2) and the registry form's
// expeditedPayload (§1). Codes are stable. Messages keep today's English word for word; texts
// shared by several rules (fix titles, fragments) are the `jsonFix` and `jsonPhrase` messages.
import { defineMessages } from './message';
import { defineRule } from './rule';

/** Quick-fix titles shared by the JSON rules. */
export const jsonFix = defineMessages('json-fix', {
  add: { en: 'Add "{key}"', ko: '"{key}" 추가' },
  changeTo: { en: 'Change to {value}', ko: '{value}(으)로 변경' },
  setTo: { en: 'Set to {value}', ko: '{value}(으)로 설정' },
  write: { en: 'Write {value}', ko: '{value}(으)로 쓰기' },
  remove: { en: 'Remove {name}', ko: '{name} 제거' },
  removeQuoted: { en: 'Remove "{name}"', ko: '"{name}" 제거' },
  removeThis: { en: 'Remove this "{key}"', ko: '이 "{key}" 제거' },
  renameTo: { en: 'Rename to "{name}"', ko: '"{name}"(으)로 이름 바꾸기' },
  removeProperty: { en: 'Remove the property', ko: '속성 제거' },
  removeComment: { en: 'Remove the comment', ko: '주석 제거' },
  removeTrailingComma: { en: 'Remove the trailing comma', ko: '후행 쉼표 제거' },
  insertComma: { en: 'Insert the missing comma', ko: '빠진 쉼표 삽입' },
  removeBom: { en: 'Remove the byte-order mark', ko: 'BOM(바이트 순서 표시) 제거' },
  removeRepeated: { en: 'Remove the repeated {value}', ko: '반복된 {value} 제거' },
  lowercasePublisher: { en: 'Lowercase the publisher id to "{id}"', ko: '게시자 ID를 소문자 "{id}"(으)로 변경' },
  replaceRegion: { en: 'Replace "{code}" with "{use}"', ko: '"{code}"을(를) "{use}"(으)로 바꾸기' },
  replaceGroup: { en: 'Replace "{code}" with its {count} member states', ko: '"{code}"을(를) 회원국 {count}개로 바꾸기' },
});

/** jsonc-parser's error codes in words, for json-syntax-error (every entry takes no argument). */
export const jsonParseProblem = defineMessages('json-parse', {
  InvalidSymbol: { en: 'unexpected character', ko: '예상하지 못한 문자가 있습니다' },
  InvalidNumberFormat: { en: 'invalid number', ko: '숫자 형식이 잘못되었습니다' },
  PropertyNameExpected: { en: 'a property name in double quotes is expected', ko: '큰따옴표로 묶은 속성 이름이 필요합니다' },
  ValueExpected: { en: 'a value is expected', ko: '값이 필요합니다' },
  ColonExpected: { en: 'a colon is expected', ko: '콜론(:)이 필요합니다' },
  CommaExpected: { en: 'a comma is expected', ko: '쉼표가 필요합니다' },
  CloseBraceExpected: { en: 'a closing brace } is expected', ko: '닫는 중괄호 }가 필요합니다' },
  CloseBracketExpected: { en: 'a closing bracket ] is expected', ko: '닫는 대괄호 ]가 필요합니다' },
  EndOfFileExpected: { en: 'nothing may follow the JSON value', ko: 'JSON 값 뒤에는 아무것도 올 수 없습니다' },
  InvalidCommentToken: { en: 'invalid comment', ko: '주석이 잘못되었습니다' },
  UnexpectedEndOfComment: { en: 'unterminated comment', ko: '주석이 닫히지 않았습니다' },
  UnexpectedEndOfString: { en: 'unterminated string', ko: '문자열이 닫히지 않았습니다' },
  UnexpectedEndOfNumber: { en: 'incomplete number', ko: '숫자가 완성되지 않았습니다' },
  InvalidUnicode: { en: 'invalid \\u escape', ko: '\\u 이스케이프가 잘못되었습니다' },
  InvalidEscapeCharacter: { en: 'invalid escape character', ko: '이스케이프 문자가 잘못되었습니다' },
  InvalidCharacter: { en: 'invalid character in a string (control characters must be escaped)', ko: '문자열에 잘못된 문자가 있습니다(제어 문자는 이스케이프해야 함)' },
});

/** Fragments the JSON rules put into their messages (each rendered in the message's locale). */
export const jsonPhrase = defineMessages('json-phrase', {
  typeString: { en: 'a string', ko: '문자열' },
  typeInteger: { en: 'an integer', ko: '정수' },
  typeNumber: { en: 'a number', ko: '숫자' },
  typeBoolean: { en: 'true or false', ko: 'true 또는 false' },
  typeArray: { en: 'an array', ko: '배열' },
  typeObject: { en: 'an object', ko: '개체' },
  typeNull: { en: 'null', ko: 'null' },
  // What the document is when it is not an object (root-not-object)
  rootArray: { en: 'an array', ko: '배열' },
  rootString: { en: 'a string', ko: '문자열' },
  rootNumber: { en: 'a number', ko: '숫자' },
  rootBoolean: { en: 'a boolean', ko: '부울' },
  rootNull: { en: 'a null', ko: 'null' },
  or: { en: '{first} or {last}', ko: '{first} 또는 {last}' },
  related: { en: '"{key}" is here', ko: '"{key}"은(는) 여기에 있습니다.' },
  first: { en: 'first "{key}"', ko: '첫 번째 "{key}"' },
  firstColon: { en: 'first "{key}":', ko: '첫 번째 "{key}":' },
  firstOccurrence: { en: 'first occurrence', ko: '처음 나온 위치' },
  sourceCustomUrlHere: { en: 'Source is CustomURL here', ko: '여기에서 Source가 CustomURL입니다.' },
  // Encodings of a registration file saved with a byte-order mark
  utf16leBom: { en: 'UTF-16LE with a byte-order mark (what Windows PowerShell 5.1\'s Out-File and Set-Content -Encoding Unicode write)', ko: 'BOM이 있는 UTF-16LE(Windows PowerShell 5.1의 Out-File과 Set-Content -Encoding Unicode가 쓰는 형식)' },
  utf16beBom: { en: 'UTF-16BE with a byte-order mark', ko: 'BOM이 있는 UTF-16BE' },
  utf8Bom: { en: 'UTF-8 with a byte-order mark', ko: 'BOM이 있는 UTF-8' },
  // Why a number is not an integer to Windows PowerShell
  beyondInt64: { en: 'is beyond Int64, so Windows PowerShell reads it as a Decimal', ko: 'Int64 범위를 벗어나므로 Windows PowerShell이 Decimal로 읽습니다' },
  decimalPoint: { en: 'has a decimal point, so Windows PowerShell reads it as a Decimal', ko: '소수점이 있으므로 Windows PowerShell이 Decimal로 읽습니다' },
  exponent: { en: 'has an exponent, so Windows PowerShell reads it as a Double', ko: '지수가 있으므로 Windows PowerShell이 Double로 읽습니다' },
  entryOf: { en: '{key} entry', ko: '{key} 항목' },
  // PFN problems, joined with "; "
  pfnNoSeparator: { en: 'it has no "_" between the name and the 13-character publisher id', ko: '이름과 13자 게시자 ID 사이에 "_"가 없습니다' },
  pfnNameLength: { en: 'the name "{name}" has {length} characters (3-50 allowed)', ko: '이름 "{name}"이(가) {length}자입니다(3-50자 허용)' },
  pfnNameChars: { en: 'the name may contain only letters, digits, "." and "-" (found {chars})', ko: '이름에는 문자, 숫자, "." 및 "-"만 쓸 수 있습니다(발견: {chars})' },
  pfnReservedName: { en: 'the name "{name}" is a reserved device name', ko: '이름 "{name}"은(는) 예약된 장치 이름입니다' },
  pfnPublisherLength: { en: 'the publisher id "{id}" has {length} characters (13 expected)', ko: '게시자 ID "{id}"이(가) {length}자입니다(13자여야 함)' },
  pfnPublisherChars: { en: 'the publisher id "{id}" contains {chars}, not in the Crockford base32 alphabet (no i, l, o, u)', ko: '게시자 ID "{id}"에 Crockford base32 문자가 아닌 {chars}이(가) 있습니다(i, l, o, u 제외)' },
  pfnPublisherLast: { en: 'the publisher id "{id}" cannot end in "{last}" (its last character is one of 02468acegjmprtwy)', ko: '게시자 ID "{id}"은(는) "{last}"(으)로 끝날 수 없습니다(마지막 문자는 02468acegjmprtwy 중 하나)' },
  pfnLength: { en: 'it has {length} characters (17-64 allowed)', ko: '전체가 {length}자입니다(17-64자 허용)' },
  // Why a region code is not an assigned ISO 3166-1 alpha-2 code
  regionAlpha3: { en: '{code} is an alpha-3 code; regions are alpha-2 ({use})', ko: '{code}은(는) alpha-3 코드입니다. 지역은 alpha-2 코드로 씁니다({use})' },
  regionNotAlpha2: { en: '{code} is not an alpha-2 code (two letters)', ko: '{code}은(는) alpha-2 코드(두 글자)가 아닙니다' },
  regionMalformed: { en: '"{code}" is not an alpha-2 code (two letters A-Z)', ko: '"{code}"은(는) alpha-2 코드(A-Z 두 글자)가 아닙니다' },
  regionMalformedSpaces: { en: '"{code}" is not an alpha-2 code (two letters A-Z, no spaces)', ko: '"{code}"은(는) alpha-2 코드(공백 없는 A-Z 두 글자)가 아닙니다' },
  regionUK: { en: 'UK is exceptionally reserved (used by the UK itself), not an assigned code', ko: 'UK는 예외적으로 예약된 코드(영국이 자체적으로 사용)이며 할당된 코드가 아닙니다' },
  regionEL: { en: 'EL is the European Union\'s abbreviation for Greece, not an ISO 3166-1 code', ko: 'EL은 유럽 연합이 그리스를 가리키는 약어이며 ISO 3166-1 코드가 아닙니다' },
  regionReserved: { en: '{code} ({name}) is {status}, not an assigned code', ko: '{code}({name})은(는) {status} 코드이며 할당된 코드가 아닙니다' },
  regionUserAssigned: { en: '{code} is in the user-assigned range, not an assigned code', ko: '{code}은(는) 사용자 할당 범위의 코드이며 할당된 코드가 아닙니다' },
  regionUnassigned: { en: '{code} is not an assigned ISO 3166-1 alpha-2 code', ko: '{code}은(는) 할당된 ISO 3166-1 alpha-2 코드가 아닙니다' },
  exceptionallyReserved: { en: 'exceptionally reserved', ko: '예외적으로 예약된' },
  transitionallyReserved: { en: 'transitionally reserved (a former code)', ko: '과도적으로 예약된(이전에 쓰던)' },
  indeterminatelyReserved: { en: 'indeterminately reserved (used outside ISO 3166)', ko: '무기한 예약된(ISO 3166 밖에서 사용하는)' },
  formerlyAssigned: { en: 'formerly assigned (no longer in use)', ko: '이전에 할당된(더 이상 사용하지 않는)' },
});

export const jsonSyntaxError = defineRule({
  id: 'json-syntax-error',
  severity: 'error',
  area: 'json',
  source: 'EN-DOC',
  messages: {
    syntax: { en: 'Invalid JSON: {problem}. Windows reads strict JSON; fix the syntax here.', ko: 'JSON이 잘못되었습니다. {problem}. Windows는 엄격한 JSON을 읽으므로 여기의 구문을 고치세요.' },
    leadingZero: { en: 'Invalid JSON: {raw} — a JSON number may not start with 0. Microsoft\'s validator accepts this (Windows PowerShell reads it as {json}), but Windows reads strict JSON: write {json}.', ko: 'JSON이 잘못되었습니다. {raw} — JSON 숫자는 0으로 시작할 수 없습니다. Microsoft의 유효성 검사기는 이를 허용하지만(Windows PowerShell은 {json}(으)로 읽음) Windows는 엄격한 JSON을 읽으므로 {json}(으)로 쓰세요.' },
    leadingPlus: { en: 'Invalid JSON: {raw} — a JSON number may not start with +. Microsoft\'s validator accepts this (Windows PowerShell reads it as {json}), but Windows reads strict JSON: write {json}.', ko: 'JSON이 잘못되었습니다. {raw} — JSON 숫자는 +로 시작할 수 없습니다. Microsoft의 유효성 검사기는 이를 허용하지만(Windows PowerShell은 {json}(으)로 읽음) Windows는 엄격한 JSON을 읽으므로 {json}(으)로 쓰세요.' },
    singleQuote: { en: 'Invalid JSON: {raw} — JSON strings and names take double quotes. Microsoft\'s validator accepts this (Windows PowerShell reads it as {json}), but Windows reads strict JSON: write {json}.', ko: 'JSON이 잘못되었습니다. {raw} — JSON 문자열과 이름은 큰따옴표로 묶어야 합니다. Microsoft의 유효성 검사기는 이를 허용하지만(Windows PowerShell은 {json}(으)로 읽음) Windows는 엄격한 JSON을 읽으므로 {json}(으)로 쓰세요.' },
  },
});

export const jsonComment = defineRule({
  id: 'json-comment',
  severity: 'error',
  area: 'json',
  source: 'EN-DOC',
  messages: {
    comment: { en: 'Comments are not allowed: Windows reads strict JSON. Remove the comment.', ko: '주석은 허용되지 않습니다. Windows는 엄격한 JSON을 읽습니다. 주석을 제거하세요.' },
  },
});

export const jsonTrailingComma = defineRule({
  id: 'json-trailing-comma',
  severity: 'error',
  area: 'json',
  source: 'EN-DOC',
  messages: {
    comma: { en: 'Trailing commas are not allowed: Windows reads strict JSON. Remove the comma.', ko: '후행 쉼표는 허용되지 않습니다. Windows는 엄격한 JSON을 읽습니다. 쉼표를 제거하세요.' },
  },
});

export const rootNotObject = defineRule({
  id: 'root-not-object',
  severity: 'error',
  area: 'json',
  source: 'AO',
  messages: {
    registration: { en: 'A registration file must be one JSON object { ... }; found {found}.', ko: '등록 파일은 하나의 JSON 개체 { ... }여야 합니다. 발견된 값: {found}.' },
    payload: { en: 'expeditedPayload must be one JSON object { ... }; found {found}.', ko: 'expeditedPayload는 하나의 JSON 개체 { ... }여야 합니다. 발견된 값: {found}.' },
  },
});

export const registrationEncoding = defineRule({
  id: 'registration-encoding',
  severity: 'error',
  area: 'registration',
  source: 'EN-DOC',
  messages: {
    saved: {
      en: 'This file is saved as {encoding}. Microsoft\'s validator accepts this (PowerShell decodes the mark), but the documentation says a registration file is ASCII: save it as ASCII (Out-File -Encoding ascii, or UTF-8 without a byte-order mark when it is all ASCII).',
      ko: '이 파일은 {encoding}(으)로 저장되어 있습니다. Microsoft의 유효성 검사기는 이를 허용하지만(PowerShell이 BOM을 해석함) 설명서에 따르면 등록 파일은 ASCII여야 합니다. ASCII로 저장하세요(Out-File -Encoding ascii, 또는 내용이 모두 ASCII이면 BOM 없는 UTF-8).',
    },
  },
});

export const nonAscii = defineRule({
  id: 'non-ascii',
  severity: 'error',
  area: 'registration',
  source: 'EN-DOC',
  messages: {
    bom: { en: 'A registration file must be ASCII: remove the byte-order mark (save as ASCII / UTF-8 without BOM).', ko: '등록 파일은 ASCII여야 합니다. BOM(바이트 순서 표시)을 제거하세요(ASCII 또는 BOM 없는 UTF-8로 저장).' },
    found: { en: 'A registration file must be ASCII; found {chars} ({codes}). Replace it with ASCII characters.', ko: '등록 파일은 ASCII여야 합니다. 발견된 문자: {chars}({codes}). ASCII 문자로 바꾸세요.' },
  },
});

export const duplicateKey = defineRule({
  id: 'duplicate-key',
  severity: 'error',
  area: 'json',
  source: 'AO',
  messages: {
    escaped: {
      en: 'Microsoft\'s validator accepts {written} beside {first} (its duplicate scan reads the text as written, psm1 55), but both are "{key}"; each property may appear once. Remove the duplicate.',
      ko: 'Microsoft의 유효성 검사기는 {first} 옆의 {written}을(를) 허용하지만(중복 검사가 쓰인 그대로의 텍스트를 읽음, psm1 55) 둘 다 "{key}"입니다. 각 속성은 한 번만 쓸 수 있습니다. 중복된 속성을 제거하세요.',
    },
    repeated: { en: '"{key}" appears more than once; each property may appear once. Remove the duplicate.', ko: '"{key}"이(가) 두 번 이상 나옵니다. 각 속성은 한 번만 쓸 수 있습니다. 중복된 속성을 제거하세요.' },
    caseRepeat: {
      en: '"{key}" repeats "{first}" (PowerShell compares property names case-insensitively; psm1 55 and ConvertFrom-Json refuse it); each property may appear once. Remove the duplicate.',
      ko: '"{key}"은(는) "{first}"와(과) 같은 속성입니다(PowerShell은 속성 이름의 대/소문자를 구분하지 않으며 psm1 55와 ConvertFrom-Json이 이를 거부함). 각 속성은 한 번만 쓸 수 있습니다. 중복된 속성을 제거하세요.',
    },
    raw: {
      en: '"{key}": repeats "{first}": Microsoft\'s Test-UpdaterRegistration counts every "name": in the file\'s text, nested or inside strings, case-insensitively, and refuses a repeat (psm1 55-57). Rename or remove one of them.',
      ko: '"{key}":이(가) "{first}"을(를) 반복합니다. Microsoft의 Test-UpdaterRegistration은 중첩된 개체나 문자열 안에 있는 것까지 파일 텍스트의 모든 "name":을 대/소문자 구분 없이 세고 반복을 거부합니다(psm1 55-57). 둘 중 하나의 이름을 바꾸거나 제거하세요.',
    },
    rawNested: {
      en: '"{key}": (in a nested object or inside a string) repeats "{first}": Microsoft\'s Test-UpdaterRegistration counts every "name": in the file\'s text, nested or inside strings, case-insensitively, and refuses a repeat (psm1 55-57). Rename or remove one of them.',
      ko: '"{key}":(중첩된 개체 또는 문자열 안)이(가) "{first}"을(를) 반복합니다. Microsoft의 Test-UpdaterRegistration은 중첩된 개체나 문자열 안에 있는 것까지 파일 텍스트의 모든 "name":을 대/소문자 구분 없이 세고 반복을 거부합니다(psm1 55-57). 둘 중 하나의 이름을 바꾸거나 제거하세요.',
    },
    nestedEscaped: {
      en: 'Microsoft\'s validator accepts this repeat of "{key}" in a nested object (written differently, psm1 55; ConvertFrom-Json keeps the last value), but each property may appear once. Remove one of them.',
      ko: 'Microsoft의 유효성 검사기는 중첩된 개체에서 "{key}"의 이 반복을 허용하지만(다르게 쓰임, psm1 55. ConvertFrom-Json은 마지막 값을 유지함) 각 속성은 한 번만 쓸 수 있습니다. 둘 중 하나를 제거하세요.',
    },
    nestedCase: {
      en: '"{key}" repeats "{first}" in this nested object: Windows PowerShell 5.1\'s ConvertFrom-Json refuses keys that differ only in case (psm1 63-65). Remove one of them.',
      ko: '이 중첩된 개체에서 "{key}"이(가) "{first}"을(를) 반복합니다. Windows PowerShell 5.1의 ConvertFrom-Json은 대/소문자만 다른 키를 거부합니다(psm1 63-65). 둘 중 하나를 제거하세요.',
    },
  },
});

export const keyCaseMismatch = defineRule({
  id: 'key-case-mismatch',
  severity: 'error',
  area: 'payload',
  source: 'expedited-apps',
  messages: {
    mismatch: { en: 'Keys are case-sensitive: "{key}" is not read; the key is "{canonical}". Rename it.', ko: '키는 대/소문자를 구분하므로 "{key}"은(는) 읽히지 않습니다. 올바른 키는 "{canonical}"입니다. 이름을 바꾸세요.' },
  },
});

export const keyCaseVariant = defineRule({
  id: 'key-case-variant',
  severity: 'warning',
  area: 'registration',
  source: 'expedited-apps',
  messages: {
    variant: {
      en: 'Microsoft\'s validator accepts "{key}" for "{canonical}" (PowerShell reads property names case-insensitively), but Windows most likely reads the exact spelling: rename it to "{canonical}".',
      ko: 'Microsoft의 유효성 검사기는 "{key}"을(를) "{canonical}"(으)로 받아들이지만(PowerShell은 속성 이름의 대/소문자를 구분하지 않음) Windows는 정확한 철자만 읽을 가능성이 높습니다. 이름을 "{canonical}"(으)로 바꾸세요.',
    },
  },
});

export const jsonEmptyKey = defineRule({
  id: 'json-empty-key',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  messages: {
    empty: {
      en: 'A property name must not be empty: Windows PowerShell 5.1\'s ConvertFrom-Json cannot make a property of it, so Test-UpdaterRegistration fails (psm1 63-65). Remove the property.',
      ko: '속성 이름은 비어 있으면 안 됩니다. Windows PowerShell 5.1의 ConvertFrom-Json이 이를 속성으로 만들 수 없어 Test-UpdaterRegistration이 실패합니다(psm1 63-65). 속성을 제거하세요.',
    },
  },
});

export const jsonUnreadableValue = defineRule({
  id: 'json-unreadable-value',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  messages: {
    number: {
      en: 'Windows PowerShell 5.1 cannot read this value: {raw} is beyond a Double\'s range, so ConvertFrom-Json fails and Test-UpdaterRegistration with it (psm1 63-65).',
      ko: 'Windows PowerShell 5.1은 이 값을 읽을 수 없습니다. {raw}은(는) Double 범위를 벗어나므로 ConvertFrom-Json이 실패하고 Test-UpdaterRegistration도 함께 실패합니다(psm1 63-65).',
    },
    date: {
      en: 'Windows PowerShell 5.1 cannot read this value: "\\/Date({ms})\\/" is read as a date, and that date is beyond .NET\'s DateTime range, so ConvertFrom-Json fails and Test-UpdaterRegistration with it (psm1 63-65).',
      ko: 'Windows PowerShell 5.1은 이 값을 읽을 수 없습니다. "\\/Date({ms})\\/"은(는) 날짜로 읽히는데 그 날짜가 .NET DateTime 범위를 벗어나므로 ConvertFrom-Json이 실패하고 Test-UpdaterRegistration도 함께 실패합니다(psm1 63-65).',
    },
  },
});

export const jsonTooDeep = defineRule({
  id: 'json-too-deep',
  severity: 'error',
  area: 'json',
  source: 'AO',
  messages: {
    deep: {
      en: 'This JSON is nested {depth} levels deep: Windows PowerShell 5.1\'s ConvertFrom-Json reads at most {max} levels (RecursionLimit 100 + 2), so Test-UpdaterRegistration cannot read the file. Remove the nesting; nothing else is checked until then.',
      ko: '이 JSON은 {depth}단계 중첩되어 있습니다. Windows PowerShell 5.1의 ConvertFrom-Json은 최대 {max}단계까지만 읽으므로(RecursionLimit 100 + 2) Test-UpdaterRegistration이 파일을 읽을 수 없습니다. 중첩을 없애세요. 그 전까지 다른 검사는 하지 않습니다.',
    },
  },
});

export const unknownKey = defineRule({
  id: 'unknown-key',
  severity: 'warning',
  area: 'json',
  source: 'expedited-apps',
  messages: {
    registrationKey: {
      en: '"{key}" belongs to the registration-file form; the registry form\'s expeditedPayload does not read it. Remove it or use a registration file.',
      ko: '"{key}"은(는) 등록 파일 형식의 키입니다. 레지스트리 형식의 expeditedPayload는 이 키를 읽지 않습니다. 제거하거나 등록 파일을 사용하세요.',
    },
    registryValue: { en: '"{key}" is the registry form\'s value; a registration file orders by "Priority". Rename it.', ko: '"{key}"은(는) 레지스트리 형식의 값입니다. 등록 파일은 "Priority"로 순서를 정합니다. 이름을 바꾸세요.' },
    didYouMeanRegistration: { en: '"{key}" is not a key of a registration file and is ignored; did you mean "{suggestion}"?', ko: '"{key}"은(는) 등록 파일의 키가 아니므로 무시됩니다. "{suggestion}"을(를) 의도하셨나요?' },
    didYouMeanPayload: { en: '"{key}" is not a key of expeditedPayload and is ignored; did you mean "{suggestion}"?', ko: '"{key}"은(는) expeditedPayload의 키가 아니므로 무시됩니다. "{suggestion}"을(를) 의도하셨나요?' },
    unknownRegistration: { en: '"{key}" is not a key of a registration file and is ignored; check the spelling or remove it.', ko: '"{key}"은(는) 등록 파일의 키가 아니므로 무시됩니다. 철자를 확인하거나 제거하세요.' },
    unknownPayload: { en: '"{key}" is not a key of expeditedPayload and is ignored; check the spelling or remove it.', ko: '"{key}"은(는) expeditedPayload의 키가 아니므로 무시됩니다. 철자를 확인하거나 제거하세요.' },
  },
});

export const missingRequiredKey = defineRule({
  id: 'missing-required-key',
  severity: 'error',
  area: 'json',
  source: 'AO',
  messages: {
    registration: { en: 'A registration file requires "{key}": add it.', ko: '등록 파일에는 "{key}"이(가) 필요합니다. 추가하세요.' },
    payload: { en: 'expeditedPayload requires "{key}": add it.', ko: 'expeditedPayload에는 "{key}"이(가) 필요합니다. 추가하세요.' },
    registrationUnquoted: {
      en: 'A registration file requires "{key}": add it. It is written without double quotes: Microsoft\'s validator accepts that (Windows PowerShell reads bare and single-quoted names), but JSON needs "{key}".',
      ko: '등록 파일에는 "{key}"이(가) 필요합니다. 추가하세요. 이 키는 큰따옴표 없이 쓰여 있습니다. Microsoft의 유효성 검사기는 이를 허용하지만(Windows PowerShell은 따옴표 없는 이름과 작은따옴표로 묶은 이름을 읽음) JSON에서는 "{key}"(으)로 써야 합니다.',
    },
    payloadUnquoted: {
      en: 'expeditedPayload requires "{key}": add it. It is written without double quotes: Microsoft\'s validator accepts that (Windows PowerShell reads bare and single-quoted names), but JSON needs "{key}".',
      ko: 'expeditedPayload에는 "{key}"이(가) 필요합니다. 추가하세요. 이 키는 큰따옴표 없이 쓰여 있습니다. Microsoft의 유효성 검사기는 이를 허용하지만(Windows PowerShell은 따옴표 없는 이름과 작은따옴표로 묶은 이름을 읽음) JSON에서는 "{key}"(으)로 써야 합니다.',
    },
  },
});

export const productidRequiredForStore = defineRule({
  id: 'productid-required-for-store',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  messages: {
    missing: { en: 'ProductId is required when Source is Store: add the app\'s Microsoft Store product id.', ko: 'Source가 Store이면 ProductId가 필요합니다. 앱의 Microsoft Store 제품 ID를 추가하세요.' },
    missingUnquoted: {
      en: 'ProductId is required when Source is Store: add the app\'s Microsoft Store product id. It is written without double quotes: Microsoft\'s validator accepts that (Windows PowerShell reads bare and single-quoted names), but JSON needs "{key}".',
      ko: 'Source가 Store이면 ProductId가 필요합니다. 앱의 Microsoft Store 제품 ID를 추가하세요. 이 키는 큰따옴표 없이 쓰여 있습니다. Microsoft의 유효성 검사기는 이를 허용하지만(Windows PowerShell은 따옴표 없는 이름과 작은따옴표로 묶은 이름을 읽음) JSON에서는 "{key}"(으)로 써야 합니다.',
    },
    empty: {
      en: 'ProductId is empty: Test-UpdaterRegistration treats an empty ProductId as missing when Source is Store (psm1 112). Write the app\'s Microsoft Store product id.',
      ko: 'ProductId가 비어 있습니다. Source가 Store이면 Test-UpdaterRegistration은 빈 ProductId를 없는 것으로 처리합니다(psm1 112). 앱의 Microsoft Store 제품 ID를 쓰세요.',
    },
  },
});

export const endpointRequiredForCustomurl = defineRule({
  id: 'endpoint-required-for-customurl',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  messages: {
    missing: { en: 'Endpoint is required when Source is CustomURL: add the https:// URL of the MSIX package.', ko: 'Source가 CustomURL이면 Endpoint가 필요합니다. MSIX 패키지의 https:// URL을 추가하세요.' },
    missingUnquoted: {
      en: 'Endpoint is required when Source is CustomURL: add the https:// URL of the MSIX package. It is written without double quotes: Microsoft\'s validator accepts that (Windows PowerShell reads bare and single-quoted names), but JSON needs "{key}".',
      ko: 'Source가 CustomURL이면 Endpoint가 필요합니다. MSIX 패키지의 https:// URL을 추가하세요. 이 키는 큰따옴표 없이 쓰여 있습니다. Microsoft의 유효성 검사기는 이를 허용하지만(Windows PowerShell은 따옴표 없는 이름과 작은따옴표로 묶은 이름을 읽음) JSON에서는 "{key}"(으)로 써야 합니다.',
    },
  },
});

export const wrongType = defineRule({
  id: 'wrong-type',
  severity: 'error',
  area: 'json',
  source: 'AO',
  messages: {
    type: { en: '{where} must be {expected}; found {found}.', ko: '{where}은(는) {expected}이어야 합니다. 발견된 값: {found}.' },
    typeWrite: { en: '{where} must be {expected}; found {found}. Write {converted}.', ko: '{where}은(는) {expected}이어야 합니다. 발견된 값: {found}. {converted}(으)로 쓰세요.' },
    typeUnchecked: {
      en: '{where} must be {expected}; found {found}. Microsoft\'s validator does not check the type of {where} (psm1 {line} only compares its text), but Windows reads a string.',
      ko: '{where}은(는) {expected}이어야 합니다. 발견된 값: {found}. Microsoft의 유효성 검사기는 {where}의 형식을 검사하지 않지만(psm1 {line}은 텍스트만 비교함) Windows는 문자열을 읽습니다.',
    },
    typeWriteUnchecked: {
      en: '{where} must be {expected}; found {found}. Write {converted}. Microsoft\'s validator does not check the type of {where} (psm1 {line} only compares its text), but Windows reads a string.',
      ko: '{where}은(는) {expected}이어야 합니다. 발견된 값: {found}. {converted}(으)로 쓰세요. Microsoft의 유효성 검사기는 {where}의 형식을 검사하지 않지만(psm1 {line}은 텍스트만 비교함) Windows는 문자열을 읽습니다.',
    },
    notation: {
      en: '{where} must be an integer; {raw} {why} and Test-UpdaterRegistration\'s integer check rejects it (psm1 {line}).',
      ko: '{where}은(는) 정수여야 합니다. {raw}은(는) {why}. 그래서 Test-UpdaterRegistration의 정수 검사가 이를 거부합니다(psm1 {line}).',
    },
    notationWrite: {
      en: '{where} must be an integer; {raw} {why} and Test-UpdaterRegistration\'s integer check rejects it (psm1 {line}). Write {plain}.',
      ko: '{where}은(는) 정수여야 합니다. {raw}은(는) {why}. 그래서 Test-UpdaterRegistration의 정수 검사가 이를 거부합니다(psm1 {line}). {plain}(으)로 쓰세요.',
    },
  },
});

export const invalidName = defineRule({
  id: 'invalid-name',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  messages: {
    chars: { en: '{key} may contain only letters, digits, "_" and "-" (it names the staging folder); remove {chars}.', ko: '{key}에는 문자, 숫자, "_" 및 "-"만 쓸 수 있습니다(스테이징 폴더 이름이 됨). {chars}을(를) 제거하세요.' },
    empty: { en: '{key} may contain only letters, digits, "_" and "-" (it names the staging folder); it must not be empty.', ko: '{key}에는 문자, 숫자, "_" 및 "-"만 쓸 수 있습니다(스테이징 폴더 이름이 됨). 비어 있으면 안 됩니다.' },
    lineFeed: {
      en: 'Microsoft\'s validator accepts this {key} (its pattern\'s "$" matches before a final line feed, psm1 {line}), but the line feed would become part of the staging folder\'s name: remove "\\n".',
      ko: 'Microsoft의 유효성 검사기는 이 {key}을(를) 허용하지만(패턴의 "$"가 마지막 줄 바꿈 앞에서 일치함, psm1 {line}) 줄 바꿈이 스테이징 폴더 이름의 일부가 됩니다. "\\n"을 제거하세요.',
    },
  },
});

export const registrationVersionInvalid = defineRule({
  id: 'registration-version-invalid',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  messages: {
    outOfRange: { en: 'RegistrationVersion must be an integer >= 1; found {found}. Set it to 1 or higher.', ko: 'RegistrationVersion은 1 이상의 정수여야 합니다. 발견된 값: {found}. 1 이상으로 설정하세요.' },
  },
});

export const invalidEnumValue = defineRule({
  id: 'invalid-enum-value',
  severity: 'error',
  area: 'json',
  source: 'AO',
  messages: {
    value: { en: '{key} must be {allowed} (case-sensitive); found {found}.', ko: '{key}은(는) {allowed} 중 하나여야 합니다(대/소문자 구분). 발견된 값: {found}.' },
    valueUse: { en: '{key} must be {allowed} (case-sensitive); found {found}. Use "{match}".', ko: '{key}은(는) {allowed} 중 하나여야 합니다(대/소문자 구분). 발견된 값: {found}. "{match}"을(를) 사용하세요.' },
  },
});

export const enumCaseVariant = defineRule({
  id: 'enum-case-variant',
  severity: 'warning',
  area: 'registration',
  source: 'expedited-apps',
  messages: {
    variant: {
      en: 'Microsoft\'s validator accepts {found} for {key} (PowerShell\'s -notin compares case-insensitively, psm1 {line}), but the documentation spells it "{match}" and does not say Windows\' reader ignores case: write "{match}".',
      ko: 'Microsoft의 유효성 검사기는 {key}에 {found}을(를) 허용하지만(PowerShell의 -notin은 대/소문자를 구분하지 않고 비교함, psm1 {line}) 설명서의 철자는 "{match}"이며 Windows의 판독기가 대/소문자를 무시한다고 하지 않습니다. "{match}"(으)로 쓰세요.',
    },
  },
});

export const endpointNotHttps = defineRule({
  id: 'endpoint-not-https',
  severity: 'error',
  area: 'json',
  source: 'AO',
  messages: {
    http: { en: 'Endpoint must be an SSL URI starting with https://; found http://. Use https://.', ko: 'Endpoint는 https://로 시작하는 SSL URI여야 합니다. 발견된 값: http://. https://를 사용하세요.' },
    other: { en: 'Endpoint must be an SSL URI starting with https://; found {found}.', ko: 'Endpoint는 https://로 시작하는 SSL URI여야 합니다. 발견된 값: {found}.' },
    empty: { en: 'Endpoint must be an SSL URI starting with https://; found an empty string.', ko: 'Endpoint는 https://로 시작하는 SSL URI여야 합니다. 빈 문자열이 있습니다.' },
  },
});

export const endpointInvalidUrl = defineRule({
  id: 'endpoint-invalid-url',
  severity: 'error',
  area: 'json',
  source: 'expedited-apps',
  messages: {
    invalid: { en: 'Endpoint "{url}" is not a valid URL with a host name: write the full https:// URL of the MSIX package.', ko: 'Endpoint "{url}"은(는) 호스트 이름이 있는 올바른 URL이 아닙니다. MSIX 패키지의 전체 https:// URL을 쓰세요.' },
  },
});

// Range rules: the schemas name them (`"x-rule"` beside `minimum`/`maximum`), and each has an
// `outOfRange` message taking {key}, {range} and {found} (test/unit/json-schema-rules.test.ts).

export const maxRetryOutOfRange = defineRule({
  id: 'max-retry-out-of-range',
  severity: 'error',
  area: 'json',
  source: 'AO',
  messages: {
    outOfRange: { en: '{key} must be {range} (retries after a failure); found {found}', ko: '{key}은(는) {range} 범위여야 합니다(실패 후 다시 시도하는 횟수). 발견된 값: {found}' },
  },
});

export const timeoutOutOfRange = defineRule({
  id: 'timeout-out-of-range',
  severity: 'error',
  area: 'json',
  source: 'AO',
  messages: {
    outOfRange: { en: '{key} must be {range} (minutes per attempt); found {found}', ko: '{key}은(는) {range} 범위여야 합니다(시도당 분). 발견된 값: {found}' },
  },
});

export const minBuildOutOfRange = defineRule({
  id: 'min-build-out-of-range',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  messages: {
    outOfRange: { en: '{key} must be {range} (an OS build such as 22631); found {found}', ko: '{key}은(는) {range} 범위여야 합니다(22631 같은 OS 빌드 번호). 발견된 값: {found}' },
  },
});

export const priorityOutOfRange = defineRule({
  id: 'priority-out-of-range',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  messages: {
    outOfRange: { en: '{key} must be {range} (lower runs earlier); found {found}', ko: '{key}은(는) {range} 범위여야 합니다(낮을수록 먼저 실행). 발견된 값: {found}' },
  },
});

export const includedAndExcluded = defineRule({
  id: 'included-and-excluded',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  messages: {
    both: { en: '{included} and {excluded} may not both be present: keep one of them.', ko: '{included}와(과) {excluded}을(를) 함께 쓸 수 없습니다. 하나만 남기세요.' },
  },
});

export const emptyArray = defineRule({
  id: 'empty-array',
  severity: 'error',
  area: 'json',
  source: 'AO',
  messages: {
    empty: { en: '{key} must not be empty: list at least one entry, or remove {key} to target every device.', ko: '{key}은(는) 비어 있으면 안 됩니다. 항목을 하나 이상 나열하거나, 모든 장치를 대상으로 하려면 {key}을(를) 제거하세요.' },
  },
});

export const duplicateArrayItem = defineRule({
  id: 'duplicate-array-item',
  severity: 'error',
  area: 'json',
  source: 'AO',
  messages: {
    repeated: { en: '{key} lists {value} more than once; each entry may appear once. Remove the repeat.', ko: '{key}에 {value}이(가) 두 번 이상 있습니다. 각 항목은 한 번만 쓸 수 있습니다. 반복된 항목을 제거하세요.' },
  },
});

export const honorDeprovisioningWithUpdate = defineRule({
  id: 'honor-deprovisioning-with-update',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  messages: {
    withUpdate: {
      en: 'HonorDeprovisioning is only allowed with Scenario Acquisition or StubAcquisition, not Update: remove it or change the Scenario.',
      ko: 'HonorDeprovisioning은 Scenario가 Acquisition 또는 StubAcquisition일 때만 허용되며 Update에서는 허용되지 않습니다. 제거하거나 Scenario를 바꾸세요.',
    },
  },
});

export const updateWithCustomurl = defineRule({
  id: 'update-with-customurl',
  severity: 'warning',
  area: 'registration',
  source: 'expedited-apps',
  messages: {
    pair: {
      en: 'Microsoft\'s validator accepts Scenario Update with Source CustomURL, but the documentation does not say Windows supports an update from a custom URL: prefer Acquisition or StubAcquisition, or Source Store.',
      ko: 'Microsoft의 유효성 검사기는 Scenario Update와 Source CustomURL의 조합을 허용하지만 설명서에는 Windows가 사용자 지정 URL에서의 업데이트를 지원한다는 내용이 없습니다. Acquisition 또는 StubAcquisition, 또는 Source Store를 사용하세요.',
    },
  },
});

export const skipIfPresentWithUpdate = defineRule({
  id: 'skip-if-present-with-update',
  severity: 'warning',
  area: 'registration',
  source: 'EN-DOC',
  messages: {
    withUpdate: { en: 'SkipIfPresent only matters for Acquisition scenarios; with Scenario Update it does nothing. Remove it.', ko: 'SkipIfPresent는 Acquisition 시나리오에서만 의미가 있으며 Scenario Update에서는 아무 효과가 없습니다. 제거하세요.' },
  },
});

export const ignoredProductid = defineRule({
  id: 'ignored-productid',
  severity: 'warning',
  area: 'registration',
  source: 'EN-DOC',
  messages: {
    ignored: { en: 'ProductId is ignored when Source is CustomURL (only Store reads it). Remove it.', ko: 'Source가 CustomURL이면 ProductId는 무시됩니다(Store만 읽음). 제거하세요.' },
  },
});

export const ignoredEndpoint = defineRule({
  id: 'ignored-endpoint',
  severity: 'warning',
  area: 'registration',
  source: 'EN-DOC',
  messages: {
    ignored: { en: 'Endpoint is ignored when Source is Store (only CustomURL reads it). Remove it.', ko: 'Source가 Store이면 Endpoint는 무시됩니다(CustomURL만 읽음). 제거하세요.' },
  },
});

export const payloadPriorityIgnored = defineRule({
  id: 'payload-priority-ignored',
  severity: 'warning',
  area: 'payload',
  source: 'KO-DOC',
  messages: {
    priority: {
      en: '{key} inside expeditedPayload is ignored: the registry form orders by the updaterPriority DWORD. Remove {key} and set the updaterPriority value instead.',
      ko: 'expeditedPayload 안의 {key}은(는) 무시됩니다. 레지스트리 형식은 updaterPriority DWORD로 순서를 정합니다. {key}을(를) 제거하고 대신 updaterPriority 값을 설정하세요.',
    },
    updaterPriority: {
      en: '{key} inside expeditedPayload is ignored: the registry form orders by the updaterPriority DWORD beside expeditedPayload, not a key inside it. Remove {key} and set the updaterPriority value instead.',
      ko: 'expeditedPayload 안의 {key}은(는) 무시됩니다. 레지스트리 형식은 expeditedPayload 안의 키가 아니라 그 옆의 updaterPriority DWORD로 순서를 정합니다. {key}을(를) 제거하고 대신 updaterPriority 값을 설정하세요.',
    },
  },
});

export const pfnInvalid = defineRule({
  id: 'pfn-invalid',
  severity: 'error',
  area: 'json',
  source: 'reg-format',
  messages: {
    invalid: { en: 'PFN "{pfn}" is not a Package Family Name <Name>_<PublisherId>: {problems}.', ko: 'PFN "{pfn}"은(는) <Name>_<PublisherId> 형식의 패키지 패밀리 이름(PFN)이 아닙니다. {problems}.' },
  },
});

export const pfnPublisherUppercase = defineRule({
  id: 'pfn-publisher-uppercase',
  severity: 'warning',
  area: 'json',
  source: 'reg-format',
  messages: {
    uppercase: {
      en: 'The publisher id "{id}" is uppercase; publisher ids are lowercase (PFNs compare case-insensitively, so it still matches). Write "{lower}".',
      ko: '게시자 ID "{id}"이(가) 대문자입니다. 게시자 ID는 소문자입니다(PFN은 대/소문자를 구분하지 않고 비교하므로 일치는 함). "{lower}"(으)로 쓰세요.',
    },
  },
});

export const regionNotAssigned = defineRule({
  id: 'region-not-assigned',
  severity: 'error',
  area: 'json',
  source: 'ISO-3166',
  messages: {
    notAssigned: { en: 'Region "{code}" is not an assigned ISO 3166-1 alpha-2 code: {reason}.', ko: '지역 "{code}"은(는) 할당된 ISO 3166-1 alpha-2 코드가 아닙니다. {reason}.' },
    notAssignedUse: { en: 'Region "{code}" is not an assigned ISO 3166-1 alpha-2 code: {reason}. Use "{use}".', ko: '지역 "{code}"은(는) 할당된 ISO 3166-1 alpha-2 코드가 아닙니다. {reason}. "{use}"을(를) 사용하세요.' },
    notAssignedGroup: {
      en: 'Region "{code}" is not an assigned ISO 3166-1 alpha-2 code: {reason}. A device reports its own country, never a group: list the member states, or remove the entry.',
      ko: '지역 "{code}"은(는) 할당된 ISO 3166-1 alpha-2 코드가 아닙니다. {reason}. 장치는 그룹이 아니라 자기 국가를 보고하므로 회원국을 나열하거나 항목을 제거하세요.',
    },
    notAssignedUseGroup: {
      en: 'Region "{code}" is not an assigned ISO 3166-1 alpha-2 code: {reason}. Use "{use}". A device reports its own country, never a group: list the member states, or remove the entry.',
      ko: '지역 "{code}"은(는) 할당된 ISO 3166-1 alpha-2 코드가 아닙니다. {reason}. "{use}"을(를) 사용하세요. 장치는 그룹이 아니라 자기 국가를 보고하므로 회원국을 나열하거나 항목을 제거하세요.',
    },
  },
});

export const regionLowercase = defineRule({
  id: 'region-lowercase',
  severity: 'warning',
  area: 'json',
  source: 'ISO-3166',
  messages: {
    lowercase: {
      en: 'Region "{code}" is lowercase: ISO 3166-1 codes are uppercase and Windows reports the device region in uppercase (whether matching ignores case is not documented). Write "{use}".',
      ko: '지역 "{code}"이(가) 소문자입니다. ISO 3166-1 코드는 대문자이며 Windows는 장치 지역을 대문자로 보고합니다(일치할 때 대/소문자를 무시하는지는 설명서에 없음). "{use}"(으)로 쓰세요.',
    },
  },
});

export const editionUnknown = defineRule({
  id: 'edition-unknown',
  severity: 'error',
  area: 'registration',
  source: 'expedited-apps',
  messages: {
    unknown: { en: 'Edition {code} is not a known GetProductInfo edition code: use a code such as 48 (Pro) or 101 (Home).', ko: '에디션 {code}은(는) 알려진 GetProductInfo 에디션 코드가 아닙니다. 48(Pro) 또는 101(Home) 같은 코드를 사용하세요.' },
  },
});

export const editionServer = defineRule({
  id: 'edition-server',
  severity: 'warning',
  area: 'registration',
  source: 'AO',
  messages: {
    server: {
      en: 'Edition {code} ({name}) is a Server edition: the AppOrchestration module refuses to run on Server, so this entry never matches. Remove it.',
      ko: '에디션 {code}({name})은(는) Server 에디션입니다. AppOrchestration 모듈은 Server에서 실행을 거부하므로 이 항목은 일치하지 않습니다. 제거하세요.',
    },
  },
});

export const jsonRules = [jsonSyntaxError, jsonComment, jsonTrailingComma, rootNotObject, registrationEncoding, nonAscii, duplicateKey, keyCaseMismatch, keyCaseVariant, jsonEmptyKey, jsonUnreadableValue, jsonTooDeep, unknownKey, missingRequiredKey, productidRequiredForStore, endpointRequiredForCustomurl, wrongType, invalidName, registrationVersionInvalid, invalidEnumValue, enumCaseVariant, endpointNotHttps, endpointInvalidUrl, maxRetryOutOfRange, timeoutOutOfRange, minBuildOutOfRange, priorityOutOfRange, includedAndExcluded, emptyArray, duplicateArrayItem, honorDeprovisioningWithUpdate, updateWithCustomurl, skipIfPresentWithUpdate, ignoredProductid, ignoredEndpoint, payloadPriorityIgnored, pfnInvalid, pfnPublisherUppercase, regionNotAssigned, regionLowercase, editionUnknown, editionServer] as const;
