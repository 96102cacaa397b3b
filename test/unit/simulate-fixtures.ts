// Registrations built by hand for the simulator's tests (the analysers' output shape, without parsing).
import { DEFAULT_FILE_PRIORITY, DEFAULT_SETTINGS, type Registration, type RegistrationSettings } from '../../core/model/registration';
import { withDefaults, type Scenario, type ScenarioInput } from '../../core/simulate/scenario';

const PUBLISHER = '8wekyb3d8bbwe';

/** A registry-form registration (UScheduler_OOBE subkey) with an explicit updaterPriority. */
export function registryReg(name: string, priority: number, settings: Partial<RegistrationSettings> = {}, extra: Partial<Registration> = {}): Registration {
  return {
    name,
    form: 'registry',
    path: `/ws/${name}.reg`,
    span: { start: 0, end: 10 },
    nameSpan: { start: 1, end: 5 },
    priority,
    priorityExplicit: true,
    settings: { ...DEFAULT_SETTINGS, PFN: `Contoso.${name}_${PUBLISHER}`, Endpoint: 'https://contoso.example/app.msix', ...settings },
    hasErrors: false,
    ...extra,
  };
}

/** A registration file (`updater_<UpdaterName>.json`); `priority` undefined means no Priority key. */
export function fileReg(oem: string, updater: string, priority: number | undefined, settings: Partial<RegistrationSettings> = {}, extra: Partial<Registration> = {}): Registration {
  return {
    name: `${oem}_${updater}`,
    form: 'file',
    path: `/ws/${oem}/updater_${updater}.json`,
    span: { start: 0, end: 100 },
    nameSpan: { start: 0, end: 1 },
    priority: priority ?? DEFAULT_FILE_PRIORITY,
    priorityExplicit: priority !== undefined,
    settings: {
      ...DEFAULT_SETTINGS,
      PFN: `${oem}.${updater}_${PUBLISHER}`,
      OEMName: oem,
      UpdaterName: updater,
      RegistrationVersion: 1,
      Source: 'Store',
      ProductId: '9NBLGGH4NNS1',
      Scenario: 'Acquisition',
      ...settings,
    },
    hasErrors: false,
    ...extra,
  };
}

/** The default scenario with some fields replaced (deeply for device, conditions and assumptions). */
export function scenarioWith(patch: ScenarioInput = {}): Scenario {
  return withDefaults(patch);
}

/** "0-5 Failed" per attempt: compact timelines for assertions. */
export function timeline(r: { attempts: { start: number; end: number; result: string }[] }): string[] {
  return r.attempts.map((a) => `${a.start}-${a.end} ${a.result}`);
}
