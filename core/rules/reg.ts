// The .reg format rules of reg-format.md. Errors: the importer loses the line (or the file).
// Warnings: it imports, but not what the author probably meant, or not the same everywhere.
import { defineRule } from './rule';

export const regHeaderInvalid = defineRule({
  id: 'reg-header-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'The first line must be exactly `Windows Registry Editor Version 5.00` or `REGEDIT4` (case-sensitive, nothing before it, no trailing spaces); otherwise the import fails.',
    ko: '',
  },
  fix: { en: 'Rewrite the header line', ko: '' },
});

export const regHeaderUnsupported = defineRule({
  id: 'reg-header-unsupported',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A header that starts with `REGEDIT` but is not `REGEDIT4` is accepted and then nothing is imported.',
    ko: '',
  },
  fix: { en: 'Use `Windows Registry Editor Version 5.00`', ko: '' },
});

export const regEncodingRejected = defineRule({
  id: 'reg-encoding-rejected',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'The importer rejects UTF-8 with a BOM, UTF-16 without a BOM and big-endian UTF-16: save as UTF-16LE with BOM (what regedit writes).',
    ko: '',
  },
});

export const regEncodingMangled = defineRule({
  id: 'reg-encoding-mangled',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A UTF-8 file without BOM is read as ANSI: its non-ASCII characters are imported mangled. Save as UTF-16LE with BOM.',
    ko: '',
  },
});

export const regEncodingHeaderMismatch = defineRule({
  id: 'reg-encoding-header-mismatch',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: '`Windows Registry Editor Version 5.00` files are UTF-16LE with BOM and `REGEDIT4` files are ANSI; other combinations depend on the machine\'s code page.',
    ko: '',
  },
});

export const regLineIgnored = defineRule({
  id: 'reg-line-ignored',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A line must start with `[` (key), `@` or `"` (value) or `;` (comment); the importer silently ignores any other line.',
    ko: '',
  },
});

export const regHashComment = defineRule({
  id: 'reg-hash-comment',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: '`#` does not start a comment in .reg files: the line is ignored as garbage; use `;`.',
    ko: '',
  },
  fix: { en: 'Replace `#` with `;`', ko: '' },
});

export const regKeySpaceAfterBracket = defineRule({
  id: 'reg-key-space-after-bracket',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Whitespace right after `[` makes the importer ignore the key line; the values below it then land in the previous key.',
    ko: '',
  },
  fix: { en: 'Remove the whitespace', ko: '' },
});

export const regKeyUnclosed = defineRule({
  id: 'reg-key-unclosed',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A key line without `]` is ignored; the values below it then land in the previous key.',
    ko: '',
  },
  fix: { en: 'Add the closing `]`', ko: '' },
});

export const regKeyTrailingText = defineRule({
  id: 'reg-key-trailing-text',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Text after the closing `]` of a key line is ignored.',
    ko: '',
  },
});

export const regKeyUnknownRoot = defineRule({
  id: 'reg-key-unknown-root',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A key must start with HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS or HKEY_CURRENT_CONFIG; an unknown root drops the key and every value under it.',
    ko: '',
  },
});

export const regKeyAbbreviatedRoot = defineRule({
  id: 'reg-key-abbreviated-root',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Abbreviated roots (HKLM, HKCU, HKCR, HKU, HKCC) work with Wine\'s reg.exe but not with Windows regedit.',
    ko: '',
  },
  fix: { en: 'Write the long root name', ko: '' },
});

export const regKeyTrailingBackslash = defineRule({
  id: 'reg-key-trailing-backslash',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A trailing backslash makes the key path invalid on Windows.',
    ko: '',
  },
  fix: { en: 'Remove the trailing backslash', ko: '' },
});

export const regKeyEmptySegment = defineRule({
  id: 'reg-key-empty-segment',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'An empty path segment (`\\\\`) is not a key name; importers disagree on what it creates.',
    ko: '',
  },
  fix: { en: 'Collapse the doubled backslash', ko: '' },
});

export const regKeyTrailingSpace = defineRule({
  id: 'reg-key-trailing-space',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Spaces before `]` belong to the key name: this key name ends with a space.',
    ko: '',
  },
  fix: { en: 'Remove the spaces before `]`', ko: '' },
});

export const regKeyDeleteRoot = defineRule({
  id: 'reg-key-delete-root',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A root key cannot be deleted: `[-ROOT]` does nothing.',
    ko: '',
  },
});

export const regKeyDeleteInvalid = defineRule({
  id: 'reg-key-delete-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A key deletion must be `[-HKEY_…\\path]` with the `-` right after `[` and a valid root; this one deletes nothing.',
    ko: '',
  },
});

