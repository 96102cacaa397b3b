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
    why: {
      en: "regedit and reg import compare the first line with `REGEDIT4` and `Windows Registry Editor Version 5.00` exactly, case included, and fail the whole import otherwise (Wine's importer tests, which also pass on Windows; reg-format.md). A blank line or a byte before it is enough.",
      ko: "regedit와 reg import는 첫 줄을 `REGEDIT4` 및 `Windows Registry Editor Version 5.00`과 대/소문자까지 정확히 비교하며, 다르면 가져오기(import) 전체가 실패합니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md). 앞에 빈 줄이나 바이트 하나만 있어도 실패합니다.",
    },
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
    why: {
      en: "The importer takes any line starting with `REGEDIT` as a header, then recognises only `REGEDIT4` and imports nothing, with exit code 0 (Wine's importer tests, which also pass on Windows; reg-format.md): the file looks applied and is not.",
      ko: "가져오기 프로그램은 `REGEDIT`로 시작하는 줄을 모두 헤더로 받아들이지만 `REGEDIT4`만 인식하므로, 종료 코드 0으로 아무것도 가져오지 않습니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md). 파일이 적용된 것처럼 보이지만 실제로는 적용되지 않습니다.",
    },
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
    why: {
      en: "The importer decides the encoding from the first two bytes: FF FE is UTF-16LE, anything else ANSI. reg import fails on UTF-8 with a BOM and on UTF-16 without one (reg-format.md), so the registration is never written.",
      ko: "가져오기 프로그램은 처음 두 바이트로 인코딩을 판단합니다. FF FE이면 UTF-16LE, 그 밖에는 ANSI입니다. reg import는 BOM이 있는 UTF-8과 BOM이 없는 UTF-16에서 실패하므로(reg-format.md) 등록이 레지스트리에 기록되지 않습니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", encoding: "utf8-bom" },
    ],
  },
  'reg-encoding-mangled': {
    rule: {
      en: 'A UTF-8 file without BOM is read as ANSI: its non-ASCII characters are imported mangled. Save as UTF-16LE with BOM.',
      ko: "BOM이 없는 UTF-8 파일은 ANSI로 읽히므로 ASCII가 아닌 문자가 깨진 채로 가져와집니다. BOM이 있는 UTF-16LE로 저장하세요.",
    },
    why: {
      en: "Without FF FE the importer reads the file as ANSI in the machine's code page (reg-format.md), so every non-ASCII character of a UTF-8 file, Korean text for instance, is written as other characters.",
      ko: "FF FE가 없으면 가져오기 프로그램은 파일을 컴퓨터 코드 페이지의 ANSI로 읽습니다(reg-format.md). 그래서 UTF-8 파일의 ASCII가 아닌 문자, 예를 들어 한글은 모두 다른 문자로 기록됩니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Publisher\"=\"콘토소\"\n", encoding: "utf8" },
    ],
  },
  'reg-encoding-header-mismatch': {
    rule: {
      en: '`Windows Registry Editor Version 5.00` files are UTF-16LE with BOM and `REGEDIT4` files are ANSI; other combinations depend on the machine\'s code page.',
      ko: "`Windows Registry Editor Version 5.00` 파일은 BOM이 있는 UTF-16LE이고 `REGEDIT4` 파일은 ANSI입니다. 다른 조합은 컴퓨터의 코드 페이지에 따라 결과가 달라집니다.",
    },
    why: {
      en: "regedit writes `Windows Registry Editor Version 5.00` files as UTF-16LE with BOM and `REGEDIT4` files as ANSI (reg-format.md); any other pairing is read through the code page of the machine that imports it, so the same file can import differently on another device.",
      ko: "regedit는 `Windows Registry Editor Version 5.00` 파일을 BOM이 있는 UTF-16LE로, `REGEDIT4` 파일을 ANSI로 씁니다(reg-format.md). 다른 조합은 가져오는 컴퓨터의 코드 페이지로 읽히므로, 같은 파일이라도 장치에 따라 다르게 가져와질 수 있습니다.",
    },
    examples: [
      { file: "example.reg", text: "REGEDIT4\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", encoding: "utf16le-bom" },
    ],
  },
  'reg-line-ignored': {
    rule: {
      en: 'A line must start with `[` (key), `@` or `"` (value) or `;` (comment); the importer silently ignores any other line.',
      ko: "줄은 `[`(키), `@` 또는 `\"`(값), `;`(주석)로 시작해야 합니다. 그 밖의 줄은 가져오기(import) 도구가 아무 알림 없이 무시합니다.",
    },
    why: {
      en: "The importer looks at the first character of each line and silently skips anything that is not a key, a value or a comment (reg-format.md): a value written without its opening quote is simply not imported, and reg import still reports success.",
      ko: "가져오기 프로그램은 각 줄의 첫 문자를 보고 키, 값, 주석이 아닌 줄은 아무 메시지 없이 건너뜁니다(reg-format.md). 여는 따옴표 없이 쓴 값은 그냥 가져오지 않으며, reg import는 그래도 성공으로 보고합니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\nChannel=Stable\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-hash-comment': {
    rule: {
      en: '`#` does not start a comment in .reg files: the line is ignored as garbage; use `;`.',
      ko: ".reg 파일에서 `#`은 주석을 시작하지 않습니다. 그 줄은 잘못된 줄로 무시되므로 `;`를 사용하세요.",
    },
    why: {
      en: "Only `;` starts a comment in a .reg file (KB310516, reg-format.md). A `#` line is skipped as garbage, which looks the same as a comment here, but `#` after a value's data drops that value: writing `;` everywhere avoids the difference.",
      ko: ".reg 파일에서는 `;`만 주석을 시작합니다(KB310516, reg-format.md). `#` 줄은 잘못된 줄로 건너뛰므로 여기서는 주석처럼 보이지만, 값 데이터 뒤의 `#`은 그 값을 버리게 합니다. 어디서나 `;`를 쓰면 이런 차이가 생기지 않습니다.",
    },
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
    why: {
      en: "The importer requires the key path right after `[` and ignores the line otherwise (Wine's importer tests, which also pass on Windows; reg-format.md). The values below then go to the previous key, which is worse than losing them.",
      ko: "가져오기 프로그램은 `[` 바로 뒤에 키 경로가 와야 하며, 그렇지 않으면 그 줄을 무시합니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md). 그러면 아래의 값들이 이전 키에 기록되며, 이는 값을 잃는 것보다 더 나쁩니다.",
    },
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
    why: {
      en: "The importer ignores a key line that has no `]` (reg-format.md), and the values below it are written into the previous key: they land in the wrong place without a message.",
      ko: "가져오기 프로그램은 `]`가 없는 키 줄을 무시하며(reg-format.md), 그 아래의 값은 이전 키에 기록됩니다. 아무 메시지 없이 엉뚱한 위치에 값이 기록됩니다.",
    },
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
    why: {
      en: "The key name ends at the last `]` and the importer ignores what follows (Wine's importer tests, which also pass on Windows; reg-format.md); text there is usually a comment written with the wrong character or a half-edited path.",
      ko: "키 이름은 마지막 `]`에서 끝나며 가져오기 프로그램은 그 뒤를 무시합니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md). 그 자리의 텍스트는 대개 잘못된 문자로 쓴 주석이거나 편집하다 만 경로입니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater] x64\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater] ; x64\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-unknown-root': {
    rule: {
      en: 'A key must start with HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS or HKEY_CURRENT_CONFIG; an unknown root drops the key and every value under it.',
      ko: "키는 HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS 또는 HKEY_CURRENT_CONFIG로 시작해야 합니다. 알 수 없는 루트는 키와 그 아래의 모든 값을 버립니다.",
    },
    why: {
      en: "The importer knows five roots and drops a key with any other, with every value under it (Wine's importer tests, which also pass on Windows; reg-format.md); a misspelt HKEY_LOCAL_MACHINE loses the whole registration.",
      ko: "가져오기 프로그램은 다섯 가지 루트만 알고 있으며, 다른 루트의 키는 그 아래의 모든 값과 함께 버립니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md). HKEY_LOCAL_MACHINE의 철자가 하나만 틀려도 등록 전체가 사라집니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-abbreviated-root': {
    rule: {
      en: 'Abbreviated roots (HKLM, HKCU, HKCR, HKU, HKCC) work with Wine\'s reg.exe but not with Windows regedit.',
      ko: "약어 루트(HKLM, HKCU, HKCR, HKU, HKCC)는 Wine의 reg.exe에서는 동작하지만 Windows regedit에서는 동작하지 않습니다.",
    },
    why: {
      en: "Wine's reg import accepts HKLM and the other short roots inside a file, but Windows regedit expects the full names (reg-format.md, not verified on Windows): a file tested only on Wine may import nothing on the device.",
      ko: "Wine의 reg import는 파일 안의 HKLM 같은 약어 루트를 받아들이지만, Windows regedit는 전체 이름을 기대합니다(reg-format.md, Windows에서는 확인되지 않음). Wine에서만 시험한 파일은 장치에서 아무것도 가져오지 않을 수 있습니다.",
    },
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
    why: {
      en: "On Windows a key path ending in `\\` is invalid (reg-format.md), so the key and its values are not created.",
      ko: "Windows에서는 `\\`로 끝나는 키 경로가 유효하지 않으므로(reg-format.md) 키와 그 값이 만들어지지 않습니다.",
    },
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
    why: {
      en: "A doubled backslash is no key name, and importers disagree about what it creates (reg-format.md): the registration may end up under a different path on Windows than on Wine.",
      ko: "연속된 백슬래시는 키 이름이 아니며, 가져오기 프로그램마다 무엇을 만드는지가 다릅니다(reg-format.md). 그래서 Windows와 Wine에서 등록이 서로 다른 경로에 생길 수 있습니다.",
    },
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
    why: {
      en: "Spaces before `]` belong to the key name (Wine's importer tests, which also pass on Windows; reg-format.md), so `[…\\Contoso_App ]` creates a key whose name ends with a space, not the key the rest of the tooling looks for.",
      ko: "`]` 앞의 공백은 키 이름에 포함되므로(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md), `[…\\Contoso_App ]`은 다른 도구가 찾는 키가 아니라 이름이 공백으로 끝나는 키를 만듭니다.",
    },
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
    why: {
      en: "The importer cannot delete a root key, so `[-HKEY_LOCAL_MACHINE]` does nothing (reg-format.md); it is almost always a path cut short, and the key meant to be deleted stays.",
      ko: "가져오기 프로그램은 루트 키를 삭제할 수 없으므로 `[-HKEY_LOCAL_MACHINE]`은 아무 일도 하지 않습니다(reg-format.md). 대개 경로가 잘린 것이며, 삭제하려던 키는 그대로 남습니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[-HKEY_CURRENT_USER]\n", fixed: "Windows Registry Editor Version 5.00\n\n[-HKEY_CURRENT_USER\\SOFTWARE\\Contoso\\Updater]\n" },
    ],
  },
  'reg-key-delete-invalid': {
    rule: {
      en: 'A key deletion must be `[-HKEY_…\\path]` with the `-` right after `[` and a valid root; this one deletes nothing.',
      ko: "키 삭제는 `[` 바로 뒤에 `-`가 오고 올바른 루트가 있는 `[-HKEY_…\\path]` 형식이어야 합니다. 이 삭제는 아무것도 삭제하지 않습니다.",
    },
    why: {
      en: "A deletion is `[-` followed directly by a valid path (KB310516; Wine's importer tests, which also pass on Windows; reg-format.md); any other form deletes nothing, so a subkey meant to stop an updater stays in place.",
      ko: "삭제는 `[-` 바로 뒤에 올바른 경로가 와야 합니다(KB310516, Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md). 다른 형식은 아무것도 삭제하지 않으므로, 업데이트 프로그램을 멈추려던 하위 키가 그대로 남습니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[- HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n", fixed: "Windows Registry Editor Version 5.00\n\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n" },
    ],
  },
  'reg-key-wow6432node': {
    rule: {
      en: '`Wow6432Node` is the 32-bit registry view, which the 64-bit update service does not read; a .reg file cannot choose the view (`reg import f.reg /reg:64` does).',
      ko: "`Wow6432Node`는 32비트 레지스트리 보기이며, 64비트 업데이트 서비스는 이 보기를 읽지 않습니다. .reg 파일로는 보기를 선택할 수 없습니다(`reg import f.reg /reg:64`로 선택합니다).",
    },
    why: {
      en: "Wow6432Node is where the 32-bit registry view lives; the 64-bit update service reads the 64-bit view, so values written there are not seen (reg-format.md). The view is chosen by `reg import f.reg /reg:64`, not by the path in the file.",
      ko: "Wow6432Node는 32비트 레지스트리 보기가 있는 위치입니다. 64비트 업데이트 서비스는 64비트 보기를 읽으므로 여기에 기록된 값은 보이지 않습니다(reg-format.md). 보기는 파일 안의 경로가 아니라 `reg import f.reg /reg:64`로 선택합니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-name-too-long': {
    rule: {
      en: 'A key name (one path segment) is limited to 255 characters; the key cannot be created.',
      ko: "키 이름(경로의 한 구간)은 255자로 제한됩니다. 이 키는 만들 수 없습니다.",
    },
    why: {
      en: "Windows limits a key name to 255 characters (reg-format.md); a longer segment cannot be created, and nothing below it is written.",
      ko: "Windows는 키 이름을 255자로 제한합니다(reg-format.md). 이보다 긴 경로 구성 요소는 만들 수 없으며, 그 아래의 내용도 기록되지 않습니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\" + "U".repeat(256) + "]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-key-too-deep': {
    rule: {
      en: 'Registry keys nest at most 512 levels deep; the key cannot be created.',
      ko: "레지스트리 키는 최대 512단계까지만 중첩됩니다. 이 키는 만들 수 없습니다.",
    },
    why: {
      en: "Windows nests registry keys at most 512 levels deep (reg-format.md); a deeper key cannot be created, and its values are lost.",
      ko: "Windows 레지스트리 키는 최대 512단계까지만 중첩됩니다(reg-format.md). 더 깊은 키는 만들 수 없으며 그 값도 사라집니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER" + "\\k".repeat(513) + "]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\k\\k\\k\\k\\k\\k\\k\\k]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-outside-key': {
    rule: {
      en: 'A value before the first key line has no key to go to and is dropped.',
      ko: "첫 번째 키 줄보다 앞에 있는 값은 들어갈 키가 없어 버려집니다.",
    },
    why: {
      en: "The importer writes a value into the key of the last key line; before the first one there is none, and it drops the value (reg-format.md).",
      ko: "가져오기 프로그램은 값을 마지막 키 줄의 키에 기록합니다. 첫 키 줄 앞에는 키가 없으므로 그 값을 버립니다(reg-format.md).",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n\"Channel\"=\"Stable\"\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-after-key-delete': {
    rule: {
      en: 'Values after a `[-…]` key deletion have no key and are dropped.',
      ko: "`[-…]` 키 삭제 뒤에 있는 값은 들어갈 키가 없어 버려집니다.",
    },
    why: {
      en: "After a `[-…]` deletion line there is no current key, and the importer drops the values that follow (Wine's importer tests, which also pass on Windows; reg-format.md); they were usually meant for a new key line that is missing.",
      ko: "`[-…]` 삭제 줄 뒤에는 현재 키가 없으므로 가져오기 프로그램은 이어지는 값을 버립니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md). 이런 값은 대개 빠진 새 키 줄에 넣으려던 것입니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-name-unterminated': {
    rule: {
      en: 'The value name\'s closing quote is missing (or the name contains `\\0`): the line is dropped.',
      ko: "값 이름의 닫는 따옴표가 없습니다(또는 이름에 `\\0`이 있습니다). 이 줄은 버려집니다.",
    },
    why: {
      en: "The importer reads a value name up to its closing quote; without one (or with `\\0` inside) it cannot tell name from data and drops the line (reg-format.md).",
      ko: "가져오기 프로그램은 값 이름을 닫는 따옴표까지 읽습니다. 닫는 따옴표가 없으면(또는 이름에 `\\0`이 있으면) 이름과 데이터를 구분할 수 없어 그 줄을 버립니다(reg-format.md).",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel=Stable\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-name-too-long': {
    rule: {
      en: 'A value name is limited to 16,383 characters.',
      ko: "값 이름은 16,383자로 제한됩니다.",
    },
    why: {
      en: "Windows limits a value name to 16,383 characters (reg-format.md); a longer one cannot be written.",
      ko: "Windows는 값 이름을 16,383자로 제한합니다(reg-format.md). 이보다 긴 이름은 기록할 수 없습니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"" + "n".repeat(16384) + "\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-missing-equals': {
    rule: {
      en: 'A value name must be followed by `=`; the line is dropped.',
      ko: "값 이름 뒤에는 `=`가 와야 합니다. 이 줄은 버려집니다.",
    },
    why: {
      en: "A value line is `\"name\"=data` (KB310516); without the `=` the importer drops the line (reg-format.md).",
      ko: "값 줄은 `\"name\"=data` 형식입니다(KB310516). `=`가 없으면 가져오기 프로그램은 그 줄을 버립니다(reg-format.md).",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\" \"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-delete-trailing': {
    rule: {
      en: '`=-` deletes a value only when nothing but a `;comment` follows; this line is dropped.',
      ko: "`=-`는 뒤에 `;주석` 외에 아무것도 없을 때만 값을 삭제합니다. 이 줄은 버려집니다.",
    },
    why: {
      en: "`\"name\"=-` deletes a value (KB310516), and only a `;comment` may follow it; with anything else the importer drops the line and the value stays (reg-format.md).",
      ko: "`\"name\"=-`는 값을 삭제하며(KB310516), 그 뒤에는 `;주석`만 올 수 있습니다. 다른 내용이 있으면 가져오기 프로그램은 그 줄을 버리고 값은 그대로 남습니다(reg-format.md).",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=- old\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=- ; old\n" },
    ],
  },
  'reg-value-data-invalid': {
    rule: {
      en: 'Value data must be a quoted string, `dword:`, `hex:` or `hex(N):` (case-sensitive) or `-`; anything else drops the line.',
      ko: "값 데이터는 따옴표로 묶은 문자열, `dword:`, `hex:` 또는 `hex(N):`(대/소문자 구분), 또는 `-`여야 합니다. 그 밖의 데이터는 줄을 버리게 합니다.",
    },
    why: {
      en: "The importer knows a quoted string, `dword:`, `hex:`, `hex(N):` and `-` for a deletion, with case-sensitive prefixes (reg-format.md); other data drops the line, so `DWORD:14` or an unquoted string is never written.",
      ko: "가져오기 프로그램은 따옴표로 묶은 문자열, `dword:`, `hex:`, `hex(N):`, 삭제용 `-`만 알며 접두사는 대/소문자를 구분합니다(reg-format.md). 다른 데이터는 그 줄을 버리게 하므로 `DWORD:14`나 따옴표 없는 문자열은 기록되지 않습니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=Stable\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-value-overridden': {
    rule: {
      en: 'The same value (names compare case-insensitively) is assigned again later in this key: the last assignment wins and keeps the first spelling of the name.',
      ko: "같은 값(이름은 대/소문자를 구분하지 않고 비교)이 이 키에서 나중에 다시 할당됩니다. 마지막 할당이 적용되고, 이름은 처음 쓴 철자를 유지합니다.",
    },
    why: {
      en: "Within one key the last assignment wins and the first spelling of the name is kept (Wine's reg.exe, reg-format.md): the earlier line looks effective in the file but is not what ends up in the registry.",
      ko: "한 키 안에서는 마지막 할당이 적용되고 이름은 처음 철자가 유지됩니다(Wine의 reg.exe, reg-format.md). 파일에서는 앞의 줄이 유효해 보이지만 실제로 레지스트리에 남는 값은 그것이 아닙니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Beta\"\n\"channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-trailing-hash': {
    rule: {
      en: 'A `#…` after the data makes the line invalid; only a `;comment` may follow.',
      ko: "데이터 뒤의 `#…`는 줄을 잘못된 줄로 만듭니다. 뒤에는 `;주석`만 올 수 있습니다.",
    },
    why: {
      en: "After a value's data only a `;comment` may follow; `#…` there makes the importer drop the line (Wine's importer tests, which also pass on Windows; reg-format.md).",
      ko: "값 데이터 뒤에는 `;주석`만 올 수 있습니다. 그 자리에 `#…`이 있으면 가져오기 프로그램이 그 줄을 버립니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md).",
    },
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
    why: {
      en: "A string value must end with a closing quote; without one the importer drops the line (Wine's importer tests, which also pass on Windows; reg-format.md).",
      ko: "문자열 값은 닫는 따옴표로 끝나야 합니다. 닫는 따옴표가 없으면 가져오기 프로그램이 그 줄을 버립니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md).",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
  'reg-string-trailing-text': {
    rule: {
      en: 'Only whitespace or a `;comment` may follow a closing quote; an unescaped `"` inside a string ends it early. The line is dropped.',
      ko: "닫는 따옴표 뒤에는 공백이나 `;주석`만 올 수 있습니다. 문자열 안의 이스케이프하지 않은 `\"`는 문자열을 일찍 끝냅니다. 이 줄은 버려집니다.",
    },
    why: {
      en: "An unescaped `\"` ends the string, and the importer drops the line when anything but whitespace or a `;comment` follows (reg-format.md). It is the usual fate of an expeditedPayload pasted with its JSON quotes unescaped.",
      ko: "이스케이프하지 않은 `\"`는 문자열을 끝내며, 그 뒤에 공백이나 `;주석` 외의 내용이 있으면 가져오기 프로그램이 그 줄을 버립니다(reg-format.md). JSON 따옴표를 이스케이프하지 않고 붙여 넣은 expeditedPayload가 흔히 이렇게 됩니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Title\"=\"Contoso \"Pro\" Updater\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Title\"=\"Contoso \\\"Pro\\\" Updater\"\n" },
    ],
  },
  'reg-string-continuation': {
    rule: {
      en: 'Strings cannot continue on the next line: a `\\` at the end of a string drops the line.',
      ko: "문자열은 다음 줄로 이어질 수 없습니다. 문자열 끝의 `\\`는 줄을 버리게 합니다.",
    },
    why: {
      en: "Only hex data continues on the next line; a `\\` at the end of a string does not, and the importer drops the line (Wine's importer tests, which also pass on Windows; reg-format.md).",
      ko: "다음 줄로 이어 쓸 수 있는 것은 hex 데이터뿐입니다. 문자열 끝의 `\\`는 줄을 잇지 않으며 가져오기 프로그램이 그 줄을 버립니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md).",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=\"C:\\\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=\"C:\\\\\"\n" },
    ],
  },
  'reg-string-nul-escape': {
    rule: {
      en: '`\\0` is not allowed in a string: the line is dropped.',
      ko: "문자열에는 `\\0`을 쓸 수 없습니다. 이 줄은 버려집니다.",
    },
    why: {
      en: "`\\0` inside a string makes the importer drop the line (Wine's importer tests, which also pass on Windows; reg-format.md); a string value cannot hold a NUL: use hex(7) (REG_MULTI_SZ) for a list of strings.",
      ko: "문자열 안의 `\\0`은 가져오기 프로그램이 그 줄을 버리게 합니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md). 문자열 값에는 NUL을 넣을 수 없으므로, 여러 문자열의 목록에는 hex(7)(REG_MULTI_SZ)을 사용하세요.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channels\"=\"Stable\\0Beta\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Channels\"=\"Stable\"\n" },
    ],
  },
  'reg-nul-character': {
    rule: {
      en: 'A raw NUL character (U+0000) ends the import: the importer reads its line only up to it and ignores the rest of the file.',
      ko: "원시 NUL 문자(U+0000)는 가져오기(import)를 끝냅니다. 가져오기(import) 도구는 해당 줄을 그 문자 앞까지만 읽고 파일의 나머지를 무시합니다.",
    },
    why: {
      en: "The importer reads the line only up to a raw NUL and ignores the rest of the file (reg-format.md): every key after it is silently lost, while the editor still shows them.",
      ko: "가져오기 프로그램은 NUL 문자를 만나면 그 줄을 거기까지만 읽고 파일의 나머지 부분은 무시합니다(reg-format.md). 편집기에는 그 뒤의 키가 모두 보이지만 실제로는 아무 메시지 없이 모두 사라집니다.",
    },
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
    why: {
      en: "In a .reg string only `\\\\` and `\\\"` are escapes; the importer turns any other `\\X` into `X` (reg-format.md), so a Windows path written with single backslashes loses them.",
      ko: ".reg 문자열에서 이스케이프는 `\\\\`와 `\\\"`뿐입니다. 가져오기 프로그램은 다른 `\\X`를 모두 `X`로 바꾸므로(reg-format.md), 백슬래시를 하나만 써서 적은 Windows 경로는 백슬래시를 잃습니다.",
    },
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
    why: {
      en: "Wine's importer turns `\\n` and `\\r` into line breaks; what Windows regedit does is not verified (reg-format.md), so the stored value may differ between the test machine and the device.",
      ko: "Wine의 가져오기 프로그램은 `\\n`과 `\\r`을 줄 바꿈으로 바꾸지만, Windows regedit의 동작은 확인되지 않았습니다(reg-format.md). 따라서 시험한 컴퓨터와 장치에서 저장되는 값이 다를 수 있습니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Notes\"=\"line 1\\nline 2\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Notes\"=\"line 1 line 2\"\n" },
    ],
  },
  'reg-dword-invalid': {
    rule: {
      en: '`dword:` takes 1 to 8 hex digits (no `0x`, no inner spaces): the line is dropped.',
      ko: "`dword:`에는 16진수 1~8자리가 옵니다(`0x` 없이, 중간 공백 없이). 그렇지 않으면 줄이 버려집니다.",
    },
    why: {
      en: "`dword:` takes 1 to 8 hex digits, without `0x` and without inner spaces; anything else makes the importer drop the line (Wine's importer tests, which also pass on Windows; reg-format.md), so an updaterPriority written this way never reaches the registry.",
      ko: "`dword:` 뒤에는 `0x`나 중간 공백 없이 16진수 1~8자리가 와야 합니다. 그 밖의 형식은 가져오기 프로그램이 그 줄을 버리게 하며(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md), 이렇게 쓴 updaterPriority는 레지스트리에 기록되지 않습니다.",
    },
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
    why: {
      en: "Wine's reg.exe stores 0 for a `dword:` without digits (reg-format.md), and Windows' behaviour is not verified: the value is at best 0, which is outside updaterPriority's 1..100.",
      ko: "Wine의 reg.exe는 숫자가 없는 `dword:`에 0을 저장하며(reg-format.md), Windows의 동작은 확인되지 않았습니다. 가장 좋은 경우에도 값은 0이며, 이는 updaterPriority의 범위 1..100을 벗어납니다.",
    },
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
    why: {
      en: "regedit and reg export write `dword:` with exactly 8 lowercase hex digits (reg-format.md); writing the same keeps files comparable with what the registry exports.",
      ko: "regedit와 reg export는 `dword:`를 정확히 16진수 소문자 8자리로 씁니다(reg-format.md). 같은 형식으로 쓰면 레지스트리에서 내보낸 파일과 비교하기 쉽습니다.",
    },
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
    why: {
      en: "`dword:` data is always hexadecimal (KB310516, reg-format.md), so `dword:10` stores 16 and `dword:50` stores 80: a priority meant as a decimal number gives another run order than intended.",
      ko: "`dword:` 데이터는 항상 16진수이므로(KB310516, reg-format.md) `dword:10`은 16을, `dword:50`은 80을 저장합니다. 10진수로 생각하고 쓴 우선 순위는 의도와 다른 실행 순서를 만듭니다.",
    },
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
    why: {
      en: "`hex(N):` takes N as plain hex digits from 0 to ffffffff; `0x`, a larger number or no number makes the importer drop the line (Wine's importer tests, which also pass on Windows; reg-format.md).",
      ko: "`hex(N):`의 N은 0부터 ffffffff까지의 16진수 숫자여야 합니다. `0x`, 더 큰 수, 숫자 없음은 가져오기 프로그램이 그 줄을 버리게 합니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md).",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=hex(0x2):43,00,00,00\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=hex(2):43,00,00,00\n" },
    ],
  },
  'reg-hex-type-format': {
    rule: {
      en: 'Write `hex(N):` with plain hex digits; signs and spaces inside the parentheses are read by Wine only.',
      ko: "`hex(N):`는 일반 16진수로 쓰세요. 괄호 안의 부호와 공백은 Wine만 읽습니다.",
    },
    why: {
      en: "Only Wine's importer reads a sign or spaces inside `hex( )` (reg-format.md); Windows may drop the value, so write the plain hex number regedit writes.",
      ko: "`hex( )` 안의 부호나 공백은 Wine의 가져오기 프로그램만 읽습니다(reg-format.md). Windows에서는 값이 버려질 수 있으므로 regedit가 쓰는 대로 16진수 숫자만 쓰세요.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=hex( 2):43,00,00,00\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Path\"=hex(2):43,00,00,00\n" },
    ],
  },
  'reg-hex-byte-invalid': {
    rule: {
      en: 'Hex data is comma-separated bytes 00..ff; anything else (`,,`, a leading comma, a byte above ff, stray text) drops the whole value.',
      ko: "16진수 데이터는 쉼표로 구분한 00..ff 바이트입니다. 그 밖의 것(`,,`, 맨 앞의 쉼표, ff보다 큰 바이트, 불필요한 텍스트)은 값 전체를 버리게 합니다.",
    },
    why: {
      en: "Hex data is comma-separated bytes of at most ff; a doubled or leading comma, a larger byte or stray text makes the importer drop the whole value, continuation lines included (Wine's importer tests, which also pass on Windows; reg-format.md).",
      ko: "hex 데이터는 ff 이하의 바이트를 쉼표로 구분한 것입니다. 연속 쉼표, 맨 앞의 쉼표, 더 큰 바이트, 불필요한 텍스트가 있으면 가져오기 프로그램이 이어지는 줄을 포함해 값 전체를 버립니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md).",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,,02\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02\n" },
    ],
  },
  'reg-hex-byte-format': {
    rule: {
      en: 'Write each byte as exactly two hex digits; one digit or `0x` is accepted by Wine only.',
      ko: "각 바이트는 정확히 16진수 두 자리로 쓰세요. 한 자리나 `0x`는 Wine만 받아들입니다.",
    },
    why: {
      en: "Only Wine's importer takes one-digit bytes and `0x` (reg-format.md); regedit writes two digits per byte, and Windows may drop anything else.",
      ko: "한 자리 바이트와 `0x`는 Wine의 가져오기 프로그램만 받아들입니다(reg-format.md). regedit는 바이트마다 두 자리를 쓰며, Windows는 다른 형식을 버릴 수 있습니다.",
    },
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
    why: {
      en: "A hex line continues only when it ends with `,` then `\\`; whitespace between the trailing comma and the line end breaks that, and the importer drops the whole value (Wine's importer tests, which also pass on Windows; reg-format.md).",
      ko: "hex 줄은 `,` 다음에 `\\`로 끝날 때만 다음 줄로 이어집니다. 끝의 쉼표와 줄 끝 사이에 공백이 있으면 이어지지 않으며, 가져오기 프로그램이 값 전체를 버립니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md).",
    },
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
    why: {
      en: "The importer stores the bytes as written, whatever the type (reg-format.md): a REG_DWORD that is not 4 bytes, a REG_QWORD that is not 8, or a UTF-16 string with an odd byte count is read wrongly by whatever reads it.",
      ko: "가져오기 프로그램은 형식과 관계없이 바이트를 쓰인 그대로 저장합니다(reg-format.md). 4바이트가 아닌 REG_DWORD, 8바이트가 아닌 REG_QWORD, 바이트 수가 홀수인 UTF-16 문자열은 그 값을 읽는 프로그램이 잘못 해석합니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Retries\"=hex(4):01,00,00\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Retries\"=hex(4):01,00,00,00\n" },
    ],
  },
  'reg-continuation-missing-comma': {
    rule: {
      en: 'A continued hex line must end with `,\\`; without the comma the whole value is dropped.',
      ko: "이어지는 16진수 줄은 `,\\`로 끝나야 합니다. 쉼표가 없으면 값 전체가 버려집니다.",
    },
    why: {
      en: "A hex line continues only when it ends with `,\\`; `ff\\` without the comma makes the importer drop the whole value (Wine's importer tests, which also pass on Windows; reg-format.md).",
      ko: "hex 줄은 `,\\`로 끝날 때만 다음 줄로 이어집니다. 쉼표 없는 `ff\\`는 가져오기 프로그램이 값 전체를 버리게 합니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md).",
    },
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
    why: {
      en: "After the continuation backslash only whitespace or a `;comment` may follow; anything else makes the importer drop the whole value (Wine's importer tests, which also pass on Windows; reg-format.md).",
      ko: "줄 연결 백슬래시 뒤에는 공백이나 `;주석`만 올 수 있습니다. 다른 내용이 있으면 가져오기 프로그램이 값 전체를 버립니다(Windows에서도 통과하는 Wine 가져오기 테스트, reg-format.md).",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02,\\ more\n  03,04\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02,\\ ; more\n  03,04\n" },
    ],
  },
  'reg-continuation-dangling': {
    rule: {
      en: 'A continuation backslash followed by a line that is not hex data aborts the value, and that next line is lost too.',
      ko: "줄 연결 백슬래시 뒤에 16진수 데이터가 아닌 줄이 오면 값이 중단되고, 그 다음 줄도 사라집니다.",
    },
    why: {
      en: "When a continued value is followed by a line that is not hex data, the importer aborts the value and loses that line too (reg-format.md): one stray `\\` costs two entries, often one of them a key line.",
      ko: "이어지는 값 뒤에 hex 데이터가 아닌 줄이 오면 가져오기 프로그램은 그 값을 중단하고 그 줄도 잃습니다(reg-format.md). 불필요한 `\\` 하나 때문에 항목 두 개가 사라지며, 그중 하나는 흔히 키 줄입니다.",
    },
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
    why: {
      en: "The importer reads this line as the continuation of the hex value above, fails, and drops both (reg-format.md); the line is reported on its own because it looks fine where it is.",
      ko: "가져오기 프로그램은 이 줄을 위 hex 값의 연속으로 읽다가 실패하고, 둘 다 버립니다(reg-format.md). 이 줄은 그 자리에서는 문제없어 보이므로 따로 보고합니다.",
    },
    examples: [
      { file: "example.reg", text: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02,\\\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Other]\n\"Channel\"=\"Stable\"\n", fixed: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Updater]\n\"Flags\"=hex:01,02\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Other]\n\"Channel\"=\"Stable\"\n" },
    ],
  },
};
