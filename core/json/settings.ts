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
    ...DEFAULT_SETTINGS,
    PFN: stringAt(ctx, 'PFN'),
    Endpoint: stringAt(ctx, 'Endpoint'),
    AllowedInOobe: booleanAt(ctx, 'AllowedInOobe') ?? DEFAULT_SETTINGS.AllowedInOobe,
    MaxRetryCount: integerAt(ctx, 'MaxRetryCount') ?? DEFAULT_SETTINGS.MaxRetryCount,
    TimeoutDurationInMinutes: integerAt(ctx, 'TimeoutDurationInMinutes') ?? DEFAULT_SETTINGS.TimeoutDurationInMinutes,
    ExcludedRegions: stringList(ctx, 'ExcludedRegions'),
  };
  if (ctx.form === 'registration') {
    Object.assign(settings, {
      ProductId: stringAt(ctx, 'ProductId'),
      Source: oneOf<Source>(stringAt(ctx, 'Source'), ['Store', 'CustomURL']),
      Scenario: oneOf<Scenario>(stringAt(ctx, 'Scenario'), ['Update', 'Acquisition', 'StubAcquisition']),
      OEMName: stringAt(ctx, 'OEMName'),
      UpdaterName: stringAt(ctx, 'UpdaterName'),
      RegistrationVersion: integerAt(ctx, 'RegistrationVersion'),
      Architecture: oneOf(stringAt(ctx, 'Architecture'), ['amd64', 'arm64'] as const),
      MinimumAllowedBuildVersion: integerAt(ctx, 'MinimumAllowedBuildVersion'),
      HonorDeprovisioning: booleanAt(ctx, 'HonorDeprovisioning') ?? DEFAULT_SETTINGS.HonorDeprovisioning,
      SkipIfPresent: booleanAt(ctx, 'SkipIfPresent') ?? DEFAULT_SETTINGS.SkipIfPresent,
      IncludedRegions: stringList(ctx, 'IncludedRegions'),
      IncludedEditions: integerList(ctx, 'IncludedEditions'),
      ExcludedEditions: integerList(ctx, 'ExcludedEditions'),
    });
  }
  for (const k of Object.keys(settings) as (keyof RegistrationSettings)[]) if (settings[k] === undefined) delete settings[k];
  return settings;
}
