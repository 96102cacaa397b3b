// Our model of the importer against Wine's real reg.exe: each edge-case fixture is imported into
// one fresh prefix, exported again, and compared value by value with `importedValues`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../helpers/winePrefix';
import { differences, exportedKeys, importedOfBytes, winePath } from './reg-compare';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reg');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.reg')).sort();

describe('the .reg model against Wine reg.exe', { skip: !wineAvailable() && 'wine is not installed' }, () => {
  let prefix: WinePrefix;
  let work: string;

  before(async () => {
    prefix = await createWinePrefix();
    work = mkdtempSync(join(tmpdir(), 'expedite-regdiff-'));
  });

  after(async () => {
    await prefix?.dispose();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('the corpus has every kind of edge case', () => {
    assert.ok(fixtures.length >= 15, `only ${fixtures.length} fixtures`);
  });

  for (const name of fixtures) {
    // The raw-NUL fixtures are issue 11 item 6: what `values` says lands is what Wine leaves.
    test(/-nul-/.test(name) ? `item 6 (a raw NUL): ${name}` : name, async () => {
      const sandbox = `HKEY_CURRENT_USER\\Software\\ExpediteDiff\\${name.slice(0, 2)}`;
      const bytes = readFileSync(join(FIXTURES, name));
      const ours = importedOfBytes(bytes);
      const run = await prefix.reg('import', winePath(join(FIXTURES, name)));
      // Wine exits 1 only for files it refuses as a whole; then nothing may be imported.
      if (run.code !== 0) assert.deepEqual(ours, [], `reg import failed (${run.stdout.trim()}) but we predict values`);
      const theirs = await exportedKeys(prefix, sandbox, join(work, `${name}.export.reg`));
      assert.deepEqual(differences(ours, theirs, sandbox), []);
      // Not vacuous: every fixture that imports at all leaves values to compare.
      if (theirs.length) assert.ok(ours.some((k) => k.values.length), 'no values predicted');
    });
  }
});
