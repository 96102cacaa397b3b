// registry-subkey-name-unsafe: registration names that Windows or the tools around it cannot round-trip.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../core/analyze';
import { unsafeNameMessage } from '../../core/registry/analyze';
import { KEY, VALID_PAYLOAD, analyze, at, findingsOf, regText, registration } from './registry-helpers';
import { render } from '../../core/rules/render';

const CODE = 'registry-subkey-name-unsafe';

function only(name: string) {
  const text = regText(...registration(name, 'dword:00000005', VALID_PAYLOAD), '');
  const findings = findingsOf(text, CODE);
  return { text, findings };
}

describe('item 1: registration names that cannot round-trip are errors', () => {
  test('"/" (a path separator to every file tool) is an error on exactly the subkey name', () => {
    const { text, findings } = only('a/../../../some/dir/PWNED');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'error');
    assert.equal(at(text, findings[0].span), 'a/../../../some/dir/PWNED');
    assert.equal(findings[0].span.start, text.indexOf(`${KEY}\\a/`) + KEY.length + 1);
    assert.match(render(findings[0].message), /contains "\/".*path separator/);
  });

  test('a control character is named by its code point', () => {
    const { text, findings } = only('Contoso\u0001App');
    assert.equal(findings.length, 1);
    assert.equal(at(text, findings[0].span), 'Contoso\u0001App');
    assert.match(render(findings[0].message), /control character U\+0001/);
  });

  test('256 characters is an error on the name (the key cannot be created); 255 is not', () => {
    const name = 'x'.repeat(256);
    const text = regText(...registration(name, 'dword:00000005', VALID_PAYLOAD), '');
    // The .reg format already refuses the segment (reg-key-name-too-long drops the key), with this reason.
    const errors = analyzeDocument({ path: 'long.reg', text, encoding: 'utf16le-bom' }).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((f) => [f.code, at(text, f.span)]), [['reg-key-name-too-long', name]]);
    assert.match(render(errors[0].message), /255/);
    assert.deepEqual(only('x'.repeat(255)).findings, []);
    assert.match(render(unsafeNameMessage(name) ?? ''), /256 characters long.*at most 255/);
  });

  test('a trailing space or dot is an error; inside the name they are fine', () => {
    for (const name of ['Contoso_App.', 'Contoso_App ']) {
      const { text, findings } = only(name);
      assert.equal(findings.length, 1, JSON.stringify(name));
      assert.equal(at(text, findings[0].span), name);
      assert.match(render(findings[0].message), /ends with a space or a dot/);
    }
    assert.deepEqual(only('Contoso App.v2').findings, []);
  });

  test('the registration counts as having errors (apply refuses it); ordinary names stay clean', () => {
    const text = regText(...registration('a/b', 'dword:00000005', VALID_PAYLOAD), '');
    assert.equal(analyze(text).registrations[0]?.hasErrors, true);
    assert.deepEqual(only('Contoso_App').findings, []);
    assert.deepEqual(only('Contoso Tool "Beta"').findings, []);
  });

  test('a deletion of such a name is not flagged (removing it is how it gets cleaned up)', () => {
    const text = regText(`[-${KEY}\\a/b]`, '');
    assert.deepEqual(findingsOf(text, CODE), []);
  });
});