export const regKeyWow6432node = defineRule({
  id: 'reg-key-wow6432node',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: '`Wow6432Node` is the 32-bit registry view, which the 64-bit update service does not read; a .reg file cannot choose the view (`reg import f.reg /reg:64` does).',
    ko: '',
  },
});

export const regKeyNameTooLong = defineRule({
  id: 'reg-key-name-too-long',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A key name (one path segment) is limited to 255 characters; the key cannot be created.',
    ko: '',
  },
});

export const regKeyTooDeep = defineRule({
  id: 'reg-key-too-deep',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Registry keys nest at most 512 levels deep; the key cannot be created.',
    ko: '',
  },
});

export const regValueOutsideKey = defineRule({
  id: 'reg-value-outside-key',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A value before the first key line has no key to go to and is dropped.',
    ko: '',
  },
});

export const regValueAfterKeyDelete = defineRule({
  id: 'reg-value-after-key-delete',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Values after a `[-…]` key deletion have no key and are dropped.',
    ko: '',
  },
});

export const regValueNameUnterminated = defineRule({
  id: 'reg-value-name-unterminated',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'The value name\'s closing quote is missing (or the name contains `\\0`): the line is dropped.',
    ko: '',
  },
});

export const regValueNameTooLong = defineRule({
  id: 'reg-value-name-too-long',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A value name is limited to 16,383 characters.',
    ko: '',
  },
});

export const regValueMissingEquals = defineRule({
  id: 'reg-value-missing-equals',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A value name must be followed by `=`; the line is dropped.',
    ko: '',
  },
});

export const regValueDeleteTrailing = defineRule({
  id: 'reg-value-delete-trailing',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: '`=-` deletes a value only when nothing but a `;comment` follows; this line is dropped.',
    ko: '',
  },
});

export const regValueDataInvalid = defineRule({
  id: 'reg-value-data-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Value data must be a quoted string, `dword:`, `hex:` or `hex(N):` (case-sensitive) or `-`; anything else drops the line.',
    ko: '',
  },
});

export const regValueOverridden = defineRule({
  id: 'reg-value-overridden',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'The same value (names compare case-insensitively) is assigned again later in this key: the last assignment wins and keeps the first spelling of the name.',
    ko: '',
  },
});

export const regTrailingHash = defineRule({
  id: 'reg-trailing-hash',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A `#…` after the data makes the line invalid; only a `;comment` may follow.',
    ko: '',
  },
  fix: { en: 'Make it a `;` comment', ko: '' },
});

export const regStringUnterminated = defineRule({
  id: 'reg-string-unterminated',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'The string has no closing quote: the line is dropped.',
    ko: '',
  },
});

export const regStringTrailingText = defineRule({
  id: 'reg-string-trailing-text',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Only whitespace or a `;comment` may follow a closing quote; an unescaped `"` inside a string ends it early. The line is dropped.',
    ko: '',
  },
});

export const regStringContinuation = defineRule({
  id: 'reg-string-continuation',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Strings cannot continue on the next line: a `\\` at the end of a string drops the line.',
    ko: '',
  },
});

export const regStringNulEscape = defineRule({
  id: 'reg-string-nul-escape',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: '`\\0` is not allowed in a string: the line is dropped.',
    ko: '',
  },
});

export const regNulCharacter = defineRule({
  id: 'reg-nul-character',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A raw NUL character (U+0000) ends the import: the importer reads its line only up to it and ignores the rest of the file.',
    ko: '',
  },
  fix: { en: 'Remove the NUL character', ko: '' },
});

export const regStringUnknownEscape = defineRule({
  id: 'reg-string-unknown-escape',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Only `\\\\` and `\\"` are escapes; any other `\\X` imports as `X` (so `"a\\tb"` stores `atb`).',
    ko: '',
  },
  fix: { en: 'Escape the backslash', ko: '' },
});

export const regStringNewlineEscape = defineRule({
  id: 'reg-string-newline-escape',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: '`\\n` and `\\r` import as line feed / carriage return on Wine; Windows regedit behaviour is not verified.',
    ko: '',
  },
});

export const regDwordInvalid = defineRule({
  id: 'reg-dword-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: '`dword:` takes 1 to 8 hex digits (no `0x`, no inner spaces): the line is dropped.',
    ko: '',
  },
  fix: { en: 'Rewrite as 8 lowercase hex digits', ko: '' },
});

export const regDwordNoDigits = defineRule({
  id: 'reg-dword-no-digits',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: '`dword:` without digits before a `;comment` imports 0 on Wine; write the digits.',
    ko: '',
  },
  fix: { en: 'Write dword:00000000', ko: '' },
});

