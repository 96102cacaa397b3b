// The target's counterpart of a document, for a side-by-side diff: the same subkeys, or the staged file.
import { decodeDocumentBytes } from '../core/documentBytes';
import type { ImportedKey } from '../core/reg/model';
import { readMachineState } from './machineState';
import { selectRegistrations, type PlanInput } from './plan';
import { REGISTRATION_STORE } from './names';
import { keysOf, regTextOf } from './regText';
import type { Backend } from './types';
import { foldName } from '../core/text/caseFold';
import type { Message } from '../core/rules/message';
import { backendCompare, targetTitle } from './texts';

export interface Counterpart {
  /** The target's text in the document's own form. */
  text: string;
  /** One line for the diff title, e.g. "2 of 2 subkey(s) on …" (rendered by the caller). */
  summary: Message;
}

export async function targetCounterpart(input: PlanInput, backend: Backend): Promise<Counterpart> {
  const selection = selectRegistrations([input], 'remove');
  if (input.analysis.kind === 'reg') {
    const state = await readMachineState(backend, selection, (p) => backend.describePath(p));
    const keys: ImportedKey[] = [];
    let present = 0;
    for (const item of selection.items) {
      if (item.form !== 'registry') continue;
      const text = state.keys.get(foldName(item.key));
      if (text === undefined) continue;
      present++;
      keys.push(...keysOf(text));
    }
    return { text: regTextOf(keys), summary: backendCompare.subkeysPresent({ present, total: selection.items.length, label: targetTitle(backend.label) }) };
  }
  const item = selection.items.find((i) => i.form === 'file');
  if (!item || item.form !== 'file') return { text: '', summary: backendCompare.noRegistration() };
  const folders = (await backend.listDir(REGISTRATION_STORE)) ?? [];
  const folder = folders.find((e) => e.isDirectory && e.name.toLowerCase() === item.folder.toLowerCase());
  const files = folder ? ((await backend.listDir([...REGISTRATION_STORE, folder.name])) ?? []) : [];
  const file = files.find((e) => !e.isDirectory && e.name.toLowerCase() === item.file.toLowerCase());
  if (!folder || !file) return { text: '', summary: backendCompare.notStaged({ path: `${item.folder}\\${item.file}`, label: targetTitle(backend.label) }) };
  const bytes = await backend.readFile([...REGISTRATION_STORE, folder.name, file.name]);
  // Decoded as the document itself was (a byte-order mark is not content), so equal files compare equal.
  return { text: bytes ? decodeDocumentBytes(bytes, { path: file.name }).text : '', summary: backendCompare.staged({ label: targetTitle(backend.label) }) };
}
