// Rules of the JSON core: the registration-file form (domain.md §2) and the registry form's
// expeditedPayload (§1). Codes are stable.
import { defineRule } from './rule';

export const jsonSyntaxError = defineRule({
  id: 'json-syntax-error',
  severity: 'error',
  area: 'json',
  source: 'EN-DOC',
  rule: {
    en: 'The document must be well-formed JSON (Windows PowerShell\'s reader also takes some non-JSON such as 03, +1 or single quotes; Windows reads strict JSON).',
    ko: '',
  },
  fix: { en: 'Insert the missing comma (when a comma is expected).', ko: '' },
});

export const jsonComment = defineRule({
  id: 'json-comment',
  severity: 'error',
  area: 'json',
  source: 'EN-DOC',
  rule: {
    en: 'Comments are not allowed: Windows reads strict JSON.',
    ko: '',
  },
  fix: { en: 'Remove the comment.', ko: '' },
});

export const jsonTrailingComma = defineRule({
  id: 'json-trailing-comma',
  severity: 'error',
  area: 'json',
  source: 'EN-DOC',
  rule: {
    en: 'Trailing commas are not allowed: Windows reads strict JSON.',
    ko: '',
  },
  fix: { en: 'Remove the comma.', ko: '' },
});

export const rootNotObject = defineRule({
  id: 'root-not-object',
  severity: 'error',
  area: 'json',
  source: 'AO',
  rule: {
    en: 'The document must be one JSON object.',
    ko: '',
  },
});

export const registrationEncoding = defineRule({
  id: 'registration-encoding',
  severity: 'error',
  area: 'registration',
  source: 'EN-DOC',
  rule: {
    en: 'A registration file must be saved as ASCII: a UTF-16 or UTF-8 byte-order mark is one finding, and the decoded content is checked as usual.',
    ko: '',
  },
});

export const nonAscii = defineRule({
  id: 'non-ascii',
  severity: 'error',
  area: 'registration',
  source: 'EN-DOC',
  rule: {
    en: 'A registration file must be ASCII (no byte-order mark, no accented or other non-ASCII characters).',
    ko: '',
  },
  fix: { en: 'Remove the byte-order mark.', ko: '' },
});

export const duplicateKey = defineRule({
  id: 'duplicate-key',
  severity: 'error',
  area: 'json',
  source: 'AO',
  rule: {
    en: 'Each property name may appear once (compared case-insensitively, as PowerShell does).',
    ko: '',
  },
  fix: { en: 'Remove the duplicate property.', ko: '' },
});

export const keyCaseMismatch = defineRule({
  id: 'key-case-mismatch',
  severity: 'error',
  area: 'payload',
  source: 'expedited-apps',
  rule: {
    en: 'Keys of expeditedPayload are case-sensitive: `pfn` is not `PFN`.',
    ko: '',
  },
  fix: { en: 'Rename the key to its exact spelling.', ko: '' },
});

export const keyCaseVariant = defineRule({
  id: 'key-case-variant',
  severity: 'warning',
  area: 'registration',
  source: 'expedited-apps',
  rule: {
    en: 'Microsoft\'s validator reads `pfn` as `PFN` (PowerShell property names are case-insensitive), but Windows most likely reads the exact spelling.',
    ko: '',
  },
  fix: { en: 'Rename the key to its exact spelling.', ko: '' },
});

export const jsonEmptyKey = defineRule({
  id: 'json-empty-key',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  rule: {
    en: 'A property name must not be empty: Windows PowerShell 5.1\'s ConvertFrom-Json cannot turn it into a property, so Test-UpdaterRegistration fails (at any depth).',
    ko: '',
  },
  fix: { en: 'Remove the property.', ko: '' },
});

export const jsonUnreadableValue = defineRule({
  id: 'json-unreadable-value',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  rule: {
    en: 'Windows PowerShell 5.1 cannot convert a number beyond a Double\'s range or a "\\/Date(ms)\\/" string beyond .NET\'s DateTime range, so Test-UpdaterRegistration fails.',
    ko: '',
  },
});

