import type { Node } from 'jsonc-parser';
import type { ErrorObject } from 'ajv';
import { report, type RuleId } from '../../diagnostics/catalogue';
import type { Fix } from '../../diagnostics/types';
import { hasKeyIgnoringCase, nodeAtPointer, type RuleContext } from '../context';
import { deleteMember, insertProperty, replaceNode, spanOf } from '../edits';
import { SCHEMAS } from '../schemas';
import { schemaErrors } from '../validator';

/** Placeholder values inserted by "add missing key" fixes: the right type, obviously to be edited. */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  PFN: '"Publisher.AppName_publisherid0"',
  OEMName: '"OEMName"',
  UpdaterName: '"UpdaterName"',
  RegistrationVersion: '1',
  Source: '"Store"',
  Scenario: '"Acquisition"',
  ProductId: '"PRODUCTID"',
  Endpoint: '"https://downloads.example.com/app.msixbundle"',
};

const RANGE_CODES: Readonly<Record<string, RuleId>> = {
  MaxRetryCount: 'max-retry-out-of-range',
  TimeoutDurationInMinutes: 'timeout-out-of-range',
  MinimumAllowedBuildVersion: 'min-build-out-of-range',
  Priority: 'priority-out-of-range',
  RegistrationVersion: 'registration-version-invalid',
};

const RANGE_MEANING: Readonly<Record<string, string>> = {
  MaxRetryCount: 'retries after a failure',
  TimeoutDurationInMinutes: 'minutes per attempt',
  MinimumAllowedBuildVersion: 'an OS build such as 22631',
  Priority: 'lower runs earlier',
};

/** Structural rules from the schemas (ajv), mapped to catalogue codes and exact spans. */
export function checkSchema(ctx: RuleContext): void {
  const errors = schemaErrors(ctx.form, ctx.value);
  // A value of the wrong type also fails its enum: the type finding says enough.
  const wrongTypeAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const e of errors) if (e.keyword !== 'enum' || !wrongTypeAt.has(e.instancePath)) mapError(ctx, e);
}

function keyOf(e: ErrorObject): string {
  const first = e.instancePath.split('/')[1] ?? '';
  return first.replace(/~1/g, '/').replace(/~0/g, '~');
}

function mapError(ctx: RuleContext, e: ErrorObject): void {
  switch (e.keyword) {
    case 'required':
      return missingKey(ctx, String(e.params.missingProperty), e.schemaPath);
    case 'type':
      return wrongType(ctx, e);
    case 'pattern':
      if (keyOf(e) !== 'Endpoint') invalidName(ctx, e); // Endpoint has its own rule (http → https, URL shape)
      return;
    case 'minimum':
    case 'maximum':
      return outOfRange(ctx, e);
    case 'enum':
      return invalidEnum(ctx, e);
    case 'minItems':
      return emptyArray(ctx, e);
    case 'not':
      return includedAndExcluded(ctx, e.schemaPath.startsWith('#/allOf/3') ? 'Editions' : 'Regions');
    case 'false schema':
      return honorDeprovisioning(ctx);
    default:
      return; // 'if', 'uniqueItems' (rules/arrays reports every repeat, not one pair)
  }
}

function missingKey(ctx: RuleContext, key: string, schemaPath: string): void {
  if (hasKeyIgnoringCase(ctx, key)) return; // a miscased spelling is present: key-case-mismatch says it
  const brace = { start: ctx.root.offset, end: ctx.root.offset + 1 };
  const fix: Fix = { title: `Add "${key}"`, edits: [insertProperty(ctx.root, key, PLACEHOLDERS[key] ?? '""', ctx.text)] };
  // Windows PowerShell's reader takes bare and single-quoted names (JavaScriptSerializer); JSON does not.
  const unquoted = ctx.form === 'registration' && new RegExp(`(^|[{,\\s])('${key}'|${key})\\s*:`).test(ctx.text)
    ? ` It is written without double quotes: Microsoft's validator accepts that (Windows PowerShell reads bare and single-quoted names), but JSON needs "${key}".`
    : '';
  if (schemaPath.startsWith('#/allOf/0/')) {
    ctx.findings.push(report('productid-required-for-store', brace, `ProductId is required when Source is Store: add the app's Microsoft Store product id.${unquoted}`, { fixes: [fix] }));
  } else if (schemaPath.startsWith('#/allOf/1/')) {
    ctx.findings.push(report('endpoint-required-for-customurl', brace, `Endpoint is required when Source is CustomURL: add the https:// URL of the MSIX package.${unquoted}`, { fixes: [fix] }));
  } else {
    const form = ctx.form === 'payload' ? 'expeditedPayload' : 'A registration file';
    ctx.findings.push(report('missing-required-key', brace, `${form} requires "${key}": add it.${unquoted}`, { fixes: [fix] }));
  }
}

