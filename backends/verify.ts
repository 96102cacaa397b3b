// Reads the target back after a change and compares it with what the plan expected.
import type { ImportedKey, ImportedValue, RegData } from '../core/reg/model';
import { readFolderFiles } from './machineState';
import type { Expectation } from './plan';
import { keysOf } from './regText';
import type { TargetReader } from './types';
import { foldName } from '../core/text/caseFold';

function sameData(a: RegData, b: RegData): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function show(data: RegData): string {
  const text = JSON.stringify(data);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Differences between two value sets of one key (names compare case-insensitively, as the registry does). */
export function valueDifferences(key: string, expected: readonly ImportedValue[], actual: readonly ImportedValue[]): string[] {
  const problems: string[] = [];
  const byName = new Map(actual.map((v) => [foldName(v.name), v]));
  for (const want of expected) {
    const got = byName.get(foldName(want.name));
    byName.delete(foldName(want.name));
    const label = want.name === '' ? '(default)' : want.name;
    if (!got) problems.push(`${key}: value ${label} is missing`);
    else if (got.type !== want.type) problems.push(`${key}: value ${label} is ${got.type}, expected ${want.type}`);
    else if (!sameData(got.data, want.data)) problems.push(`${key}: value ${label} is ${show(got.data)}, expected ${show(want.data)}`);
  }
  for (const extra of byName.values()) problems.push(`${key}: unexpected value ${extra.name === '' ? '(default)' : extra.name}`);
  return problems;
}

export function keyDifferences(expected: readonly ImportedKey[], actual: readonly ImportedKey[]): string[] {
  const problems: string[] = [];
  const byKey = new Map(actual.map((k) => [foldName(k.key), k]));
  for (const want of expected) {
    const got = byKey.get(foldName(want.key));
    byKey.delete(foldName(want.key));
    if (!got) problems.push(`${want.key} is missing`);
    else problems.push(...valueDifferences(want.key, want.values, got.values));
  }
  for (const extra of byKey.values()) problems.push(`unexpected key ${extra.key}`);
  return problems;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** An empty list when the target holds what `expect` says. */
export async function verifyExpectation(reader: TargetReader, expect: Expectation, describe: (path: readonly string[]) => string): Promise<string[]> {
  switch (expect.kind) {
    case 'registry': {
      const text = await reader.exportKey(expect.key);
      if (expect.values === undefined) return text === undefined ? [] : [`${expect.key} still exists`];
      if (text === undefined) return [`${expect.key} was not written`];
      const found = keysOf(text).find((k) => k.key.toLowerCase() === expect.key.toLowerCase());
      return valueDifferences(expect.key, expect.values, found?.values ?? []);
    }
    case 'registry-export': {
      const text = await reader.exportKey(expect.key);
      if (expect.before === undefined) return text === undefined ? [] : [`${expect.key} still exists`];
      if (text === undefined) return [`${expect.key} was not restored`];
      return keyDifferences(keysOf(expect.before), keysOf(text));
    }
    case 'folder': {
      const files = await readFolderFiles(reader, expect.path);
      if (expect.files === undefined) return files === undefined ? [] : [`${describe(expect.path)} still exists`];
      if (files === undefined) return [`${describe(expect.path)} was not created`];
      const problems: string[] = [];
      for (const want of expect.files) {
        const got = files.find((f) => f.name === want.name);
        if (!got) problems.push(`${describe([...expect.path, want.name])} is missing`);
        else if (!sameBytes(got.bytes, want.bytes)) problems.push(`${describe([...expect.path, want.name])} differs from the source (${got.bytes.length} bytes, expected ${want.bytes.length})`);
      }
      for (const extra of files.filter((f) => !expect.files?.some((w) => w.name === f.name))) problems.push(`unexpected file ${describe([...expect.path, extra.name])}`);
      return problems;
    }
  }
}
