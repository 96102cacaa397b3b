import type { Span } from '../diagnostics/types';

export type RegistrationForm = 'registry' | 'file';
export type Source = 'Store' | 'CustomURL';
export type Scenario = 'Update' | 'Acquisition' | 'StubAcquisition';

/**
 * The settings of one registration after defaults, whichever form it came from.
 * Fields the form does not have stay undefined (the registry form has no Source, Scenario, ...).
 */
export interface RegistrationSettings {
  PFN?: string;
  Endpoint?: string;
  ProductId?: string;
  Source?: Source;
  Scenario?: Scenario;
  OEMName?: string;
  UpdaterName?: string;
  RegistrationVersion?: number;
  AllowedInOobe: boolean;
  MaxRetryCount: number;
  TimeoutDurationInMinutes: number;
  Architecture?: 'amd64' | 'arm64';
  MinimumAllowedBuildVersion?: number;
  HonorDeprovisioning: boolean;
  SkipIfPresent: boolean;
  IncludedRegions?: string[];
  ExcludedRegions?: string[];
  IncludedEditions?: number[];
  ExcludedEditions?: number[];
}

/** One app registration found in a document, with where it sits (for hovers, lenses, reveal). */
export interface Registration {
  /** Registry subkey name, or `<OEMName>_<UpdaterName>` for a registration file. */
  name: string;
  form: RegistrationForm;
  /** Path or URI of the document it came from. */
  path: string;
  /** The whole registration: the .reg key block, or the registration file's root object. */
  span: Span;
  /** The subkey name in its key line, or the root object's opening brace (file form without names). */
  nameSpan: Span;
  /** updaterPriority (registry) or Priority (file, default 100). */
  priority: number;
  /** False when the priority is a default (missing value). */
  priorityExplicit: boolean;
  prioritySpan?: Span;
  pfnSpan?: Span;
  settings: RegistrationSettings;
  /** Top-level keys written in the payload or registration file, in source order (the other settings are defaults). */
  explicitKeys?: string[];
  /** Registry form: the subkey carries workCompleted = 1 (Windows' own way of marking an updater done). */
  workCompleted?: boolean;
  /** The registration has error-severity findings: Windows would skip or reject it. */
  hasErrors: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Pick<RegistrationSettings, 'AllowedInOobe' | 'MaxRetryCount' | 'TimeoutDurationInMinutes' | 'HonorDeprovisioning' | 'SkipIfPresent'>> = {
  AllowedInOobe: false,
  MaxRetryCount: 1,
  TimeoutDurationInMinutes: 15,
  HonorDeprovisioning: false,
  SkipIfPresent: false,
};

/** The file form's default Priority (domain.md §2). */
export const DEFAULT_FILE_PRIORITY = 100;