export const jsonTooDeep = defineRule({
  id: 'json-too-deep',
  severity: 'error',
  area: 'json',
  source: 'AO',
  rule: {
    en: 'JSON may be nested at most 102 levels deep: Windows PowerShell 5.1\'s ConvertFrom-Json stops there (RecursionLimit 100 + 2).',
    ko: '',
  },
});

export const unknownKey = defineRule({
  id: 'unknown-key',
  severity: 'warning',
  area: 'json',
  source: 'expedited-apps',
  rule: {
    en: 'Keys the form does not define are ignored and usually typos.',
    ko: '',
  },
  fix: { en: 'Rename the key to the suggested one.', ko: '' },
});

export const missingRequiredKey = defineRule({
  id: 'missing-required-key',
  severity: 'error',
  area: 'json',
  source: 'AO',
  rule: {
    en: 'Required keys must be present: PFN, OEMName, UpdaterName, RegistrationVersion, Source, Scenario (file form); PFN and Endpoint (payload).',
    ko: '',
  },
  fix: { en: 'Insert the key with a placeholder value.', ko: '' },
});

export const productidRequiredForStore = defineRule({
  id: 'productid-required-for-store',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  rule: {
    en: 'ProductId is required when Source is Store.',
    ko: '',
  },
  fix: { en: 'Insert ProductId with a placeholder value.', ko: '' },
});

export const endpointRequiredForCustomurl = defineRule({
  id: 'endpoint-required-for-customurl',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  rule: {
    en: 'Endpoint is required when Source is CustomURL.',
    ko: '',
  },
  fix: { en: 'Insert Endpoint with a placeholder URL.', ko: '' },
});

export const wrongType = defineRule({
  id: 'wrong-type',
  severity: 'error',
  area: 'json',
  source: 'AO',
  rule: {
    en: 'Each key has one type: strings, integers, true/false booleans, arrays.',
    ko: '',
  },
  fix: { en: 'Convert the value ("true" → true, "5" → 5, "US" → ["US"]).', ko: '' },
});

export const invalidName = defineRule({
  id: 'invalid-name',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  rule: {
    en: 'OEMName and UpdaterName may contain only letters, digits, `_` and `-`.',
    ko: '',
  },
});

export const registrationVersionInvalid = defineRule({
  id: 'registration-version-invalid',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  rule: {
    en: 'RegistrationVersion must be an integer >= 1.',
    ko: '',
  },
  fix: { en: 'Set it to 1.', ko: '' },
});

export const invalidEnumValue = defineRule({
  id: 'invalid-enum-value',
  severity: 'error',
  area: 'json',
  source: 'AO',
  rule: {
    en: 'Source, Scenario and Architecture take one of their listed values.',
    ko: '',
  },
  fix: { en: 'Use the correctly spelled value.', ko: '' },
});

export const enumCaseVariant = defineRule({
  id: 'enum-case-variant',
  severity: 'warning',
  area: 'registration',
  source: 'expedited-apps',
  rule: {
    en: 'Microsoft\'s validator accepts `store`, `update`, `AMD64` (PowerShell compares case-insensitively), but the documentation spells the values exactly and does not say Windows\' reader ignores case.',
    ko: '',
  },
  fix: { en: 'Use the documented spelling.', ko: '' },
});

export const endpointNotHttps = defineRule({
  id: 'endpoint-not-https',
  severity: 'error',
  area: 'json',
  source: 'AO',
  rule: {
    en: 'Endpoint must be an SSL URI starting with https:// (file form with CustomURL; registry payload [KO-DOC]).',
    ko: '',
  },
  fix: { en: 'Change http:// to https://.', ko: '' },
});

export const endpointInvalidUrl = defineRule({
  id: 'endpoint-invalid-url',
  severity: 'error',
  area: 'json',
  source: 'expedited-apps',
  rule: {
    en: 'Endpoint must be a real URL with a host name.',
    ko: '',
  },
});

