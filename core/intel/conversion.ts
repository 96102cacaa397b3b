import type { DocumentAnalysis } from '../analyze';
import { payloadValues } from '../convert/format';
import type { Registration } from '../model/registration';
import { classifyKey } from '../registry/keyPath';
import type { Message } from '../rules/message';
import { keyIndexAt } from './regString';
import { intelText } from './texts';

/** AppOrchestration's pattern for OEMName and UpdaterName. */
export const NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;

/** Why a name would be refused, or undefined when it is fine. */
export function nameProblem(value: string, what: 'OEMName' | 'UpdaterName'): Message | undefined {
  if (value === '') return intelText.nameRequired({ what });
  if (!NAME_PATTERN.test(value)) return intelText.nameChars({ what });
  return undefined;
}

/**
 * A registry subkey name split into the file form's names: `Contoso_PhotoStudio` → Contoso /
 * PhotoStudio. The staged folder is `<OEMName>_<UpdaterName>`, so splitting at the first `_` keeps
 * the same folder name. Characters the pattern refuses are dropped.
 */
export function suggestFileNames(subkeyName: string): { OEMName: string; UpdaterName: string } {
  const clean = (s: string) => s.replace(/[^a-zA-Z0-9_-]/g, '');
  const at = subkeyName.indexOf('_');
  if (at <= 0 || at === subkeyName.length - 1) {
    const name = clean(subkeyName.replace(/^_+|_+$/g, ''));
    return { OEMName: '', UpdaterName: name };
  }
  return { OEMName: clean(subkeyName.slice(0, at)), UpdaterName: clean(subkeyName.slice(at + 1)) };
}

/**
 * The registration the cursor is in; the only one when the cursor is outside all of them. In a
 * .reg the cursor's key decides (by subkey name, as registry names compare case-insensitively).
 */
export function registrationAtCursor(analysis: Pick<DocumentAnalysis, 'reg' | 'registrations'>, offset: number): Registration | undefined {
  const { registrations } = analysis;
  if (analysis.reg) {
    const index = keyIndexAt(analysis.reg, offset);
    const key = index >= 0 ? analysis.reg.keys[index] : undefined;
    const name = key && !key.isDelete ? classifyKey(key)?.name?.toLowerCase() : undefined;
    const inKey = name === undefined ? undefined : registrations.find((r) => r.form === 'registry' && r.name.toLowerCase() === name);
    if (inKey) return inKey;
  } else {
    const inside = registrations.find((r) => r.span.start <= offset && offset <= r.span.end);
    if (inside) return inside;
  }
  return registrations.length === 1 ? registrations[0] : undefined;
}

/**
 * Where "Format Payload" works: in a .reg, the payload under the cursor when there is one (the
 * offset to pass to formatPayloadEdits), otherwise every payload (undefined).
 */
export function formatOffset(analysis: DocumentAnalysis, offset: number | undefined): number | undefined {
  if (!analysis.reg || offset === undefined) return undefined;
  return payloadValues(analysis.reg).some((v) => v.span.start <= offset && offset <= v.span.end) ? offset : undefined;
}
