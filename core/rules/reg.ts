// The .reg format rules of reg-format.md. Errors: the importer loses the line (or the file).
// Warnings: it imports, but not what the author probably meant, or not the same everywhere.
import { defineMessages } from './message';
import { defineRule } from './rule';

/** Fix titles and related-location texts shared by several .reg rules. */
export const regTexts = defineMessages('reg', {
  writeHeader: { en: "Write \"{header}\"", ko: "\"{header}\"(으)로 쓰기" },
  insertHeader: { en: "Insert \"{header}\"", ko: "\"{header}\" 삽입" },
  removeTrailingWhitespace: { en: "Remove the trailing whitespace", ko: "끝의 공백 제거" },
  removeLinesBeforeHeader: { en: "Remove the lines before the header", ko: "헤더 앞의 줄 제거" },
  removeNul: { en: "Remove the NUL character", ko: "NUL 문자 제거" },
  replaceHash: { en: "Replace `#` with `;`", ko: "`#`을 `;`로 바꾸기" },
  removeSpaceAfterBracket: { en: "Remove the whitespace after `[`", ko: "`[` 뒤의 공백 제거" },
  addClosingBracket: { en: "Add the closing `]`", ko: "닫는 `]` 추가" },
  write: { en: "Write {text}", ko: "{text}(으)로 쓰기" },
  removeTrailingBackslash: { en: "Remove the trailing backslash", ko: "끝의 백슬래시 제거" },
  collapseBackslash: { en: "Collapse the doubled backslash", ko: "이중 백슬래시를 하나로 줄이기" },
  removeSpacesBeforeBracket: { en: "Remove the spaces before `]`", ko: "`]` 앞의 공백 제거" },
  laterAssignment: { en: "the later assignment", ko: "나중의 할당" },
  makeSemicolonComment: { en: "Make it a `;` comment", ko: "`;` 주석으로 바꾸기" },
  escapeBackslash: { en: "Escape the backslash", ko: "백슬래시 이스케이프" },
  rewriteEightDigits: { en: "Rewrite as 8 hex digits", ko: "16진수 8자리로 다시 쓰기" },
  writeZeroDword: { en: "Write dword:00000000", ko: "dword:00000000으로 쓰기" },
  decimalReading: { en: "Decimal {decimal} → dword:{hex}", ko: "10진수 {decimal} → dword:{hex}" },
  keepReading: { en: "Keep {value} → dword:{hex}", ko: "{value} 유지 → dword:{hex}" },
  rewriteDword: { en: "Rewrite as dword:{hex}", ko: "dword:{hex}(으)로 다시 쓰기" },
  writeHexType: { en: "Write hex({type}):", ko: "hex({type}):(으)로 쓰기" },
  writeEveryByte: { en: "Write every byte as two hex digits", ko: "모든 바이트를 16진수 두 자리로 쓰기" },
  addMissingComma: { en: "Add the missing comma", ko: "빠진 쉼표 추가" },
  removeStrayBackslash: { en: "Remove the stray backslash", ko: "불필요한 백슬래시 제거" },
  swallowedLine: { en: "the swallowed line", ko: "삼켜진 줄" },
  danglingBackslash: { en: "the dangling backslash", ko: "끊어진 줄 연결 백슬래시" },
});

export const regHeaderInvalid = defineRule({
  id: 'reg-header-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    trailingWhitespace: { en: "Trailing whitespace after the header makes the import fail.", ko: "헤더 뒤에 공백이 있으면 가져오기(import)가 실패합니다." },
    case: { en: "The header is case-sensitive: write \"{header}\". As written, the import fails.", ko: "헤더는 대/소문자를 구분합니다. \"{header}\"(으)로 쓰세요. 지금 상태로는 가져오기(import)가 실패합니다." },
    notFirst: { en: "The header must be the very first line (a blank line or text before it makes the import fail).", ko: "헤더는 반드시 첫 줄이어야 합니다(앞에 빈 줄이나 텍스트가 있으면 가져오기(import)가 실패합니다)." },
    missing: { en: "The first line must be \"Windows Registry Editor Version 5.00\" or \"REGEDIT4\": without it the import fails and nothing is written.", ko: "첫 줄은 \"Windows Registry Editor Version 5.00\" 또는 \"REGEDIT4\"여야 합니다. 이 줄이 없으면 가져오기(import)가 실패하고 아무것도 기록되지 않습니다." },
  },
});

