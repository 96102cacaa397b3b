import { encodeAnsi } from './ansi';
import { HEX_PAIRS, REG_BINARY, REG_DWORD, REG_DWORD_BIG_ENDIAN, REG_EXPAND_SZ, REG_LINK, REG_MULTI_SZ, REG_QWORD, REG_SZ, regTypeCode } from './data';
import type { ImportedKey, ImportedValue } from './model';
import { escapeRegString } from './escape';
import { HEADER_V5 } from './parse';

export interface WriteRegOptions {
  /**
   * How the text will be saved: hex(1)/(2)/(7) bytes are UTF-16LE in a UTF-16 file (what
   * regedit writes, the default) and ANSI otherwise.
   */
  encoding?: 'utf16le' | 'ansi';
}

/** regedit wraps hex data once a line reaches this many characters (Wine's MAX_HEX_CHARS). */
const MAX_HEX_CHARS = 77;

/**
 * A regedit-style document: the version 5 header, CRLF, a blank line before each key, a final
 * blank line, hex data wrapped with `,\` continuations. Importing it sets exactly `keys`.
 */
export function writeReg(keys: readonly ImportedKey[], options: WriteRegOptions = {}): string {
  const unicode = options.encoding !== 'ansi';
  const parts: string[] = [HEADER_V5, '\r\n'];
  for (const key of keys) {
    parts.push('\r\n[', key.key, ']\r\n');
    for (const value of key.values) parts.push(valueLine(value, unicode), '\r\n');
  }
  parts.push('\r\n');
  return parts.join('');
}

function valueLine(value: ImportedValue, unicode: boolean): string {
  const name = value.name === '' ? '@=' : `"${escapeNewlines(escapeRegString(value.name))}"=`;
  const code = regTypeCode(value.type) ?? REG_BINARY;
  const data = value.data;
  switch (code) {
    case REG_SZ: {
      const text = String(data);
      // Line breaks inside a string are `\n`/`\r` only on Wine: hex(1) is exact everywhere.
      if (/[\r\n]/.test(text)) return name + hexText(name.length, code, stringBytes(text, unicode, true));
      return `${name}"${escapeRegString(text)}"`;
    }
    case REG_DWORD:
      return `${name}dword:${(Number(data) >>> 0).toString(16).padStart(8, '0')}`;
    case REG_EXPAND_SZ:
      return name + hexText(name.length, code, stringBytes(String(data), unicode, true));
    case REG_LINK:
      return name + hexText(name.length, code, stringBytes(String(data), true, false));
    case REG_MULTI_SZ: {
      const list = Array.isArray(data) ? data : [String(data)];
      const joined = list.length ? `${list.join('\0')}\0` : '';
      return name + hexText(name.length, code, stringBytes(joined, unicode, true));
    }
    case REG_DWORD_BIG_ENDIAN: {
      const v = Number(data) >>> 0;
      return name + hexText(name.length, code, [v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]);
    }
    case REG_QWORD: {
      let v = BigInt.asUintN(64, BigInt(String(data)));
      const bytes: number[] = [];
      for (let i = 0; i < 8; i++) {
        bytes.push(Number(v & 0xffn));
        v >>= 8n;
      }
      return name + hexText(name.length, code, bytes);
    }
    default: {
      const hex = String(data);
      const bytes: number[] = [];
      for (let i = 0; i + 1 < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
      return name + hexText(name.length, code, bytes);
    }
  }
}

function escapeNewlines(s: string): string {
  return s.replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** The bytes of a string value with its terminating NUL, as the importer stores it. */
function stringBytes(text: string, unicode: boolean, terminate: boolean): number[] {
  const out: number[] = [];
  if (unicode) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out.push(c & 0xff, c >>> 8);
    }
    if (terminate) out.push(0, 0);
  } else {
    for (const b of encodeAnsi(text)) out.push(b); // no spread: a long text has more bytes than the call stack takes arguments
    if (terminate) out.push(0);
  }
  return out;
}

/** `hex:`/`hex(N):` data wrapped as regedit and `reg export` wrap it. */
function hexText(nameLength: number, code: number, bytes: readonly number[]): string {
  const type = code === REG_BINARY ? 'hex:' : `hex(${code.toString(16)}):`;
  let out = type;
  let lineLength = nameLength + type.length;
  for (let i = 0; i < bytes.length; i++) {
    out += HEX_PAIRS[bytes[i] & 0xff];
    if (i === bytes.length - 1) break;
    out += ',';
    lineLength += 3;
    if (lineLength >= MAX_HEX_CHARS) {
      out += '\\\r\n  ';
      lineLength = 2;
    }
  }
  return out;
}
