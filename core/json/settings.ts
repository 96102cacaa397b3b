import { DEFAULT_SETTINGS, type RegistrationSettings, type Scenario, type Source } from '../model/registration';
import { booleanAt, integerAt, stringAt, type RuleContext } from './context';

function stringList(ctx: RuleContext, key: string): string[] | undefined {
  const v = ctx.value[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
}

function integerList(ctx: RuleContext, key: string): number[] | undefined {
  const v = ctx.value[key];
  return Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number' && Number.isInteger(x)) : undefined;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

/** The settings the document states, with the defaults for what it leaves out (values of the wrong type count as absent). */
export function settingsFrom(ctx: RuleContext): RegistrationSettings {
  const settings: RegistrationSettings = {
    AllowedInOobe: booleanAt(ctx, 'AllowedInOobe') ?? DEFAULT_SETTINGS.AllowedInOobe,
    MaxRetryCount: integerAt(ctx, 'MaxRetryCount') ?? DEFAULT_SETTINGS.MaxRetryCount,
    TimeoutDurationInMinutes: integerAt(ctx, 'TimeoutDurationInMinutes') ?? DEFAULT_SETTINGS.TimeoutDurationInMinutes,
    HonorDeprovisioning: DEFAULT_SETTINGS.HonorDeprovisioning,
    SkipIfPresent: DEFAULT_SETTINGS.SkipIfPresent,
  };
  // Only keys the document states (with the right type) appear: consumers test `in`/undefined alike.
  const set = <K extends keyof RegistrationSettings>(key: K, value: RegistrationSettings[K] | undefined): void => {
    if (value !== undefined) settings[key] = value;
  };
  set('PFN', stringAt(ctx, 'PFN'));
  set('Endpoint', stringAt(ctx, 'Endpoint'));
  set('ExcludedRegions', stringList(ctx, 'ExcludedRegions'));
  if (ctx.form !== 'registration') return settings;
  set('ProductId', stringAt(ctx, 'ProductId'));
  set('Source', oneOf<Source>(stringAt(ctx, 'Source'), ['Store', 'CustomURL']));
  set('Scenario', oneOf<Scenario>(stringAt(ctx, 'Scenario'), ['Update', 'Acquisition', 'StubAcquisition']));
  set('OEMName', stringAt(ctx, 'OEMName'));
  set('UpdaterName', stringAt(ctx, 'UpdaterName'));
  set('RegistrationVersion', integerAt(ctx, 'RegistrationVersion'));
  set('Architecture', oneOf(stringAt(ctx, 'Architecture'), ['amd64', 'arm64'] as const));
  set('MinimumAllowedBuildVersion', integerAt(ctx, 'MinimumAllowedBuildVersion'));
  set('HonorDeprovisioning', booleanAt(ctx, 'HonorDeprovisioning'));
  set('SkipIfPresent', booleanAt(ctx, 'SkipIfPresent'));
  set('IncludedRegions', stringList(ctx, 'IncludedRegions'));
  set('IncludedEditions', integerList(ctx, 'IncludedEditions'));
  set('ExcludedEditions', integerList(ctx, 'ExcludedEditions'));
  return settings;
}