export const regHeaderUnsupported = defineRule({
  id: 'reg-header-unsupported',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "\"{found}\" is read as a header, and then nothing in the file is imported. Use \"Windows Registry Editor Version 5.00\".", ko: "\"{found}\"은(는) 헤더로 읽히지만, 그 뒤로 파일의 어떤 내용도 가져오지 않습니다. \"Windows Registry Editor Version 5.00\"을 사용하세요." },
  },
});

export const regEncodingRejected = defineRule({
  id: 'reg-encoding-rejected',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    utf8Bom: { en: "This file is UTF-8 with a BOM: reg import rejects it. Save it as UTF-16LE with BOM (what regedit writes).", ko: "이 파일은 BOM이 있는 UTF-8입니다. reg import가 이 파일을 거부합니다. BOM이 있는 UTF-16LE(regedit가 쓰는 형식)로 저장하세요." },
    utf16NoBom: { en: "This file is UTF-16 without a BOM: the importer reads it as ANSI and fails. Save it as UTF-16LE with BOM.", ko: "이 파일은 BOM이 없는 UTF-16입니다. 가져오기(import) 도구가 ANSI로 읽어 실패합니다. BOM이 있는 UTF-16LE로 저장하세요." },
    utf16Be: { en: "This file is big-endian UTF-16: the importer only reads UTF-16LE with BOM or ANSI. Save it as UTF-16LE with BOM.", ko: "이 파일은 빅 엔디언 UTF-16입니다. 가져오기(import) 도구는 BOM이 있는 UTF-16LE 또는 ANSI만 읽습니다. BOM이 있는 UTF-16LE로 저장하세요." },
  },
});

export const regEncodingMangled = defineRule({
  id: 'reg-encoding-mangled',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    utf8: { en: "This file is UTF-8 without a BOM: the importer reads it as ANSI, so its non-ASCII characters arrive mangled. Save it as UTF-16LE with BOM.", ko: "이 파일은 BOM이 없는 UTF-8입니다. 가져오기(import) 도구가 ANSI로 읽으므로 ASCII가 아닌 문자가 깨져서 기록됩니다. BOM이 있는 UTF-16LE로 저장하세요." },
  },
});

export const regEncodingHeaderMismatch = defineRule({
  id: 'reg-encoding-header-mismatch',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    ansiV5: { en: "Version 5.00 files are UTF-16LE; this one is ANSI and has non-ASCII characters, which then depend on the importing machine's code page. Save it as UTF-16LE with BOM.", ko: "Version 5.00 파일은 UTF-16LE입니다. 이 파일은 ANSI이면서 ASCII가 아닌 문자를 포함하므로, 그 문자는 가져오는 컴퓨터의 코드 페이지에 따라 달라집니다. BOM이 있는 UTF-16LE로 저장하세요." },
    utf16V4: { en: "REGEDIT4 files are ANSI, but this one is UTF-16LE: use the header \"Windows Registry Editor Version 5.00\".", ko: "REGEDIT4 파일은 ANSI인데 이 파일은 UTF-16LE입니다. 헤더를 \"Windows Registry Editor Version 5.00\"(으)로 쓰세요." },
  },
});

export const regLineIgnored = defineRule({
  id: 'reg-line-ignored',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    hexLike: { en: "The importer silently ignores this line. It looks like hex data, but no value above continues onto it (a continued line ends with `,\\`).", ko: "가져오기(import) 도구가 이 줄을 아무 알림 없이 무시합니다. 16진수 데이터처럼 보이지만, 위의 어떤 값도 이 줄로 이어지지 않습니다(이어지는 줄은 `,\\`로 끝납니다)." },
    other: { en: "The importer silently ignores this line. Lines start with `[` (a key), `@` or `\"` (a value) or `;` (a comment).", ko: "가져오기(import) 도구가 이 줄을 아무 알림 없이 무시합니다. 줄은 `[`(키), `@` 또는 `\"`(값), `;`(주석)로 시작합니다." },
  },
});

export const regHashComment = defineRule({
  id: 'reg-hash-comment',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "`#` does not start a comment in a .reg file; the importer ignores this line as garbage. Use `;`.", ko: ".reg 파일에서 `#`은 주석을 시작하지 않습니다. 가져오기(import) 도구는 이 줄을 잘못된 줄로 보고 무시합니다. `;`를 사용하세요." },
  },
});