export const regDwordFormat = defineRule({
  id: 'reg-dword-format',
  severity: 'information',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'regedit writes `dword:` with exactly 8 lowercase hex digits.',
    ko: '',
  },
  fix: { en: 'Rewrite as 8 lowercase hex digits', ko: '' },
});

export const regDwordLooksDecimal = defineRule({
  id: 'reg-dword-looks-decimal',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: '`dword:` data is hexadecimal: a short number of decimal digits such as `dword:10` stores 16, not 10.',
    ko: '',
  },
  fix: { en: 'Write the decimal number in hex (10 → dword:0000000a), or keep the value as 8 hex digits', ko: '' },
});

export const regHexTypeInvalid = defineRule({
  id: 'reg-hex-type-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: '`hex(N):` needs N in hex digits, 0..ffffffff, without `0x`: the line is dropped.',
    ko: '',
  },
});

export const regHexTypeFormat = defineRule({
  id: 'reg-hex-type-format',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Write `hex(N):` with plain hex digits; signs and spaces inside the parentheses are read by Wine only.',
    ko: '',
  },
});

export const regHexByteInvalid = defineRule({
  id: 'reg-hex-byte-invalid',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Hex data is comma-separated bytes 00..ff; anything else (`,,`, a leading comma, a byte above ff, stray text) drops the whole value.',
    ko: '',
  },
});

export const regHexByteFormat = defineRule({
  id: 'reg-hex-byte-format',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Write each byte as exactly two hex digits; one digit or `0x` is accepted by Wine only.',
    ko: '',
  },
  fix: { en: 'Write two hex digits', ko: '' },
});

export const regHexTrailingWhitespace = defineRule({
  id: 'reg-hex-trailing-whitespace',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'On a continuation line, whitespace after a trailing comma drops the whole value.',
    ko: '',
  },
  fix: { en: 'Remove the trailing whitespace', ko: '' },
});

export const regHexSize = defineRule({
  id: 'reg-hex-size',
  severity: 'warning',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'The byte count does not fit the type (hex(4)/hex(5): 4 bytes, hex(b): 8 bytes, hex(1)/(2)/(7) in a UTF-16 file: an even count).',
    ko: '',
  },
});

export const regContinuationMissingComma = defineRule({
  id: 'reg-continuation-missing-comma',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A continued hex line must end with `,\\`; without the comma the whole value is dropped.',
    ko: '',
  },
  fix: { en: 'Add the missing comma', ko: '' },
});

export const regContinuationTrailingText = defineRule({
  id: 'reg-continuation-trailing-text',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'Only whitespace or a `;comment` may follow the continuation backslash: the value is dropped.',
    ko: '',
  },
});

export const regContinuationDangling = defineRule({
  id: 'reg-continuation-dangling',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'A continuation backslash followed by a line that is not hex data aborts the value, and that next line is lost too.',
    ko: '',
  },
  fix: { en: 'Remove the stray backslash', ko: '' },
});

export const regLineSwallowed = defineRule({
  id: 'reg-line-swallowed',
  severity: 'error',
  area: 'reg',
  source: 'reg-format',
  rule: {
    en: 'This line is swallowed by the dangling continuation of the value above: the importer drops it.',
    ko: '',
  },
});

export const regRules = [regHeaderInvalid, regHeaderUnsupported, regEncodingRejected, regEncodingMangled, regEncodingHeaderMismatch, regLineIgnored, regHashComment, regKeySpaceAfterBracket, regKeyUnclosed, regKeyTrailingText, regKeyUnknownRoot, regKeyAbbreviatedRoot, regKeyTrailingBackslash, regKeyEmptySegment, regKeyTrailingSpace, regKeyDeleteRoot, regKeyDeleteInvalid, regKeyWow6432node, regKeyNameTooLong, regKeyTooDeep, regValueOutsideKey, regValueAfterKeyDelete, regValueNameUnterminated, regValueNameTooLong, regValueMissingEquals, regValueDeleteTrailing, regValueDataInvalid, regValueOverridden, regTrailingHash, regStringUnterminated, regStringTrailingText, regStringContinuation, regStringNulEscape, regNulCharacter, regStringUnknownEscape, regStringNewlineEscape, regDwordInvalid, regDwordNoDigits, regDwordFormat, regDwordLooksDecimal, regHexTypeInvalid, regHexTypeFormat, regHexByteInvalid, regHexByteFormat, regHexTrailingWhitespace, regHexSize, regContinuationMissingComma, regContinuationTrailingText, regContinuationDangling, regLineSwallowed] as const;
