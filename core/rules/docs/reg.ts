// The documentation of the .reg format rules (core/rules/reg.ts): what each rule says, why, its
// quick fix and examples. The rule pages, SARIF and the tests read it; the runtime does not.
import type { regRules } from '../reg';
import type { AreaDocs } from './types';

export const regDocs: AreaDocs<(typeof regRules)[number]['id']> = {
  'reg-header-invalid': {
    rule: {
      en: 'The first line must be exactly `Windows Registry Editor Version 5.00` or `REGEDIT4` (case-sensitive, nothing before it, no trailing spaces); otherwise the import fails.',
      ko: "첫 줄은 정확히 `Windows Registry Editor Version 5.00` 또는 `REGEDIT4`여야 합니다(대/소문자 구분, 앞에 아무것도 없고 뒤에 공백 없음). 그렇지 않으면 가져오기(import)가 실패합니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Rewrite the header line', ko: "헤더 줄 다시 쓰기" },
    examples: [
      { file: "example.reg", text: "windows registry editor version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-header-unsupported': {
    rule: {
      en: 'A header that starts with `REGEDIT` but is not `REGEDIT4` is accepted and then nothing is imported.',
      ko: "`REGEDIT`로 시작하지만 `REGEDIT4`가 아닌 헤더는 받아들여지지만, 그 뒤로 아무것도 가져오지 않습니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Use `Windows Registry Editor Version 5.00`', ko: "`Windows Registry Editor Version 5.00` 사용" },
    examples: [
      { file: "example.reg", text: "REGEDIT5\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-encoding-rejected': {
    rule: {
      en: 'The importer rejects UTF-8 with a BOM, UTF-16 without a BOM and big-endian UTF-16: save as UTF-16LE with BOM (what regedit writes).',
      ko: "가져오기(import) 도구는 BOM이 있는 UTF-8, BOM이 없는 UTF-16, 빅 엔디언 UTF-16을 거부합니다. BOM이 있는 UTF-16LE(regedit가 쓰는 형식)로 저장하세요.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", encoding: "utf8-bom" },
    ],
  },
  'reg-encoding-mangled': {
    rule: {
      en: 'A UTF-8 file without BOM is read as ANSI: its non-ASCII characters are imported mangled. Save as UTF-16LE with BOM.',
      ko: "BOM이 없는 UTF-8 파일은 ANSI로 읽히므로 ASCII가 아닌 문자가 깨진 채로 가져와집니다. BOM이 있는 UTF-16LE로 저장하세요.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Publisher\"=\"콘토소\"\n", encoding: "utf8" },
    ],
  },
  'reg-encoding-header-mismatch': {
    rule: {
      en: '`Windows Registry Editor Version 5.00` files are UTF-16LE with BOM and `REGEDIT4` files are ANSI; other combinations depend on the machine\'s code page.',
      ko: "`Windows Registry Editor Version 5.00` 파일은 BOM이 있는 UTF-16LE이고 `REGEDIT4` 파일은 ANSI입니다. 다른 조합은 컴퓨터의 코드 페이지에 따라 결과가 달라집니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "REGEDIT4\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", encoding: "utf16le-bom" },
    ],
  },
  'reg-line-ignored': {
    rule: {
      en: 'A line must start with `[` (key), `@` or `"` (value) or `;` (comment); the importer silently ignores any other line.',
      ko: "줄은 `[`(키), `@` 또는 `\"`(값), `;`(주석)로 시작해야 합니다. 그 밖의 줄은 가져오기(import) 도구가 아무 알림 없이 무시합니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\nChannel=Stable\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-hash-comment': {
    rule: {
      en: '`#` does not start a comment in .reg files: the line is ignored as garbage; use `;`.',
      ko: ".reg 파일에서 `#`은 주석을 시작하지 않습니다. 그 줄은 잘못된 줄로 무시되므로 `;`를 사용하세요.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Replace `#` with `;`', ko: "`#`을 `;`로 바꾸기" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n# Contoso updater\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n; Contoso updater\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-space-after-bracket': {
    rule: {
      en: 'Whitespace right after `[` makes the importer ignore the key line; the values below it then land in the previous key.',
      ko: "`[` 바로 뒤에 공백이 있으면 가져오기(import) 도구가 키 줄을 무시하고, 그 아래 값은 이전 키에 기록됩니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the whitespace', ko: "공백 제거" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[ HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-unclosed': {
    rule: {
      en: 'A key line without `]` is ignored; the values below it then land in the previous key.',
      ko: "`]`가 없는 키 줄은 무시되고, 그 아래 값은 이전 키에 기록됩니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Add the closing `]`', ko: "닫는 `]` 추가" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-trailing-text': {
    rule: {
      en: 'Text after the closing `]` of a key line is ignored.',
      ko: "키 줄의 닫는 `]` 뒤에 있는 텍스트는 무시됩니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater] x64\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater] ; x64\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-unknown-root': {
    rule: {
      en: 'A key must start with HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS or HKEY_CURRENT_CONFIG; an unknown root drops the key and every value under it.',
      ko: "키는 HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS 또는 HKEY_CURRENT_CONFIG로 시작해야 합니다. 알 수 없는 루트는 키와 그 아래의 모든 값을 버립니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-abbreviated-root': {
    rule: {
      en: 'Abbreviated roots (HKLM, HKCU, HKCR, HKU, HKCC) work with Wine\'s reg.exe but not with Windows regedit.',
      ko: "약어 루트(HKLM, HKCU, HKCR, HKU, HKCC)는 Wine의 reg.exe에서는 동작하지만 Windows regedit에서는 동작하지 않습니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Write the long root name', ko: "전체 루트 이름으로 쓰기" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKLM\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-trailing-backslash': {
    rule: {
      en: 'A trailing backslash makes the key path invalid on Windows.',
      ko: "끝에 백슬래시가 있으면 Windows에서 키 경로가 잘못된 것으로 처리됩니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the trailing backslash', ko: "끝의 백슬래시 제거" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater\\]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-empty-segment': {
    rule: {
      en: 'An empty path segment (`\\\\`) is not a key name; importers disagree on what it creates.',
      ko: "빈 경로 구간(`\\\\`)은 키 이름이 아닙니다. 가져오기(import) 도구마다 만드는 결과가 다릅니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Collapse the doubled backslash', ko: "이중 백슬래시를 하나로 줄이기" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-trailing-space': {
    rule: {
      en: 'Spaces before `]` belong to the key name: this key name ends with a space.',
      ko: "`]` 앞의 공백은 키 이름에 포함됩니다. 이 키 이름은 공백으로 끝납니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the spaces before `]`', ko: "`]` 앞의 공백 제거" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater ]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-delete-root': {
    rule: {
      en: 'A root key cannot be deleted: `[-ROOT]` does nothing.',
      ko: "루트 키는 삭제할 수 없습니다. `[-ROOT]`는 아무 작업도 하지 않습니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[-HKEY_CURRENT_USER]\n", fixed: "Windows Registry Editor Version 5.00\n\n[-HKEY_CURRENT_USER\\SOFTWARE\\Contoso\\Updater]\n" },
    ],
  },
  'reg-key-delete-invalid': {
    rule: {
      en: 'A key deletion must be `[-HKEY_…\\path]` with the `-` right after `[` and a valid root; this one deletes nothing.',
      ko: "키 삭제는 `[` 바로 뒤에 `-`가 오고 올바른 루트가 있는 `[-HKEY_…\\path]` 형식이어야 합니다. 이 삭제는 아무것도 삭제하지 않습니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[- HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n", fixed: "Windows Registry Editor Version 5.00\n\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n" },
    ],
  },
  'reg-key-wow6432node': {
    rule: {
      en: '`Wow6432Node` is the 32-bit registry view, which the 64-bit update service does not read; a .reg file cannot choose the view (`reg import f.reg /reg:64` does).',
      ko: "`Wow6432Node`는 32비트 레지스트리 보기이며, 64비트 업데이트 서비스는 이 보기를 읽지 않습니다. .reg 파일로는 보기를 선택할 수 없습니다(`reg import f.reg /reg:64`로 선택합니다).",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-name-too-long': {
    rule: {
      en: 'A key name (one path segment) is limited to 255 characters; the key cannot be created.',
      ko: "키 이름(경로의 한 구간)은 255자로 제한됩니다. 이 키는 만들 수 없습니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\" + "U".repeat(256) + "]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-too-deep': {
    rule: {
      en: 'Registry keys nest at most 512 levels deep; the key cannot be created.',
      ko: "레지스트리 키는 최대 512단계까지만 중첩됩니다. 이 키는 만들 수 없습니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER" + "\\k".repeat(513) + "]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\k\\k\\k\\k\\k\\k\\k\\k]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-outside-key': {
    rule: {
      en: 'A value before the first key line has no key to go to and is dropped.',
      ko: "첫 번째 키 줄보다 앞에 있는 값은 들어갈 키가 없어 버려집니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n\"Channel\"=\"Stable\"\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-after-key-delete': {
    rule: {
      en: 'Values after a `[-…]` key deletion have no key and are dropped.',
      ko: "`[-…]` 키 삭제 뒤에 있는 값은 들어갈 키가 없어 버려집니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-name-unterminated': {
    rule: {
      en: 'The value name\'s closing quote is missing (or the name contains `\\0`): the line is dropped.',
      ko: "값 이름의 닫는 따옴표가 없습니다(또는 이름에 `\\0`이 있습니다). 이 줄은 버려집니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel=Stable\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-name-too-long': {
    rule: {
      en: 'A value name is limited to 16,383 characters.',
      ko: "값 이름은 16,383자로 제한됩니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"" + "n".repeat(16384) + "\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-missing-equals': {
    rule: {
      en: 'A value name must be followed by `=`; the line is dropped.',
      ko: "값 이름 뒤에는 `=`가 와야 합니다. 이 줄은 버려집니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\" \"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-delete-trailing': {
    rule: {
      en: '`=-` deletes a value only when nothing but a `;comment` follows; this line is dropped.',
      ko: "`=-`는 뒤에 `;주석` 외에 아무것도 없을 때만 값을 삭제합니다. 이 줄은 버려집니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=- old\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=- ; old\n" },
    ],
  },
  'reg-value-data-invalid': {
    rule: {
      en: 'Value data must be a quoted string, `dword:`, `hex:` or `hex(N):` (case-sensitive) or `-`; anything else drops the line.',
      ko: "값 데이터는 따옴표로 묶은 문자열, `dword:`, `hex:` 또는 `hex(N):`(대/소문자 구분), 또는 `-`여야 합니다. 그 밖의 데이터는 줄을 버리게 합니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=Stable\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-overridden': {
    rule: {
      en: 'The same value (names compare case-insensitively) is assigned again later in this key: the last assignment wins and keeps the first spelling of the name.',
      ko: "같은 값(이름은 대/소문자를 구분하지 않고 비교)이 이 키에서 나중에 다시 할당됩니다. 마지막 할당이 적용되고, 이름은 처음 쓴 철자를 유지합니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Beta\"\n\"channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-trailing-hash': {
    rule: {
      en: 'A `#…` after the data makes the line invalid; only a `;comment` may follow.',
      ko: "데이터 뒤의 `#…`는 줄을 잘못된 줄로 만듭니다. 뒤에는 `;주석`만 올 수 있습니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Make it a `;` comment', ko: "`;` 주석으로 바꾸기" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\" # default\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\" ; default\n" },
    ],
  },
  'reg-string-unterminated': {
    rule: {
      en: 'The string has no closing quote: the line is dropped.',
      ko: "문자열에 닫는 따옴표가 없습니다. 이 줄은 버려집니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-string-trailing-text': {
    rule: {
      en: 'Only whitespace or a `;comment` may follow a closing quote; an unescaped `"` inside a string ends it early. The line is dropped.',
      ko: "닫는 따옴표 뒤에는 공백이나 `;주석`만 올 수 있습니다. 문자열 안의 이스케이프하지 않은 `\"`는 문자열을 일찍 끝냅니다. 이 줄은 버려집니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Title\"=\"Contoso \"Pro\" Updater\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Title\"=\"Contoso \\\"Pro\\\" Updater\"\n" },
    ],
  },
  'reg-string-continuation': {
    rule: {
      en: 'Strings cannot continue on the next line: a `\\` at the end of a string drops the line.',
      ko: "문자열은 다음 줄로 이어질 수 없습니다. 문자열 끝의 `\\`는 줄을 버리게 합니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=\"C:\\\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=\"C:\\\\\"\n" },
    ],
  },
  'reg-string-nul-escape': {
    rule: {
      en: '`\\0` is not allowed in a string: the line is dropped.',
      ko: "문자열에는 `\\0`을 쓸 수 없습니다. 이 줄은 버려집니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channels\"=\"Stable\\0Beta\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channels\"=\"Stable\"\n" },
    ],
  },
  'reg-nul-character': {
    rule: {
      en: 'A raw NUL character (U+0000) ends the import: the importer reads its line only up to it and ignores the rest of the file.',
      ko: "원시 NUL 문자(U+0000)는 가져오기(import)를 끝냅니다. 가져오기(import) 도구는 해당 줄을 그 문자 앞까지만 읽고 파일의 나머지를 무시합니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the NUL character', ko: "NUL 문자 제거" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Sta\u0000ble\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-string-unknown-escape': {
    rule: {
      en: 'Only `\\\\` and `\\"` are escapes; any other `\\X` imports as `X` (so `"a\\tb"` stores `atb`).',
      ko: "이스케이프는 `\\\\`와 `\\\"`뿐입니다. 그 밖의 `\\X`는 `X`로 가져와집니다(따라서 `\"a\\tb\"`는 `atb`로 저장됩니다).",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Escape the backslash', ko: "백슬래시 이스케이프" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=\"C:\\Contoso\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=\"C:\\\\Contoso\"\n" },
    ],
  },
  'reg-string-newline-escape': {
    rule: {
      en: '`\\n` and `\\r` import as line feed / carriage return on Wine; Windows regedit behaviour is not verified.',
      ko: "`\\n`과 `\\r`은 Wine에서 줄 바꿈(LF)/캐리지 리턴(CR)으로 가져와집니다. Windows regedit의 동작은 확인되지 않았습니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Notes\"=\"line 1\\nline 2\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Notes\"=\"line 1 line 2\"\n" },
    ],
  },
  'reg-dword-invalid': {
    rule: {
      en: '`dword:` takes 1 to 8 hex digits (no `0x`, no inner spaces): the line is dropped.',
      ko: "`dword:`에는 16진수 1~8자리가 옵니다(`0x` 없이, 중간 공백 없이). 그렇지 않으면 줄이 버려집니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Rewrite as 8 lowercase hex digits', ko: "소문자 16진수 8자리로 다시 쓰기" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_App]\n\"updaterPriority\"=dword:0x64\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_App]\n\"updaterPriority\"=dword:00000064\n" },
    ],
  },
  'reg-dword-no-digits': {
    rule: {
      en: '`dword:` without digits before a `;comment` imports 0 on Wine; write the digits.',
      ko: "`;주석` 앞에 숫자가 없는 `dword:`는 Wine에서 0으로 가져와집니다. 숫자를 쓰세요.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Write dword:00000000', ko: "dword:00000000으로 쓰기" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Retries\"=dword: ; none\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Retries\"=dword:00000000 ; none\n" },
    ],
  },
  'reg-dword-format': {
    rule: {
      en: 'regedit writes `dword:` with exactly 8 lowercase hex digits.',
      ko: "regedit는 `dword:`를 정확히 소문자 16진수 8자리로 씁니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Rewrite as 8 lowercase hex digits', ko: "소문자 16진수 8자리로 다시 쓰기" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_App]\n\"updaterPriority\"=dword:0000000A\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_App]\n\"updaterPriority\"=dword:0000000a\n" },
    ],
  },
  'reg-dword-looks-decimal': {
    rule: {
      en: '`dword:` data is hexadecimal: a short number of decimal digits such as `dword:10` stores 16, not 10.',
      ko: "`dword:` 데이터는 16진수입니다. `dword:10`처럼 짧은 10진수 모양의 숫자는 10이 아니라 16을 저장합니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Write the decimal number in hex (10 → dword:0000000a), or keep the value as 8 hex digits', ko: "10진수를 16진수로 쓰기(10 → dword:0000000a) 또는 값을 16진수 8자리로 유지" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_App]\n\"updaterPriority\"=dword:10\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_App]\n\"updaterPriority\"=dword:0000000a\n" },
    ],
  },
  'reg-hex-type-invalid': {
    rule: {
      en: '`hex(N):` needs N in hex digits, 0..ffffffff, without `0x`: the line is dropped.',
      ko: "`hex(N):`의 N은 `0x` 없이 16진수로 쓴 0..ffffffff여야 합니다. 그렇지 않으면 줄이 버려집니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=hex(0x2):43,00,00,00\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=hex(2):43,00,00,00\n" },
    ],
  },
  'reg-hex-type-format': {
    rule: {
      en: 'Write `hex(N):` with plain hex digits; signs and spaces inside the parentheses are read by Wine only.',
      ko: "`hex(N):`는 일반 16진수로 쓰세요. 괄호 안의 부호와 공백은 Wine만 읽습니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=hex( 2):43,00,00,00\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=hex(2):43,00,00,00\n" },
    ],
  },
  'reg-hex-byte-invalid': {
    rule: {
      en: 'Hex data is comma-separated bytes 00..ff; anything else (`,,`, a leading comma, a byte above ff, stray text) drops the whole value.',
      ko: "16진수 데이터는 쉼표로 구분한 00..ff 바이트입니다. 그 밖의 것(`,,`, 맨 앞의 쉼표, ff보다 큰 바이트, 불필요한 텍스트)은 값 전체를 버리게 합니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,,02\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02\n" },
    ],
  },
  'reg-hex-byte-format': {
    rule: {
      en: 'Write each byte as exactly two hex digits; one digit or `0x` is accepted by Wine only.',
      ko: "각 바이트는 정확히 16진수 두 자리로 쓰세요. 한 자리나 `0x`는 Wine만 받아들입니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Write two hex digits', ko: "16진수 두 자리로 쓰기" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:1,02\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02\n" },
    ],
  },
  'reg-hex-trailing-whitespace': {
    rule: {
      en: 'On a continuation line, whitespace after a trailing comma drops the whole value.',
      ko: "이어지는 줄에서 끝의 쉼표 뒤에 공백이 있으면 값 전체가 버려집니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the trailing whitespace', ko: "끝의 공백 제거" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02,\\\n  03,04, \n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02,\\\n  03,04\n" },
    ],
  },
  'reg-hex-size': {
    rule: {
      en: 'The byte count does not fit the type (hex(4)/hex(5): 4 bytes, hex(b): 8 bytes, hex(1)/(2)/(7) in a UTF-16 file: an even count).',
      ko: "바이트 수가 형식에 맞지 않습니다(hex(4)/hex(5): 4바이트, hex(b): 8바이트, UTF-16 파일의 hex(1)/(2)/(7): 짝수 바이트).",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Retries\"=hex(4):01,00,00\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Retries\"=hex(4):01,00,00,00\n" },
    ],
  },
  'reg-continuation-missing-comma': {
    rule: {
      en: 'A continued hex line must end with `,\\`; without the comma the whole value is dropped.',
      ko: "이어지는 16진수 줄은 `,\\`로 끝나야 합니다. 쉼표가 없으면 값 전체가 버려집니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Add the missing comma', ko: "빠진 쉼표 추가" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02\\\n  03,04\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02,\\\n  03,04\n" },
    ],
  },
  'reg-continuation-trailing-text': {
    rule: {
      en: 'Only whitespace or a `;comment` may follow the continuation backslash: the value is dropped.',
      ko: "줄 연결 백슬래시 뒤에는 공백이나 `;주석`만 올 수 있습니다. 그렇지 않으면 값이 버려집니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02,\\ more\n  03,04\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02,\\ ; more\n  03,04\n" },
    ],
  },
  'reg-continuation-dangling': {
    rule: {
      en: 'A continuation backslash followed by a line that is not hex data aborts the value, and that next line is lost too.',
      ko: "줄 연결 백슬래시 뒤에 16진수 데이터가 아닌 줄이 오면 값이 중단되고, 그 다음 줄도 사라집니다.",
    },
    why: { en: '', ko: '' },
    fix: { en: 'Remove the stray backslash', ko: "불필요한 백슬래시 제거" },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02,\\\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-line-swallowed': {
    rule: {
      en: 'This line is swallowed by the dangling continuation of the value above: the importer drops it.',
      ko: "이 줄은 위 값의 끊어진 줄 연결에 삼켜집니다. 가져오기(import) 도구가 이 줄을 버립니다.",
    },
    why: { en: '', ko: '' },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02,\\\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Other]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Other]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
};