export const regKeySpaceAfterBracket = defineRule({
  id: 'reg-key-space-after-bracket',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    toPrevious: { en: "Whitespace right after `[` makes the importer skip this key line; the values below go to the previous key {key}.", ko: "`[` 바로 뒤의 공백 때문에 가져오기(import) 도구가 이 키 줄을 건너뜁니다. 아래 값은 이전 키 {key}에 기록됩니다." },
    dropped: { en: "Whitespace right after `[` makes the importer skip this key line; the values below go to no key (they are dropped).", ko: "`[` 바로 뒤의 공백 때문에 가져오기(import) 도구가 이 키 줄을 건너뜁니다. 아래 값은 들어갈 키가 없어 버려집니다." },
  },
});

export const regKeyUnclosed = defineRule({
  id: 'reg-key-unclosed',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    toPrevious: { en: "This key line has no closing `]`, so the importer skips it; the values below go to the previous key {key}.", ko: "이 키 줄에는 닫는 `]`가 없어 가져오기(import) 도구가 건너뜁니다. 아래 값은 이전 키 {key}에 기록됩니다." },
    dropped: { en: "This key line has no closing `]`, so the importer skips it; the values below go to no key (they are dropped).", ko: "이 키 줄에는 닫는 `]`가 없어 가져오기(import) 도구가 건너뜁니다. 아래 값은 들어갈 키가 없어 버려집니다." },
  },
});

export const regKeyTrailingText = defineRule({
  id: 'reg-key-trailing-text',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "The importer ignores text after the closing `]` of a key line.", ko: "가져오기(import) 도구는 키 줄의 닫는 `]` 뒤에 있는 텍스트를 무시합니다." },
  },
});

export const regKeyUnknownRoot = defineRule({
  id: 'reg-key-unknown-root',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "Unknown root \"{root}\": the importer drops this key and every value under it. Use HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS or HKEY_CURRENT_CONFIG.", ko: "알 수 없는 루트 \"{root}\": 가져오기(import) 도구가 이 키와 그 아래의 모든 값을 버립니다. HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS 또는 HKEY_CURRENT_CONFIG를 사용하세요." },
  },
});

export const regKeyAbbreviatedRoot = defineRule({
  id: 'reg-key-abbreviated-root',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "Windows regedit does not accept the abbreviation {written}; write {root}.", ko: "Windows regedit는 약어 {written}을(를) 받아들이지 않습니다. {root}(으)로 쓰세요." },
  },
});

export const regKeyTrailingBackslash = defineRule({
  id: 'reg-key-trailing-backslash',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "A trailing backslash makes this key path invalid on Windows (Wine ignores it).", ko: "끝의 백슬래시 때문에 Windows에서 이 키 경로가 잘못된 것으로 처리됩니다(Wine은 무시합니다)." },
  },
});

export const regKeyEmptySegment = defineRule({
  id: 'reg-key-empty-segment',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "An empty key name between two backslashes: Wine skips it, Windows may refuse the key.", ko: "두 백슬래시 사이의 키 이름이 비어 있습니다. Wine은 건너뛰고, Windows는 이 키를 거부할 수 있습니다." },
  },
});

export const regKeyTrailingSpace = defineRule({
  id: 'reg-key-trailing-space',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "Spaces before `]` belong to the key name: this key name ends with a space.", ko: "`]` 앞의 공백은 키 이름에 포함됩니다. 이 키 이름은 공백으로 끝납니다." },
  },
});

export const regKeyDeleteRoot = defineRule({
  id: 'reg-key-delete-root',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "A root key cannot be deleted: [-{key}] does nothing.", ko: "루트 키는 삭제할 수 없습니다. [-{key}]는 아무 작업도 하지 않습니다." },
  },
});

export const regKeyDeleteInvalid = defineRule({
  id: 'reg-key-delete-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    space: { en: "This deletion deletes nothing: the `-` must be followed directly by the root name.", ko: "이 삭제는 아무것도 삭제하지 않습니다. `-` 바로 뒤에 루트 이름이 와야 합니다." },
    root: { en: "This deletion deletes nothing: the root is not one of HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS, HKEY_CURRENT_CONFIG.", ko: "이 삭제는 아무것도 삭제하지 않습니다. 루트가 HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS, HKEY_CURRENT_CONFIG 중 하나가 아닙니다." },
  },
});