export const maxRetryOutOfRange = defineRule({
  id: 'max-retry-out-of-range',
  severity: 'error',
  area: 'json',
  source: 'AO',
  rule: {
    en: 'MaxRetryCount must be 1..5 in a registration file ([AO] rejects 0) and at most 5 in a payload [KO-DOC].',
    ko: '',
  },
  fix: { en: 'Clamp to the range.', ko: '' },
});

export const timeoutOutOfRange = defineRule({
  id: 'timeout-out-of-range',
  severity: 'error',
  area: 'json',
  source: 'AO',
  rule: {
    en: 'TimeoutDurationInMinutes must be 1..30 (file form [AO]; payload at most 30 [KO-DOC]).',
    ko: '',
  },
  fix: { en: 'Clamp to the range.', ko: '' },
});

export const minBuildOutOfRange = defineRule({
  id: 'min-build-out-of-range',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  rule: {
    en: 'MinimumAllowedBuildVersion must be 1..100000.',
    ko: '',
  },
  fix: { en: 'Clamp to the range.', ko: '' },
});

export const priorityOutOfRange = defineRule({
  id: 'priority-out-of-range',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  rule: {
    en: 'Priority (registration file) and updaterPriority (registry form) must be 1..100; lower runs earlier.',
    ko: '',
  },
  fix: { en: 'Clamp to the range.', ko: '' },
});

export const includedAndExcluded = defineRule({
  id: 'included-and-excluded',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  rule: {
    en: 'IncludedRegions and ExcludedRegions (or IncludedEditions and ExcludedEditions) may not both be present.',
    ko: '',
  },
});

export const emptyArray = defineRule({
  id: 'empty-array',
  severity: 'error',
  area: 'json',
  source: 'AO',
  rule: {
    en: 'Region and edition lists must not be empty.',
    ko: '',
  },
  fix: { en: 'Remove the empty list.', ko: '' },
});

export const duplicateArrayItem = defineRule({
  id: 'duplicate-array-item',
  severity: 'error',
  area: 'json',
  source: 'AO',
  rule: {
    en: 'Region and edition lists must not repeat an entry.',
    ko: '',
  },
  fix: { en: 'Remove the repeated entry.', ko: '' },
});

export const honorDeprovisioningWithUpdate = defineRule({
  id: 'honor-deprovisioning-with-update',
  severity: 'error',
  area: 'registration',
  source: 'AO',
  rule: {
    en: 'HonorDeprovisioning true is only allowed with Scenario Acquisition or StubAcquisition, not Update.',
    ko: '',
  },
  fix: { en: 'Remove HonorDeprovisioning.', ko: '' },
});

export const updateWithCustomurl = defineRule({
  id: 'update-with-customurl',
  severity: 'warning',
  area: 'registration',
  source: 'expedited-apps',
  rule: {
    en: 'Scenario Update with Source CustomURL: Microsoft\'s validator accepts it, but the documentation does not say Windows supports an update from a custom URL.',
    ko: '',
  },
});

export const skipIfPresentWithUpdate = defineRule({
  id: 'skip-if-present-with-update',
  severity: 'warning',
  area: 'registration',
  source: 'EN-DOC',
  rule: {
    en: 'SkipIfPresent is only meaningful for Acquisition scenarios; with Update it does nothing.',
    ko: '',
  },
  fix: { en: 'Remove SkipIfPresent.', ko: '' },
});

export const ignoredProductid = defineRule({
  id: 'ignored-productid',
  severity: 'warning',
  area: 'registration',
  source: 'EN-DOC',
  rule: {
    en: 'ProductId is only read when Source is Store.',
    ko: '',
  },
  fix: { en: 'Remove ProductId.', ko: '' },
});

export const ignoredEndpoint = defineRule({
  id: 'ignored-endpoint',
  severity: 'warning',
  area: 'registration',
  source: 'EN-DOC',
  rule: {
    en: 'Endpoint is only read when Source is CustomURL.',
    ko: '',
  },
  fix: { en: 'Remove Endpoint.', ko: '' },
});

