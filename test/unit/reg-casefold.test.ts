// One case folder (core/text/caseFold.ts) for every comparison of registry names: the parser, what
// an import leaves, the registry form, the cross-file rules and the backends agree on which names
// are the same, as Windows decides it (each UTF-16 unit upper-cased on its own; ı and ſ stay).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, analyzeWorkspace } from '../../core/analyze';
import { importedValues } from '../../core/reg/values';
import { foldName, sameName } from '../../core/text/caseFold';
import { valueDifferences } from '../../backends/verify';
import { render } from '../../core/rules/render';
import { KEY, VALID_PAYLOAD, regText, registration } from './registry-helpers';

const DOTLESS = 'updaterPr\u0131ority'; // updaterPrıority

describe('the case folder', () => {
  test('folds ASCII and other letters per UTF-16 unit, never a non-ASCII unit into ASCII', () => {
    assert.equal(foldName('updaterPriority'), 'UPDATERPRIORITY');
    assert.equal(foldName('Größe'), 'GRÖßE'); // ß has no one-unit upper case
    assert.equal(foldName('\u0131'), '\u0131');
    assert.equal(foldName('\u017f'), '\u017f');
    assert.equal(foldName('\u212a'), '\u212a'); // the Kelvin sign is not K (toLowerCase would make it k)
    assert.equal(foldName('\ud801\udc28'), '\ud801\udc28'); // a surrogate pair is two units: left alone
    assert.ok(sameName('Contoso_App', 'CONTOSO_app'));
    assert.ok(sameName('ÄPFEL', 'äpfel'));
    assert.ok(!sameName(DOTLESS, 'updaterPriority'));
    assert.ok(!sameName('\u017foftware', 'SOFTWARE'));
  });
});

describe('updaterPrıority (dotless ı) is not updaterPriority, for every part of the product', () => {
  const text = regText(...registration('Contoso_App', 'dword:00000005', VALID_PAYLOAD), `"${DOTLESS}"=dword:00000009`, '');
  const analysis = analyzeDocument({ path: 'dotless.reg', text, encoding: 'utf16le-bom' });

  test('the parser: the later dotless name does not override updaterPriority', () => {
    assert.deepEqual(analysis.findings.filter((f) => f.code === 'reg-value-overridden'), []);
  });

  test('what the import leaves: both values, side by side', () => {
    const key = importedValues(analysis.reg!).find((k) => sameName(k.key, `${KEY}\\Contoso_App`));
    assert.deepEqual(key?.values.filter((v) => v.name !== 'expeditedPayload').map((v) => [v.name, v.data]), [['updaterPriority', 5], [DOTLESS, 9]]);
  });

  test('the registry form: the priority is 5 and the dotless name is an unknown value', () => {
    assert.equal(analysis.registrations.length, 1);
    assert.equal(analysis.registrations[0].priority, 5);
    assert.ok(analysis.findings.some((f) => f.code === 'registry-unknown-value' && text.slice(f.span.start, f.span.end).includes(DOTLESS)));
  });

  test('a name that differs only in ASCII case is the same value everywhere: overridden, and the later one counts', () => {
    const upper = regText(...registration('Contoso_App', 'dword:00000005', VALID_PAYLOAD), '"UPDATERPRIORITY"=dword:00000009', '');
    const a = analyzeDocument({ path: 'upper.reg', text: upper, encoding: 'utf16le-bom' });
    assert.equal(a.findings.filter((f) => f.code === 'reg-value-overridden').length, 1);
    assert.equal(a.registrations[0].priority, 9);
    const key = importedValues(a.reg!)[0];
    assert.deepEqual(key.values.filter((v) => v.name !== 'expeditedPayload').map((v) => [v.name, v.data]), [['updaterPriority', 9]]);
  });

  test('cross-file rules: Contoso_App and CONTOSO_APP are the same registration name, Contoſo_App is not', () => {
    const doc = (name: string) => analyzeDocument({ path: `${name}.reg`, text: regText(...registration(name, 'dword:00000005', VALID_PAYLOAD), ''), encoding: 'utf16le-bom' });
    const same = analyzeWorkspace([doc('Contoso_App'), doc('CONTOSO_APP')]);
    const other = analyzeWorkspace([doc('Contoso_App'), doc('Conto\u017fo_App')]);
    const names = (m: ReturnType<typeof analyzeWorkspace>) => [...m.values()].flat().filter((f) => f.code === 'duplicate-registration-name');
    assert.ok(names(same).length > 0);
    assert.deepEqual(names(other), []);
  });

  test('the backends: verifying what was written matches names as Windows does', () => {
    const want = [{ name: 'updaterPriority', type: 'REG_DWORD', data: 5 }] as const;
    assert.deepEqual(valueDifferences(KEY, want, [{ name: 'UPDATERPRIORITY', type: 'REG_DWORD', data: 5 }]), []);
    const english = valueDifferences(KEY, want, [{ name: DOTLESS, type: 'REG_DWORD', data: 5 }]).map((m) => render(m, 'en'));
    assert.deepEqual(english, [`${KEY}: value updaterPriority is missing`, `${KEY}: unexpected value ${DOTLESS}`]);
  });
});