export const regKeyWow6432node = defineRule({
  id: 'reg-key-wow6432node',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "`Wow6432Node` is the 32-bit registry view: the 64-bit update service does not read it. Write the 64-bit path and import with `reg import file.reg /reg:64`.", ko: "`Wow6432Node`는 32비트 레지스트리 보기입니다. 64비트 업데이트 서비스는 이 보기를 읽지 않습니다. 64비트 경로를 쓰고 `reg import file.reg /reg:64`로 가져오세요." },
  },
});

export const regKeyNameTooLong = defineRule({
  id: 'reg-key-name-too-long',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "This key name has {length} characters; the limit is {limit}, so the key cannot be created.", ko: "이 키 이름은 {length}자입니다. 제한은 {limit}자이므로 키를 만들 수 없습니다." },
  },
});

export const regKeyTooDeep = defineRule({
  id: 'reg-key-too-deep',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "This key is {depth} levels deep; registry keys nest at most {limit} levels.", ko: "이 키는 {depth}단계 깊이입니다. 레지스트리 키는 최대 {limit}단계까지만 중첩됩니다." },
  },
});

export const regValueOutsideKey = defineRule({
  id: 'reg-value-outside-key',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "This value comes before any key line: the importer has no key to put it in and drops it.", ko: "이 값은 어떤 키 줄보다도 앞에 있습니다. 가져오기(import) 도구는 값을 넣을 키가 없어 버립니다." },
  },
});

export const regValueAfterKeyDelete = defineRule({
  id: 'reg-value-after-key-delete',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "This value follows a key deletion `[-…]`: no key is open, so the importer drops it. Put it under a `[key]` line.", ko: "이 값은 키 삭제 `[-…]` 뒤에 있습니다. 열린 키가 없으므로 가져오기(import) 도구가 이 값을 버립니다. `[key]` 줄 아래에 두세요." },
  },
});

export const regValueNameUnterminated = defineRule({
  id: 'reg-value-name-unterminated',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    nul: { en: "The value name contains `\\0`: the importer drops this line.", ko: "값 이름에 `\\0`이 있습니다. 가져오기(import) 도구가 이 줄을 버립니다." },
    continuation: { en: "The value name ends with a backslash: the importer drops this line.", ko: "값 이름이 백슬래시로 끝납니다. 가져오기(import) 도구가 이 줄을 버립니다." },
    unterminated: { en: "The value name has no closing quote: the importer drops this line.", ko: "값 이름에 닫는 따옴표가 없습니다. 가져오기(import) 도구가 이 줄을 버립니다." },
  },
});

export const regValueNameTooLong = defineRule({
  id: 'reg-value-name-too-long',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "This value name has {length} characters; the limit is {limit}.", ko: "이 값 이름은 {length}자입니다. 제한은 {limit}자입니다." },
  },
});

export const regValueMissingEquals = defineRule({
  id: 'reg-value-missing-equals',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "A value name must be followed by `=`: the importer drops this line.", ko: "값 이름 뒤에는 `=`가 와야 합니다. 가져오기(import) 도구가 이 줄을 버립니다." },
  },
});

export const regValueDeleteTrailing = defineRule({
  id: 'reg-value-delete-trailing',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "`=-` deletes a value only when nothing but a `;comment` follows: the importer drops this line.", ko: "`=-`는 뒤에 `;주석` 외에 아무것도 없을 때만 값을 삭제합니다. 가져오기(import) 도구가 이 줄을 버립니다." },
  },
});

