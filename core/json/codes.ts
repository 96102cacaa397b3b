import type { RuleInfo } from '../diagnostics/types';

/**
 * Catalogue entries of the JSON core: the registration-file form (domain.md §2) and the registry
 * form's expeditedPayload (§1). Gathered in core/diagnostics/catalogue.ts. Codes are stable.
 */
export const jsonRules: RuleInfo[] = [
  // Strict JSON: Windows and PowerShell's ConvertFrom-Json read plain JSON.
  { code: 'json-syntax-error', severity: 'error', area: 'json', source: 'EN-DOC', rule: 'The document must be well-formed JSON (Windows PowerShell\'s reader also takes some non-JSON such as 03, +1 or single quotes; Windows reads strict JSON).', fix: 'Insert the missing comma (when a comma is expected).' },
  { code: 'json-comment', severity: 'error', area: 'json', source: 'EN-DOC', rule: 'Comments are not allowed: Windows reads strict JSON.', fix: 'Remove the comment.' },
  { code: 'json-trailing-comma', severity: 'error', area: 'json', source: 'EN-DOC', rule: 'Trailing commas are not allowed: Windows reads strict JSON.', fix: 'Remove the comma.' },
  { code: 'root-not-object', severity: 'error', area: 'json', source: 'AO', rule: 'The document must be one JSON object.' },
  { code: 'registration-encoding', severity: 'error', area: 'registration', source: 'EN-DOC', rule: 'A registration file must be saved as ASCII: a UTF-16 or UTF-8 byte-order mark is one finding, and the decoded content is checked as usual.' },
  { code: 'non-ascii', severity: 'error', area: 'registration', source: 'EN-DOC', rule: 'A registration file must be ASCII (no byte-order mark, no accented or other non-ASCII characters).', fix: 'Remove the byte-order mark.' },

  // Keys.
  { code: 'duplicate-key', severity: 'error', area: 'json', source: 'AO', rule: 'Each property name may appear once (compared case-insensitively, as PowerShell does).', fix: 'Remove the duplicate property.' },
  { code: 'key-case-mismatch', severity: 'error', area: 'payload', source: 'expedited-apps', rule: 'Keys of expeditedPayload are case-sensitive: `pfn` is not `PFN`.', fix: 'Rename the key to its exact spelling.' },
  { code: 'key-case-variant', severity: 'warning', area: 'registration', source: 'expedited-apps', rule: 'Microsoft\'s validator reads `pfn` as `PFN` (PowerShell property names are case-insensitive), but Windows most likely reads the exact spelling.', fix: 'Rename the key to its exact spelling.' },
  { code: 'json-empty-key', severity: 'error', area: 'registration', source: 'AO', rule: 'A property name must not be empty: Windows PowerShell 5.1\'s ConvertFrom-Json cannot turn it into a property, so Test-UpdaterRegistration fails (at any depth).', fix: 'Remove the property.' },
  { code: 'json-unreadable-value', severity: 'error', area: 'registration', source: 'AO', rule: 'Windows PowerShell 5.1 cannot convert a number beyond a Double\'s range or a "\\/Date(ms)\\/" string beyond .NET\'s DateTime range, so Test-UpdaterRegistration fails.' },
  { code: 'json-too-deep', severity: 'error', area: 'json', source: 'AO', rule: 'JSON may be nested at most 102 levels deep: Windows PowerShell 5.1\'s ConvertFrom-Json stops there (RecursionLimit 100 + 2).' },
  { code: 'unknown-key', severity: 'warning', area: 'json', source: 'expedited-apps', rule: 'Keys the form does not define are ignored and usually typos.', fix: 'Rename the key to the suggested one.' },
  { code: 'missing-required-key', severity: 'error', area: 'json', source: 'AO', rule: 'Required keys must be present: PFN, OEMName, UpdaterName, RegistrationVersion, Source, Scenario (file form); PFN and Endpoint (payload).', fix: 'Insert the key with a placeholder value.' },
  { code: 'productid-required-for-store', severity: 'error', area: 'registration', source: 'AO', rule: 'ProductId is required when Source is Store.', fix: 'Insert ProductId with a placeholder value.' },
  { code: 'endpoint-required-for-customurl', severity: 'error', area: 'registration', source: 'AO', rule: 'Endpoint is required when Source is CustomURL.', fix: 'Insert Endpoint with a placeholder URL.' },

  // Values.
  { code: 'wrong-type', severity: 'error', area: 'json', source: 'AO', rule: 'Each key has one type: strings, integers, true/false booleans, arrays.', fix: 'Convert the value ("true" → true, "5" → 5, "US" → ["US"]).' },
  { code: 'invalid-name', severity: 'error', area: 'registration', source: 'AO', rule: 'OEMName and UpdaterName may contain only letters, digits, `_` and `-`.' },
  { code: 'registration-version-invalid', severity: 'error', area: 'registration', source: 'AO', rule: 'RegistrationVersion must be an integer >= 1.', fix: 'Set it to 1.' },
  { code: 'invalid-enum-value', severity: 'error', area: 'json', source: 'AO', rule: 'Source, Scenario and Architecture take one of their listed values.', fix: 'Use the correctly spelled value.' },
  { code: 'enum-case-variant', severity: 'warning', area: 'registration', source: 'expedited-apps', rule: 'Microsoft\'s validator accepts `store`, `update`, `AMD64` (PowerShell compares case-insensitively), but the documentation spells the values exactly and does not say Windows\' reader ignores case.', fix: 'Use the documented spelling.' },
  { code: 'endpoint-not-https', severity: 'error', area: 'json', source: 'AO', rule: 'Endpoint must be an SSL URI starting with https:// (file form with CustomURL; registry payload [KO-DOC]).', fix: 'Change http:// to https://.' },
  { code: 'endpoint-invalid-url', severity: 'error', area: 'json', source: 'expedited-apps', rule: 'Endpoint must be a real URL with a host name.' },
  { code: 'max-retry-out-of-range', severity: 'error', area: 'json', source: 'AO', rule: 'MaxRetryCount must be 1..5 in a registration file ([AO] rejects 0) and at most 5 in a payload [KO-DOC].', fix: 'Clamp to the range.' },
  { code: 'timeout-out-of-range', severity: 'error', area: 'json', source: 'AO', rule: 'TimeoutDurationInMinutes must be 1..30 (file form [AO]; payload at most 30 [KO-DOC]).', fix: 'Clamp to the range.' },
  { code: 'min-build-out-of-range', severity: 'error', area: 'registration', source: 'AO', rule: 'MinimumAllowedBuildVersion must be 1..100000.', fix: 'Clamp to the range.' },
  { code: 'priority-out-of-range', severity: 'error', area: 'registration', source: 'AO', rule: 'Priority (registration file) and updaterPriority (registry form) must be 1..100; lower runs earlier.', fix: 'Clamp to the range.' },
  { code: 'included-and-excluded', severity: 'error', area: 'registration', source: 'AO', rule: 'IncludedRegions and ExcludedRegions (or IncludedEditions and ExcludedEditions) may not both be present.' },
  { code: 'empty-array', severity: 'error', area: 'json', source: 'AO', rule: 'Region and edition lists must not be empty.', fix: 'Remove the empty list.' },
  { code: 'duplicate-array-item', severity: 'error', area: 'json', source: 'AO', rule: 'Region and edition lists must not repeat an entry.', fix: 'Remove the repeated entry.' },
  { code: 'honor-deprovisioning-with-update', severity: 'error', area: 'registration', source: 'AO', rule: 'HonorDeprovisioning true is only allowed with Scenario Acquisition or StubAcquisition, not Update.', fix: 'Remove HonorDeprovisioning.' },

  // Our additions (the sources imply them).
  { code: 'update-with-customurl', severity: 'warning', area: 'registration', source: 'expedited-apps', rule: 'Scenario Update with Source CustomURL: Microsoft\'s validator accepts it, but the documentation does not say Windows supports an update from a custom URL.' },
  { code: 'skip-if-present-with-update', severity: 'warning', area: 'registration', source: 'EN-DOC', rule: 'SkipIfPresent is only meaningful for Acquisition scenarios; with Update it does nothing.', fix: 'Remove SkipIfPresent.' },
  { code: 'ignored-productid', severity: 'warning', area: 'registration', source: 'EN-DOC', rule: 'ProductId is only read when Source is Store.', fix: 'Remove ProductId.' },
  { code: 'ignored-endpoint', severity: 'warning', area: 'registration', source: 'EN-DOC', rule: 'Endpoint is only read when Source is CustomURL.', fix: 'Remove Endpoint.' },
  { code: 'payload-priority-ignored', severity: 'warning', area: 'payload', source: 'KO-DOC', rule: 'The registry form takes its order from updaterPriority; a Priority key inside expeditedPayload is ignored.', fix: 'Remove Priority (set updaterPriority instead).' },
  { code: 'pfn-invalid', severity: 'error', area: 'json', source: 'reg-format', rule: 'A PFN is <Name>_<PublisherId>: Name 3-50 of [A-Za-z0-9.-] and not a reserved device name, PublisherId 13 Crockford base32 characters, 17-64 in all.' },
  { code: 'pfn-publisher-uppercase', severity: 'warning', area: 'json', source: 'reg-format', rule: 'Publisher ids are lowercase; PFNs compare case-insensitively, so uppercase works but is unusual.', fix: 'Lowercase the publisher id.' },
  { code: 'region-not-assigned', severity: 'error', area: 'json', source: 'ISO-3166', rule: 'Regions are assigned ISO 3166-1 alpha-2 codes; reserved and user-assigned codes (UK, EL, EU) never match a device. XK (Kosovo, user-assigned) is accepted: Windows\' geo data uses it.', fix: 'Replace with the assigned code (UK → GB, EL → GR, alpha-3 → alpha-2); a group (EU) with its member states; or remove the entry.' },
  { code: 'region-lowercase', severity: 'warning', area: 'json', source: 'ISO-3166', rule: 'Region codes are uppercase; Windows reports the device region in uppercase and case-insensitive matching is not documented.', fix: 'Uppercase the code.' },
  { code: 'edition-unknown', severity: 'error', area: 'registration', source: 'expedited-apps', rule: 'Edition codes must be known GetProductInfo values (core/data/windows-editions.json).' },
  { code: 'edition-server', severity: 'warning', area: 'registration', source: 'AO', rule: 'Server editions never run registrations: the AppOrchestration module refuses on Server.', fix: 'Remove the Server edition.' },
];
