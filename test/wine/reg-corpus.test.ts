// The 203 real-world .reg files of the shared corpus, moved under a sandbox key, imported into
// one Wine prefix, exported, and compared value by value with our `importedValues`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeAnsi } from '../../core/reg/ansi';
import { decodeRegBytes } from '../../core/reg/decode';
import type { ImportedKey } from '../../core/reg/model';
import { matchRoot } from '../../core/reg/names';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../helpers/winePrefix';
import { differences, exportedKeys, importedOfBytes, winePath } from './reg-compare';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'wild-reg');
const SANDBOX = 'HKEY_CURRENT_USER\\Software\\Corpus';
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.toLowerCase().endsWith('.reg')).sort() : [];

/**
 * Moves every key line under `sandbox` (corpus README): `[HKEY_X\path]` becomes
 * `[sandbox\HKEY_X\path]`. Lines the importer would skip or reject (whitespace after `[`, unknown
 * roots, a bare root) stay as they are, so the rewrite changes where keys land, not what is kept.
 */
export function sandboxed(text: string, sandbox: string): string {
  return text.replace(/^([ \t]*\[-?)([^ \t\r\n][^\r\n]*)$/gm, (line, open: string, rest: string) => {
    const close = rest.lastIndexOf(']');
    if (close < 0) return line;
    const root = matchRoot(rest, 0, close);
    if (!root || root.length === close) return line;
    return `${open}${sandbox}\\${rest}`;
  });
}

function encodeLike(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf16le-bom') {
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i] = c & 0xff;
      out[3 + 2 * i] = c >>> 8;
    }
    return out;
  }
  return encodeAnsi(text);
}

describe('the shared corpus of real .reg files against Wine reg.exe', { skip: (!wineAvailable() && 'wine is not installed') || (!files.length && `no corpus at ${CORPUS}`) }, () => {
  let prefix: WinePrefix;
  let work: string;
  const ours = new Map<string, ImportedKey[]>();
  let exported: ImportedKey[] = [];

  before(async () => {
    prefix = await createWinePrefix();
    work = mkdtempSync(join(tmpdir(), 'expedite-corpus-'));
    for (const name of files) {
      const { text, encoding } = decodeRegBytes(readFileSync(join(CORPUS, name)));
      const bytes = encodeLike(sandboxed(text, `${SANDBOX}\\${name.slice(0, 3)}`), encoding);
      const file = join(work, name);
      writeFileSync(file, bytes);
      ours.set(name, importedOfBytes(bytes));
      // Importing a file again leaves the same keys and values (every line is a set or a delete),
      // so a run that Wine's launcher cut short under load is simply run again.
      let run = await prefix.reg('import', winePath(file));
      for (let attempt = 1; run.code !== 0 && attempt < 3; attempt++) run = await prefix.reg('import', winePath(file));
      assert.equal(run.code, 0, `reg import ${name} (exit ${run.code}): ${run.stdout}${run.stderr}`);
    }
    exported = await exportedKeys(prefix, SANDBOX, join(work, 'export.reg'));
  });

  after(async () => {
    await prefix?.dispose();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('there are 203 files and the export is not empty', () => {
    assert.equal(files.length, 203);
    assert.ok(exported.length > 100, `only ${exported.length} keys exported`);
  });

  test('every file leaves exactly the values we predict', () => {
    const failures: string[] = [];
    let compared = 0;
    for (const name of files) {
      const predicted = ours.get(name) ?? [];
      compared += predicted.reduce((n, k) => n + k.values.length, 0);
      const diff = differences(predicted, exported, `${SANDBOX}\\${name.slice(0, 3)}`);
      if (diff.length) failures.push(`${name}:\n  ${diff.join('\n  ')}`);
    }
    assert.deepEqual(failures, []);
    assert.ok(compared > 300, `only ${compared} values compared`);
  });
});