export const regValueDataInvalid = defineRule({
  id: 'reg-value-data-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    noData: { en: "The value has no data after `=`: the importer drops this line.", ko: "`=` 뒤에 값 데이터가 없습니다. 가져오기(import) 도구가 이 줄을 버립니다." },
    qword: { en: "There is no `qword:` form: write a QWORD as `hex(b):` with 8 little-endian bytes. The importer drops this line.", ko: "`qword:` 형식은 없습니다. QWORD는 리틀 엔디언 8바이트의 `hex(b):`로 쓰세요. 가져오기(import) 도구가 이 줄을 버립니다." },
    prefixCase: { en: "Data type prefixes are case-sensitive: write `dword:`, `hex:` or `hex(N):` in lowercase. The importer drops this line.", ko: "데이터 형식 접두사는 대/소문자를 구분합니다. `dword:`, `hex:` 또는 `hex(N):`를 소문자로 쓰세요. 가져오기(import) 도구가 이 줄을 버립니다." },
    prefixColon: { en: "A data type prefix ends with `:` right after the name (`dword:`, `hex:`, `hex(N):`). The importer drops this line.", ko: "데이터 형식 접두사는 이름 바로 뒤의 `:`로 끝납니다(`dword:`, `hex:`, `hex(N):`). 가져오기(import) 도구가 이 줄을 버립니다." },
    unquoted: { en: "Value data must be a quoted string, `dword:`, `hex:` or `hex(N):` data, or `-`; unquoted text is dropped by the importer.", ko: "값 데이터는 따옴표로 묶은 문자열, `dword:`, `hex:` 또는 `hex(N):` 데이터, 또는 `-`여야 합니다. 따옴표 없는 텍스트는 가져오기(import) 도구가 버립니다." },
  },
});

export const regValueOverridden = defineRule({
  id: 'reg-value-overridden',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    assigned: { en: "This value is assigned again further down in the same key (names ignore case); this assignment has no effect.", ko: "이 값은 같은 키의 아래쪽에서 다시 할당됩니다(이름은 대/소문자를 구분하지 않음). 이 할당은 효과가 없습니다." },
    deleted: { en: "This value is deleted further down in the same key (names ignore case); this assignment has no effect.", ko: "이 값은 같은 키의 아래쪽에서 삭제됩니다(이름은 대/소문자를 구분하지 않음). 이 할당은 효과가 없습니다." },
  },
});

export const regTrailingHash = defineRule({
  id: 'reg-trailing-hash',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "A `#` after the data makes the importer drop the line; only a `;comment` may follow.", ko: "데이터 뒤의 `#` 때문에 가져오기(import) 도구가 이 줄을 버립니다. 뒤에는 `;주석`만 올 수 있습니다." },
  },
});

export const regStringUnterminated = defineRule({
  id: 'reg-string-unterminated',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "The string has no closing quote: the importer drops this line.", ko: "문자열에 닫는 따옴표가 없습니다. 가져오기(import) 도구가 이 줄을 버립니다." },
  },
});

export const regStringTrailingText = defineRule({
  id: 'reg-string-trailing-text',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    quote: { en: "Unexpected text after the string: an unescaped `\"` ended the string early (write `\\\"` inside strings). The importer drops this line.", ko: "문자열 뒤에 예기치 않은 텍스트가 있습니다. 이스케이프하지 않은 `\"`가 문자열을 일찍 끝냈습니다(문자열 안에서는 `\\\"`로 쓰세요). 가져오기(import) 도구가 이 줄을 버립니다." },
    other: { en: "Unexpected text after the string: only whitespace or a `;comment` may follow the closing quote. The importer drops this line.", ko: "문자열 뒤에 예기치 않은 텍스트가 있습니다. 닫는 따옴표 뒤에는 공백이나 `;주석`만 올 수 있습니다. 가져오기(import) 도구가 이 줄을 버립니다." },
  },
});

export const regStringContinuation = defineRule({
  id: 'reg-string-continuation',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "Strings cannot continue on the next line: this backslash at the end of the line makes the importer drop it. Write `\\\\` for a backslash.", ko: "문자열은 다음 줄로 이어질 수 없습니다. 줄 끝의 이 백슬래시 때문에 가져오기(import) 도구가 줄을 버립니다. 백슬래시는 `\\\\`로 쓰세요." },
  },
});

export const regStringNulEscape = defineRule({
  id: 'reg-string-nul-escape',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "`\\0` is not allowed in a string: the importer drops this line. Use hex(7): for a list of strings.", ko: "문자열에는 `\\0`을 쓸 수 없습니다. 가져오기(import) 도구가 이 줄을 버립니다. 문자열 목록은 hex(7):을 사용하세요." },
  },
});

export const regNulCharacter = defineRule({
  id: 'reg-nul-character',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "A NUL character ends the import here: the importer reads this line only up to it and ignores the rest of the file, so no key or value after this point lands. Remove the NUL character.", ko: "NUL 문자 때문에 가져오기(import)가 여기서 끝납니다. 가져오기(import) 도구는 이 줄을 이 문자 앞까지만 읽고 파일의 나머지를 무시하므로, 이 뒤의 키와 값은 하나도 기록되지 않습니다. NUL 문자를 제거하세요." },
  },
});

