// New-registration snippets: inserted beside existing registrations, their example values do not
// clash with them (issue 16: two registrations with the same name, PFN and priority).
import { render } from '../../core/rules/render';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, analyzeWorkspace } from '../../core/analyze';
import { completionsAt } from '../../core/intel/completion';
import { freshPlaceholders } from '../../core/intel/templates';
import type { Registration } from '../../core/model/registration';
import { accept, cursor, find } from './intel-helpers';

const HEADER = 'Windows Registry Editor Version 5.00\r\n\r\n';

function analyse(path: string, text: string) {
  return analyzeDocument({ path, text, languageId: path.endsWith('.reg') ? 'reg' : 'json' });
}

/** The document after accepting the completion `label` at `|`, every placeholder at its default. */
function insert(path: string, textWithCursor: string, label: string, registrations?: readonly Registration[]): string {
  const { text, offset } = cursor(textWithCursor);
  return accept(text, find(completionsAt(analyse(path, text), offset, { registrations }), label));
}

/** Errors and warnings of the documents, each alone and across them. */
function problems(...documents: Array<[path: string, text: string]>): string[] {
  const analyses = documents.map(([path, text]) => analyse(path, text));
  const findings = [...analyses.flatMap((a) => a.findings), ...[...analyzeWorkspace(analyses).values()].flat()];
  return findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.code}: ${f.message}`);
}

describe('new registrations number after the existing ones', () => {
  test('.reg: the registration snippet twice gives two registrations with their own name, PFN and a later priority, and no problem', () => {
    const once = insert('file:///w/a.reg', `${HEADER}|`, 'New registration (UScheduler_OOBE)');
    const twice = insert('file:///w/a.reg', `${once}\r\n|`, 'New registration (UScheduler_OOBE)');
    const registrations = analyse('file:///w/a.reg', twice).registrations;
    assert.deepEqual(registrations.map((r) => [r.name, r.settings.PFN, r.priority]), [
      ['Contoso_PhotoStudio', 'Contoso.PhotoStudio_3r0m8qfzv1p4c', 50],
      ['Contoso_PhotoStudio2', 'Contoso.PhotoStudio2_3r0m8qfzv1p4c', 51],
    ]);
    assert.deepEqual(problems(['file:///w/a.reg', twice]), []);
    const thrice = insert('file:///w/a.reg', `${twice}\r\n|`, 'New registration (UScheduler_OOBE)');
    assert.match(thrice, /Contoso_PhotoStudio3\]\r\n"updaterPriority"=dword:00000034\r\n/);
  });

  test('an empty .reg file beside another file: the whole-file snippet avoids the workspace\'s registrations', () => {
    const first = insert('file:///w/a.reg', '|', 'New .reg file with a registration (UScheduler_OOBE)');
    const workspace = analyse('file:///w/a.reg', first).registrations;
    const second = insert('file:///w/b.reg', '|', 'New .reg file with a registration (UScheduler_OOBE)', workspace);
    assert.match(second, /\\Contoso_PhotoStudio2\]/);
    assert.deepEqual(problems(['file:///w/a.reg', first], ['file:///w/b.reg', second]), []);
  });

  test('a registration file keeps its file\'s UpdaterName and takes a PFN and a priority no other file has', () => {
    const other = insert('file:///w/a.reg', `${HEADER}|`, 'New registration (UScheduler_OOBE)');
    const workspace = analyse('file:///w/a.reg', other).registrations;
    const file = insert('file:///w/updater_Notes.json', '|', 'New registration file (Store)', workspace);
    const registration = analyse('file:///w/updater_Notes.json', file).registrations[0];
    assert.equal(registration.name, 'Contoso_Notes');
    assert.equal(registration.settings.UpdaterName, 'Notes');
    assert.equal(registration.settings.PFN, 'Contoso.PhotoStudio2_3r0m8qfzv1p4c');
    assert.equal(registration.priority, 51);
    assert.deepEqual(problems(['file:///w/a.reg', other], ['file:///w/updater_Notes.json', file]), []);
  });

  test('priorities: after the highest one, else the highest free one; the defaults when nothing is there', () => {
    const at = (...priorities: number[]) => priorities.map((priority, i) => ({ name: `R${i}`, priority, settings: {} }) as unknown as Registration);
    assert.deepEqual(freshPlaceholders(), { updaterName: 'PhotoStudio', name: 'Contoso_PhotoStudio', pfn: 'Contoso.PhotoStudio_3r0m8qfzv1p4c', endpoint: 'contoso.example/PhotoStudio.msixbundle', priority: 50 });
    assert.equal(freshPlaceholders(at(5, 20)).priority, 21);
    assert.equal(freshPlaceholders(at(99, 100)).priority, 98);
    assert.equal(freshPlaceholders(at(100, 250)).priority, 99, 'an out-of-range priority is not a place to start from');
    const byDefault = { name: 'Contoso_Typing', priority: 100, priorityExplicit: false, settings: {} } as unknown as Registration;
    assert.equal(freshPlaceholders([byDefault]).priority, 50, 'a file\'s default Priority 100 is avoided, not followed');
    assert.equal(freshPlaceholders([byDefault, ...at(10, 50)]).priority, 51);
  });
});

describe('the workCompleted completion (item 16)', () => {
  test('warns, where the list shows it, that 1 stops the updater', () => {
    const body = `${HEADER}[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_PhotoStudio]\r\n"updaterPriority"=dword:00000005\r\n"|"\r\n`;
    const { text, offset } = cursor(body);
    const item = find(completionsAt(analyse('file:///w/a.reg', text), offset), 'workCompleted');
    assert.match(render(item.detail ?? ''), /1 STOPS the updater/);
    assert.match(render(item.documentation ?? ''), /stop an updater/);
  });
});
