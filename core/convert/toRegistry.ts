import type { Registration } from '../model/registration';
import type { ImportedKey } from '../reg/model';
import { writeReg } from '../reg/write';
import { ORCHESTRATOR_KEY } from '../registry/orchestratorKey';
import { isWritten, PAYLOAD_KEYS, REGISTRATION_FILE_KEYS, settingValue } from './keys';
import type { ConversionResult } from './toFile';
import type { Message } from '../rules/message';
import { toRegistryNote } from './texts';

/** What each registration-file key the payload cannot hold means for the registry form. */
const NOT_EXPRESSIBLE: Readonly<Record<string, Message>> = {
  IncludedRegions: toRegistryNote.everyRegion(),
  IncludedEditions: toRegistryNote.everyEdition(),
  ExcludedEditions: toRegistryNote.everyEdition(),
  Architecture: toRegistryNote.everyArchitecture(),
  MinimumAllowedBuildVersion: toRegistryNote.everyBuild(),
  HonorDeprovisioning: toRegistryNote.deprovisioned(),
  SkipIfPresent: toRegistryNote.present(),
};

/**
 * A complete .reg document registering a registration file's app in the registry form
 * (domain.md §1): subkey `<OEMName>_<UpdaterName>`, updaterPriority, expeditedPayload.
 */
export function regFromRegistrationFile(reg: Registration): ConversionResult {
  const notes: Message[] = [];
  const { settings } = reg;
  const subkey = settings.OEMName && settings.UpdaterName ? `${settings.OEMName}_${settings.UpdaterName}` : reg.name;
  if (!settings.OEMName || !settings.UpdaterName) notes.push(toRegistryNote.namesMissing({ subkey }));

  const payload: Record<string, unknown> = {};
  for (const key of PAYLOAD_KEYS) {
    if (key === 'PFN' || key === 'Endpoint' ? settingValue(settings, key) !== undefined : isWritten(reg, key)) payload[key] = settingValue(settings, key);
  }

  if (settings.Source === 'Store') {
    notes.push(settings.ProductId ? toRegistryNote.storeProductId({ productId: settings.ProductId }) : toRegistryNote.store());
  }
  if (settings.Scenario === 'Update') notes.push(toRegistryNote.update());
  if (settings.Scenario === 'StubAcquisition') notes.push(toRegistryNote.stub());
  for (const key of REGISTRATION_FILE_KEYS) {
    const consequence = NOT_EXPRESSIBLE[key];
    if (consequence && isWritten(reg, key)) notes.push(toRegistryNote.dropped({ key, consequence }));
  }
  if (!reg.priorityExplicit) notes.push(toRegistryNote.priorityNotSet({ priority: reg.priority }));

  const key: ImportedKey = {
    key: `${ORCHESTRATOR_KEY}\\${subkey}`,
    values: [
      { name: 'updaterPriority', type: 'REG_DWORD', data: reg.priority },
      { name: 'expeditedPayload', type: 'REG_SZ', data: JSON.stringify(payload) },
    ],
  };
  return { text: writeReg([key]), notes };
}