export const regStringUnknownEscape = defineRule({
  id: 'reg-string-unknown-escape',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "`\\{char}` is not an escape: it imports as `{char}`. Write `\\\\{char}` for a backslash followed by {char}.", ko: "`\\{char}`은(는) 이스케이프가 아니므로 `{char}`(으)로 가져와집니다. 백슬래시 뒤에 {char}을(를) 쓰려면 `\\\\{char}`(으)로 쓰세요." },
  },
});

export const regStringNewlineEscape = defineRule({
  id: 'reg-string-newline-escape',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    lineFeed: { en: "`\\n` imports as a line feed on Wine; Windows regedit behaviour is not verified.", ko: "`\\n`은 Wine에서 줄 바꿈(LF)으로 가져와집니다. Windows regedit의 동작은 확인되지 않았습니다." },
    carriageReturn: { en: "`\\r` imports as a carriage return on Wine; Windows regedit behaviour is not verified.", ko: "`\\r`은 Wine에서 캐리지 리턴(CR)으로 가져와집니다. Windows regedit의 동작은 확인되지 않았습니다." },
  },
});

export const regDwordInvalid = defineRule({
  id: 'reg-dword-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    empty: { en: "`dword:` has no digits: the importer drops this line.", ko: "`dword:`에 숫자가 없습니다. 가져오기(import) 도구가 이 줄을 버립니다." },
    tooLong: { en: "`dword:` takes at most 8 hex digits (leading zeros count); found {count}. The importer drops this line.", ko: "`dword:`에는 최대 16진수 8자리가 옵니다(앞의 0도 자릿수에 포함). {count}자리가 있습니다. 가져오기(import) 도구가 이 줄을 버립니다." },
    prefix0x: { en: "`dword:` takes hex digits without a `0x` prefix: the importer drops this line.", ko: "`dword:`에는 `0x` 접두사 없이 16진수를 씁니다. 가져오기(import) 도구가 이 줄을 버립니다." },
    spaces: { en: "`dword:` data has spaces inside the number: the importer drops this line.", ko: "`dword:` 데이터의 숫자 중간에 공백이 있습니다. 가져오기(import) 도구가 이 줄을 버립니다." },
    notHex: { en: "`dword:` data has a character that is not a hex digit: the importer drops this line.", ko: "`dword:` 데이터에 16진수가 아닌 문자가 있습니다. 가져오기(import) 도구가 이 줄을 버립니다." },
  },
});

export const regDwordNoDigits = defineRule({
  id: 'reg-dword-no-digits',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "`dword:` without digits before the comment imports 0 on Wine (Windows is not verified); write the digits.", ko: "주석 앞에 숫자가 없는 `dword:`는 Wine에서 0으로 가져와집니다(Windows는 확인되지 않음). 숫자를 쓰세요." },
  },
});

export const regDwordFormat = defineRule({
  id: 'reg-dword-format',
  severity: 'information',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "regedit writes dword: data as 8 lowercase hex digits: dword:{hex} (= {value}).", ko: "regedit는 dword: 데이터를 소문자 16진수 8자리로 씁니다: dword:{hex} (= {value})." },
  },
});

export const regDwordLooksDecimal = defineRule({
  id: 'reg-dword-looks-decimal',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "dword:{written} is hexadecimal: it stores {value}, not {decimal}. For decimal {decimal}, write dword:{hex}.", ko: "dword:{written}은(는) 16진수이므로 {decimal}이(가) 아니라 {value}을(를) 저장합니다. 10진수 {decimal}을(를) 원하면 dword:{hex}(으)로 쓰세요." },
  },
});

export const regHexTypeInvalid = defineRule({
  id: 'reg-hex-type-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    noNumber: { en: "`hex(` must be followed by a type number and `):`. The importer drops this line.", ko: "`hex(` 뒤에는 형식 번호와 `):`가 와야 합니다. 가져오기(import) 도구가 이 줄을 버립니다." },
    prefix0x: { en: "Write the type of `hex(N):` in hex digits without `0x`. The importer drops this line.", ko: "`hex(N):`의 형식은 `0x` 없이 16진수로 쓰세요. 가져오기(import) 도구가 이 줄을 버립니다." },
    notClosed: { en: "`hex(N):` needs a hex type number N followed by `):`. The importer drops this line.", ko: "`hex(N):`에는 16진수 형식 번호 N과 그 뒤의 `):`가 필요합니다. 가져오기(import) 도구가 이 줄을 버립니다." },
    tooBig: { en: "The type of `hex(N):` must be at most ffffffff. The importer drops this line.", ko: "`hex(N):`의 형식은 최대 ffffffff여야 합니다. 가져오기(import) 도구가 이 줄을 버립니다." },
  },
});

