import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameProblem, registrationAtCursor, suggestFileNames } from '../../core/intel/names';

test('a subkey name splits at its first underscore, keeping <OEMName>_<UpdaterName> equal to it', () => {
  assert.deepEqual(suggestFileNames('Contoso_PhotoStudio'), { OEMName: 'Contoso', UpdaterName: 'PhotoStudio' });
  assert.deepEqual(suggestFileNames('Contoso_Photo_Studio'), { OEMName: 'Contoso', UpdaterName: 'Photo_Studio' });
  assert.deepEqual(suggestFileNames('DevHomeUpdate'), { OEMName: '', UpdaterName: 'DevHomeUpdate' });
  assert.deepEqual(suggestFileNames('Fabrikam Inc_Tool.v2'), { OEMName: 'FabrikamInc', UpdaterName: 'Toolv2' }, 'characters the pattern refuses are dropped');
  assert.deepEqual(suggestFileNames('_Tool_'), { OEMName: '', UpdaterName: 'Tool' });
});

test('names are validated against ^[a-zA-Z0-9_-]+$', () => {
  assert.equal(nameProblem('Contoso-1_a', 'OEMName'), undefined);
  assert.equal(nameProblem('', 'OEMName'), 'OEMName is required');
  assert.match(nameProblem('Con toso', 'UpdaterName') ?? '', /only contain letters, digits/);
});

test('the registration at the cursor, or the only one', () => {
  const a = { name: 'A', span: { start: 0, end: 10 } };
  const b = { name: 'B', span: { start: 12, end: 20 } };
  assert.equal(registrationAtCursor([a, b], 15), b);
  assert.equal(registrationAtCursor([a, b], 11), undefined);
  assert.equal(registrationAtCursor([b], 2), b);
});
