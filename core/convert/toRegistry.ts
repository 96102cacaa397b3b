import type { Registration } from '../model/registration';
import type { ImportedKey } from '../reg/model';
import { writeReg } from '../reg/write';
import { ORCHESTRATOR_KEY } from '../registry/orchestratorKey';
import { isWritten, PAYLOAD_KEYS, REGISTRATION_FILE_KEYS, settingValue } from './keys';
import type { ConversionResult } from './toFile';

/** What each registration-file key the payload cannot hold means for the registry form. */
const NOT_EXPRESSIBLE: Readonly<Record<string, string>> = {
  IncludedRegions: 'the app is expedited in every region not excluded',
  IncludedEditions: 'the app is expedited on every edition',
  ExcludedEditions: 'the app is expedited on every edition',
  Architecture: 'the app is expedited on every architecture',
  MinimumAllowedBuildVersion: 'the app is expedited on every build',
  HonorDeprovisioning: 'an app the user deprovisioned is installed again',
  SkipIfPresent: 'the app is acquired even when present',
};

/**
 * A complete .reg document registering a registration file's app in the registry form
 * (domain.md §1): subkey `<OEMName>_<UpdaterName>`, updaterPriority, expeditedPayload.
 */
export function regFromRegistrationFile(reg: Registration): ConversionResult {
  const notes: string[] = [];
  const { settings } = reg;
  const subkey = settings.OEMName && settings.UpdaterName ? `${settings.OEMName}_${settings.UpdaterName}` : reg.name;
  if (!settings.OEMName || !settings.UpdaterName) notes.push(`OEMName or UpdaterName is missing: the subkey is named ${subkey}.`);

  const payload: Record<string, unknown> = {};
  for (const key of PAYLOAD_KEYS) {
    if (key === 'PFN' || key === 'Endpoint' ? settingValue(settings, key) !== undefined : isWritten(reg, key)) payload[key] = settingValue(settings, key);
  }

  if (settings.Source === 'Store') {
    notes.push(`Source Store cannot be expressed: the registry form downloads only from an https Endpoint${settings.ProductId ? ` (ProductId ${settings.ProductId} is dropped)` : ''}. Add "Endpoint" to the payload.`);
  }
  if (settings.Scenario === 'Update') notes.push('Scenario Update cannot be expressed: the registry form installs the app even when it is absent.');
  if (settings.Scenario === 'StubAcquisition') notes.push('Scenario StubAcquisition cannot be expressed: the registry form acquires the full app.');
  for (const key of REGISTRATION_FILE_KEYS) {
    const consequence = NOT_EXPRESSIBLE[key];
    if (consequence && isWritten(reg, key)) notes.push(`${key} has no place in expeditedPayload and is dropped: ${consequence}.`);
  }
  if (!reg.priorityExplicit) notes.push(`Priority is not set: updaterPriority ${reg.priority} (the file form's default).`);

  const key: ImportedKey = {
    key: `${ORCHESTRATOR_KEY}\\${subkey}`,
    values: [
      { name: 'updaterPriority', type: 'REG_DWORD', data: reg.priority },
      { name: 'expeditedPayload', type: 'REG_SZ', data: JSON.stringify(payload) },
    ],
  };
  return { text: writeReg([key]), notes };
}