export const regHexTypeFormat = defineRule({
  id: 'reg-hex-type-format',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "Write the type as plain hex digits: hex({type}):. Only Wine reads this form.", ko: "형식은 일반 16진수로 쓰세요: hex({type}):. 이 형식은 Wine만 읽습니다." },
  },
});

export const regHexByteInvalid = defineRule({
  id: 'reg-hex-byte-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    tooBig: { en: "A byte is at most ff; \"{byte}\" drops the whole value.", ko: "바이트는 최대 ff입니다. \"{byte}\" 때문에 값 전체가 버려집니다." },
    spaceBeforeComma: { en: "No space is allowed before a comma in hex data: the importer drops the whole value.", ko: "16진수 데이터에서 쉼표 앞에는 공백을 둘 수 없습니다. 가져오기(import) 도구가 값 전체를 버립니다." },
    notComma: { en: "Hex data is comma-separated bytes: this text drops the whole value.", ko: "16진수 데이터는 쉼표로 구분한 바이트입니다. 이 텍스트 때문에 값 전체가 버려집니다." },
    emptyByte: { en: "Hex data has an empty byte (`,,`): the importer drops the whole value.", ko: "16진수 데이터에 빈 바이트(`,,`)가 있습니다. 가져오기(import) 도구가 값 전체를 버립니다." },
    leadingComma: { en: "Hex data has a comma with no byte before it: the importer drops the whole value.", ko: "16진수 데이터에 앞에 바이트가 없는 쉼표가 있습니다. 가져오기(import) 도구가 값 전체를 버립니다." },
    notHex: { en: "Hex data has \"{char}\", which is not a hex byte: the importer drops the whole value.", ko: "16진수 데이터에 16진수 바이트가 아닌 \"{char}\"이(가) 있습니다. 가져오기(import) 도구가 값 전체를 버립니다." },
  },
});

export const regHexByteFormat = defineRule({
  id: 'reg-hex-byte-format',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    one: { en: "Write each byte as exactly two hex digits: \"{written}\" is {byte}. Only Wine reads other forms.", ko: "각 바이트는 정확히 16진수 두 자리로 쓰세요: \"{written}\"은(는) {byte}입니다. 다른 형식은 Wine만 읽습니다." },
    oneMore: { en: "Write each byte as exactly two hex digits: \"{written}\" is {byte} (and 1 more byte in this value). Only Wine reads other forms.", ko: "각 바이트는 정확히 16진수 두 자리로 쓰세요: \"{written}\"은(는) {byte}입니다(이 값에 1바이트가 더 있음). 다른 형식은 Wine만 읽습니다." },
    many: { en: "Write each byte as exactly two hex digits: \"{written}\" is {byte} (and {count} more bytes in this value). Only Wine reads other forms.", ko: "각 바이트는 정확히 16진수 두 자리로 쓰세요: \"{written}\"은(는) {byte}입니다(이 값에 {count}바이트가 더 있음). 다른 형식은 Wine만 읽습니다." },
  },
});

export const regHexTrailingWhitespace = defineRule({
  id: 'reg-hex-trailing-whitespace',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "Whitespace after the trailing comma of a continuation line makes the importer drop the whole value.", ko: "이어지는 줄의 끝 쉼표 뒤에 공백이 있어 가져오기(import) 도구가 값 전체를 버립니다." },
  },
});

export const regHexSize = defineRule({
  id: 'reg-hex-size',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  messages: {
    dword: { en: "{type} data is 4 bytes; found {count}. What the registry then returns is undefined.", ko: "{type} 데이터는 4바이트인데 {count}바이트가 있습니다. 이 경우 레지스트리가 반환하는 값은 정의되지 않습니다." },
    qword: { en: "REG_QWORD data is 8 bytes; found {count}.", ko: "REG_QWORD 데이터는 8바이트인데 {count}바이트가 있습니다." },
    odd: { en: "In a UTF-16 file, {type} bytes are UTF-16LE code units: an odd count ({count}) leaves half a character.", ko: "UTF-16 파일에서 {type} 바이트는 UTF-16LE 코드 단위입니다. 홀수 개({count})이면 문자 반쪽이 남습니다." },
  },
});

