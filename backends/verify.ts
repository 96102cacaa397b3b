// Reads the target back after a change and compares it with what the plan expected.
import type { ImportedKey, ImportedValue, RegData } from '../core/reg/model';
import { readFolderFiles } from './machineState';
import type { Expectation } from './plan';
import { keysOf } from './regText';
import type { TargetReader } from './types';
import { foldName } from '../core/text/caseFold';
import type { Arg, Message } from '../core/rules/message';
import { backendVerify } from './texts';

function sameData(a: RegData, b: RegData): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function show(data: RegData): string {
  const text = JSON.stringify(data);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A value's name as reports show it: the unnamed value is "(default)". */
function valueName(name: string): Arg {
  return name === '' ? backendVerify.defaultValue() : name;
}

/** Differences between two value sets of one key (names compare case-insensitively, as the registry does). */
export function valueDifferences(key: string, expected: readonly ImportedValue[], actual: readonly ImportedValue[]): Message[] {
  const problems: Message[] = [];
  const byName = new Map(actual.map((v) => [foldName(v.name), v]));
  for (const want of expected) {
    const got = byName.get(foldName(want.name));
    byName.delete(foldName(want.name));
    const value = valueName(want.name);
    if (!got) problems.push(backendVerify.valueMissing({ key, value }));
    else if (got.type !== want.type) problems.push(backendVerify.valueType({ key, value, got: got.type, want: want.type }));
    else if (!sameData(got.data, want.data)) problems.push(backendVerify.valueData({ key, value, got: show(got.data), want: show(want.data) }));
  }
  for (const extra of byName.values()) problems.push(backendVerify.unexpectedValue({ key, value: valueName(extra.name) }));
  return problems;
}

export function keyDifferences(expected: readonly ImportedKey[], actual: readonly ImportedKey[]): Message[] {
  const problems: Message[] = [];
  const byKey = new Map(actual.map((k) => [foldName(k.key), k]));
  for (const want of expected) {
    const got = byKey.get(foldName(want.key));
    byKey.delete(foldName(want.key));
    if (!got) problems.push(backendVerify.missing({ what: want.key }));
    else problems.push(...valueDifferences(want.key, want.values, got.values));
  }
  for (const extra of byKey.values()) problems.push(backendVerify.unexpectedKey({ key: extra.key }));
  return problems;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** An empty list when the target holds what `expect` says. */
export async function verifyExpectation(reader: TargetReader, expect: Expectation, describe: (path: readonly string[]) => string): Promise<Message[]> {
  switch (expect.kind) {
    case 'registry': {
      const text = await reader.exportKey(expect.key);
      if (expect.values === undefined) return text === undefined ? [] : [backendVerify.stillExists({ what: expect.key })];
      if (text === undefined) return [backendVerify.notWritten({ key: expect.key })];
      const found = keysOf(text).find((k) => k.key.toLowerCase() === expect.key.toLowerCase());
      return valueDifferences(expect.key, expect.values, found?.values ?? []);
    }
    case 'registry-export': {
      const text = await reader.exportKey(expect.key);
      if (expect.before === undefined) return text === undefined ? [] : [backendVerify.stillExists({ what: expect.key })];
      if (text === undefined) return [backendVerify.notRestored({ key: expect.key })];
      return keyDifferences(keysOf(expect.before), keysOf(text));
    }
    case 'folder': {
      const files = await readFolderFiles(reader, expect.path);
      if (expect.files === undefined) return files === undefined ? [] : [backendVerify.stillExists({ what: describe(expect.path) })];
      if (files === undefined) return [backendVerify.notCreated({ path: describe(expect.path) })];
      const problems: Message[] = [];
      for (const want of expect.files) {
        const got = files.find((f) => f.name === want.name);
        if (!got) problems.push(backendVerify.missing({ what: describe([...expect.path, want.name]) }));
        else if (!sameBytes(got.bytes, want.bytes)) problems.push(backendVerify.fileDiffers({ path: describe([...expect.path, want.name]), got: got.bytes.length, want: want.bytes.length }));
      }
      for (const extra of files.filter((f) => !expect.files?.some((w) => w.name === f.name))) problems.push(backendVerify.unexpectedFile({ path: describe([...expect.path, extra.name]) }));
      return problems;
    }
  }
}