export const payloadPriorityIgnored = defineRule({
  id: 'payload-priority-ignored',
  severity: 'warning',
  area: 'payload',
  source: 'KO-DOC',
  rule: {
    en: 'The registry form takes its order from updaterPriority; a Priority key inside expeditedPayload is ignored.',
    ko: '',
  },
  fix: { en: 'Remove Priority (set updaterPriority instead).', ko: '' },
});

export const pfnInvalid = defineRule({
  id: 'pfn-invalid',
  severity: 'error',
  area: 'json',
  source: 'reg-format',
  rule: {
    en: 'A PFN is <Name>_<PublisherId>: Name 3-50 of [A-Za-z0-9.-] and not a reserved device name, PublisherId 13 Crockford base32 characters, 17-64 in all.',
    ko: '',
  },
});

export const pfnPublisherUppercase = defineRule({
  id: 'pfn-publisher-uppercase',
  severity: 'warning',
  area: 'json',
  source: 'reg-format',
  rule: {
    en: 'Publisher ids are lowercase; PFNs compare case-insensitively, so uppercase works but is unusual.',
    ko: '',
  },
  fix: { en: 'Lowercase the publisher id.', ko: '' },
});

export const regionNotAssigned = defineRule({
  id: 'region-not-assigned',
  severity: 'error',
  area: 'json',
  source: 'ISO-3166',
  rule: {
    en: 'Regions are assigned ISO 3166-1 alpha-2 codes; reserved and user-assigned codes (UK, EL, EU) never match a device. XK (Kosovo, user-assigned) is accepted: Windows\' geo data uses it.',
    ko: '',
  },
  fix: { en: 'Replace with the assigned code (UK → GB, EL → GR, alpha-3 → alpha-2); a group (EU) with its member states; or remove the entry.', ko: '' },
});

export const regionLowercase = defineRule({
  id: 'region-lowercase',
  severity: 'warning',
  area: 'json',
  source: 'ISO-3166',
  rule: {
    en: 'Region codes are uppercase; Windows reports the device region in uppercase and case-insensitive matching is not documented.',
    ko: '',
  },
  fix: { en: 'Uppercase the code.', ko: '' },
});

export const editionUnknown = defineRule({
  id: 'edition-unknown',
  severity: 'error',
  area: 'registration',
  source: 'expedited-apps',
  rule: {
    en: 'Edition codes must be known GetProductInfo values (core/data/windows-editions.json).',
    ko: '',
  },
});

export const editionServer = defineRule({
  id: 'edition-server',
  severity: 'warning',
  area: 'registration',
  source: 'AO',
  rule: {
    en: 'Server editions never run registrations: the AppOrchestration module refuses on Server.',
    ko: '',
  },
  fix: { en: 'Remove the Server edition.', ko: '' },
});

export const jsonRules = [jsonSyntaxError, jsonComment, jsonTrailingComma, rootNotObject, registrationEncoding, nonAscii, duplicateKey, keyCaseMismatch, keyCaseVariant, jsonEmptyKey, jsonUnreadableValue, jsonTooDeep, unknownKey, missingRequiredKey, productidRequiredForStore, endpointRequiredForCustomurl, wrongType, invalidName, registrationVersionInvalid, invalidEnumValue, enumCaseVariant, endpointNotHttps, endpointInvalidUrl, maxRetryOutOfRange, timeoutOutOfRange, minBuildOutOfRange, priorityOutOfRange, includedAndExcluded, emptyArray, duplicateArrayItem, honorDeprovisioningWithUpdate, updateWithCustomurl, skipIfPresentWithUpdate, ignoredProductid, ignoredEndpoint, payloadPriorityIgnored, pfnInvalid, pfnPublisherUppercase, regionNotAssigned, regionLowercase, editionUnknown, editionServer] as const;