const TYPE_NAMES: Readonly<Record<string, string>> = { string: 'a string', integer: 'an integer', number: 'a number', boolean: 'true or false', array: 'an array', object: 'an object', null: 'null' };

function jsonTypeOf(node: Node): string {
  if (node.type === 'number') return Number.isInteger(node.value) ? 'integer' : 'number';
  return node.type;
}

function wrongType(ctx: RuleContext, e: ErrorObject): void {
  const node = nodeAtPointer(ctx, e.instancePath);
  if (!node) return;
  const expected = String(e.params.type);
  const where = e.instancePath.slice(1).replace(/\/(\d+)$/, '[$1]');
  const converted = convertedText(node, expected);
  const fixes: Fix[] = converted === undefined ? [] : [{ title: `Change to ${converted}`, edits: [replaceNode(node, converted)], safeForFixAll: true }];
  const found = node.type === 'number' && expected === 'integer' ? `${node.value}` : TYPE_NAMES[jsonTypeOf(node)] ?? node.type;
  const untypedLine = ctx.form === 'registration' && where in NOT_TYPE_CHECKED_BY_AO ? NOT_TYPE_CHECKED_BY_AO[where] : undefined;
  const aoNote = untypedLine ? ` Microsoft's validator does not check the type of ${where} (psm1 ${untypedLine} only compares its text), but Windows reads a string.` : '';
  ctx.findings.push(report('wrong-type', spanOf(node), `${where} must be ${TYPE_NAMES[expected] ?? expected}; found ${found}.${converted === undefined ? '' : ` Write ${converted}.`}${aoNote}`, { fixes }));
}

/** Keys Test-UpdaterRegistration reads without an `-is [String]` check, with the psm1 line that reads them. */
const NOT_TYPE_CHECKED_BY_AO: Readonly<Record<string, number>> = { Scenario: 96, Source: 100, Endpoint: 108, ProductId: 112, Architecture: 175 };

/** The value rewritten to the expected type when the intent is unambiguous ("true" → true, "5" → 5, "US" → ["US"]). */
function convertedText(node: Node, expected: string): string | undefined {
  if (expected === 'boolean' && node.type === 'string' && /^(true|false)$/i.test(String(node.value).trim())) return String(node.value).trim().toLowerCase();
  if (expected === 'integer' && node.type === 'string' && /^\s*-?\d{1,9}\s*$/.test(String(node.value))) return String(Number(node.value));
  if (expected === 'string' && node.type === 'number') return JSON.stringify(String(node.value));
  if (expected === 'array' && (node.type === 'string' || node.type === 'number')) return `[${JSON.stringify(node.value)}]`;
  return undefined;
}

function invalidName(ctx: RuleContext, e: ErrorObject): void {
  const node = nodeAtPointer(ctx, e.instancePath);
  if (!node) return;
  const key = keyOf(e);
  const bad = [...new Set(String(node.value).replace(/[a-zA-Z0-9_-]/g, ''))].map((c) => JSON.stringify(c)).join(', ');
  const detail = bad ? `; remove ${bad}` : '; it must not be empty';
  // psm1 84/88 match '^[a-zA-Z0-9_-]+$', and .NET's `$` also matches before a final line feed.
  const acceptedByAo = /^[a-zA-Z0-9_-]+\n$/.test(String(node.value));
  const message = acceptedByAo
    ? `Microsoft's validator accepts this ${key} (its pattern's "$" matches before a final line feed, psm1 ${key === 'OEMName' ? 84 : 88}), but the line feed would become part of the staging folder's name: remove "\\n".`
    : `${key} may contain only letters, digits, "_" and "-" (it names the staging folder)${detail}.`;
  ctx.findings.push(report('invalid-name', spanOf(node), message));
}