export const regContinuationMissingComma = defineRule({
  id: 'reg-continuation-missing-comma',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "A continued hex line must end with `,\\`: without the comma the importer drops the whole value.", ko: "이어지는 16진수 줄은 `,\\`로 끝나야 합니다. 쉼표가 없으면 가져오기(import) 도구가 값 전체를 버립니다." },
  },
});

export const regContinuationTrailingText = defineRule({
  id: 'reg-continuation-trailing-text',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    found: { en: "Only whitespace or a `;comment` may follow the continuation backslash: the importer drops this value.", ko: "줄 연결 백슬래시 뒤에는 공백이나 `;주석`만 올 수 있습니다. 가져오기(import) 도구가 이 값을 버립니다." },
  },
});

export const regContinuationDangling = defineRule({
  id: 'reg-continuation-dangling',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    keyLine: { en: "This continuation backslash is followed by a key line, not hex data: the importer drops this value and swallows that line.", ko: "이 줄 연결 백슬래시 뒤에 16진수 데이터가 아닌 키 줄이 옵니다. 가져오기(import) 도구가 이 값을 버리고 그 줄도 함께 삼킵니다." },
    valueLine: { en: "This continuation backslash is followed by a value line, not hex data: the importer drops this value and swallows that line.", ko: "이 줄 연결 백슬래시 뒤에 16진수 데이터가 아닌 값 줄이 옵니다. 가져오기(import) 도구가 이 값을 버리고 그 줄도 함께 삼킵니다." },
    line: { en: "This continuation backslash is followed by a line, not hex data: the importer drops this value and swallows that line.", ko: "이 줄 연결 백슬래시 뒤에 16진수 데이터가 아닌 줄이 옵니다. 가져오기(import) 도구가 이 값을 버리고 그 줄도 함께 삼킵니다." },
  },
});

export const regLineSwallowed = defineRule({
  id: 'reg-line-swallowed',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  messages: {
    keyLine: { en: "The dangling continuation of the value above swallows this key line: the importer drops it. The values below it then go to the previous key.", ko: "위 값의 끊어진 줄 연결이 이 키 줄을 삼킵니다. 가져오기(import) 도구가 이 줄을 버리며, 그 아래 값은 이전 키에 기록됩니다." },
    valueLine: { en: "The dangling continuation of the value above swallows this value line: the importer drops it.", ko: "위 값의 끊어진 줄 연결이 이 값 줄을 삼킵니다. 가져오기(import) 도구가 이 줄을 버립니다." },
    line: { en: "The dangling continuation of the value above swallows this line: the importer drops it.", ko: "위 값의 끊어진 줄 연결이 이 줄을 삼킵니다. 가져오기(import) 도구가 이 줄을 버립니다." },
  },
});

export const regRules = [regHeaderInvalid, regHeaderUnsupported, regEncodingRejected, regEncodingMangled, regEncodingHeaderMismatch, regLineIgnored, regHashComment, regKeySpaceAfterBracket, regKeyUnclosed, regKeyTrailingText, regKeyUnknownRoot, regKeyAbbreviatedRoot, regKeyTrailingBackslash, regKeyEmptySegment, regKeyTrailingSpace, regKeyDeleteRoot, regKeyDeleteInvalid, regKeyWow6432node, regKeyNameTooLong, regKeyTooDeep, regValueOutsideKey, regValueAfterKeyDelete, regValueNameUnterminated, regValueNameTooLong, regValueMissingEquals, regValueDeleteTrailing, regValueDataInvalid, regValueOverridden, regTrailingHash, regStringUnterminated, regStringTrailingText, regStringContinuation, regStringNulEscape, regNulCharacter, regStringUnknownEscape, regStringNewlineEscape, regDwordInvalid, regDwordNoDigits, regDwordFormat, regDwordLooksDecimal, regHexTypeInvalid, regHexTypeFormat, regHexByteInvalid, regHexByteFormat, regHexTrailingWhitespace, regHexSize, regContinuationMissingComma, regContinuationTrailingText, regContinuationDangling, regLineSwallowed] as const;
