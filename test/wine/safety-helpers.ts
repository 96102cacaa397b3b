// What the safety tests compare: a folder tree's files by content, a key's section of Wine's saved registry.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every entry below `root` (path → kind and content hash), skipping the folders in `skip`. */
export function treeSnapshot(root: string, skip: readonly string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (skip.includes(path)) continue;
      const info = lstatSync(path);
      const rel = relative(root, path);
      if (info.isSymbolicLink()) out.set(rel, `link ${readlinkSync(path)}`);
      else if (info.isDirectory()) {
        out.set(rel, 'dir');
        walk(path);
      } else out.set(rel, `file ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
    }
  };
  walk(root);
  return out;
}

/**
 * The lines of one key in Wine's saved registry (system.reg), without the timestamps Wine adds.
 * `key` is below HKEY_LOCAL_MACHINE, as system.reg writes it: `Software\\Microsoft\\...`.
 */
export function savedKeySection(systemReg: string, key: string): string[] | undefined {
  const header = `[${key.replace(/\\/g, '\\\\').toLowerCase()}]`;
  const lines = systemReg.split('\n');
  const start = lines.findIndex((l) => l.toLowerCase().startsWith(`${header} `) || l.toLowerCase() === header);
  if (start < 0) return undefined;
  const section: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('[')) break;
    if (line.startsWith('#time=') || line === '') continue;
    section.push(line);
  }
  return section;
}

/** A .reg file as regedit writes it (UTF-16LE with BOM, CRLF). */
export function utf16Reg(body: string): Buffer {
  const text = `Windows Registry Editor Version 5.00\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`;
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