function outOfRange(ctx: RuleContext, e: ErrorObject): void {
  const node = nodeAtPointer(ctx, e.instancePath);
  const key = keyOf(e);
  const code = RANGE_CODES[key];
  if (!node || !code || typeof node.value !== 'number') return;
  const p = SCHEMAS[ctx.form].properties[key];
  const min = p.minimum ?? -Infinity;
  const max = p.maximum ?? Infinity;
  const clamped = Math.min(max, Math.max(min, node.value));
  const fix: Fix = { title: `Set to ${clamped}`, edits: [replaceNode(node, String(clamped))], safeForFixAll: true };
  if (key === 'RegistrationVersion') {
    ctx.findings.push(report(code, spanOf(node), `RegistrationVersion must be an integer >= 1; found ${node.value}. Set it to 1 or higher.`, { fixes: [fix] }));
    return;
  }
  const range = max === Infinity ? `>= ${min}` : `${min}..${max}`;
  ctx.findings.push(report(code, spanOf(node), `${key} must be ${range} (${RANGE_MEANING[key]}); found ${node.value}`, { fixes: [fix] }));
}

function invalidEnum(ctx: RuleContext, e: ErrorObject): void {
  const node = nodeAtPointer(ctx, e.instancePath);
  if (!node) return;
  const key = keyOf(e);
  const allowed = (e.params.allowedValues as string[]) ?? [];
  const found = String(node.value);
  const match = allowed.find((a) => a.toLowerCase() === found.trim().toLowerCase().replace(/[\s_-]/g, '') || a.toLowerCase() === found.trim().toLowerCase());
  const list = allowed.length === 2 ? `${allowed[0]} or ${allowed[1]}` : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  const fixes: Fix[] = match ? [{ title: `Change to "${match}"`, edits: [replaceNode(node, JSON.stringify(match))], safeForFixAll: true }] : [];
  ctx.findings.push(report('invalid-enum-value', spanOf(node), `${key} must be ${list} (case-sensitive); found ${JSON.stringify(node.value)}.${match ? ` Use "${match}".` : ''}`, { fixes }));
}

function emptyArray(ctx: RuleContext, e: ErrorObject): void {
  const key = keyOf(e);
  const member = ctx.byKey.get(key);
  if (!member?.valueNode) return;
  ctx.findings.push(report('empty-array', spanOf(member.valueNode), `${key} must not be empty: list at least one entry, or remove ${key} to target every device.`, {
    fixes: [{ title: `Remove "${key}"`, edits: [deleteMember(member.property, ctx.text)] }],
  }));
}

function includedAndExcluded(ctx: RuleContext, what: 'Regions' | 'Editions'): void {
  const included = ctx.byKey.get(`Included${what}`);
  const excluded = ctx.byKey.get(`Excluded${what}`);
  if (!included || !excluded) return;
  const [first, second] = included.property.offset < excluded.property.offset ? [included, excluded] : [excluded, included];
  ctx.findings.push(report('included-and-excluded', spanOf(second.keyNode), `Included${what} and Excluded${what} may not both be present: keep one of them.`, {
    related: [{ span: spanOf(first.keyNode), message: `"${first.key}" is here` }],
  }));
}

function honorDeprovisioning(ctx: RuleContext): void {
  const member = ctx.byKey.get('HonorDeprovisioning');
  if (!member?.valueNode) return;
  ctx.findings.push(report('honor-deprovisioning-with-update', spanOf(member.valueNode), 'HonorDeprovisioning is only allowed with Scenario Acquisition or StubAcquisition, not Update: remove it or change the Scenario.', {
    fixes: [{ title: 'Remove HonorDeprovisioning', edits: [deleteMember(member.property, ctx.text)] }],
  }));
}
