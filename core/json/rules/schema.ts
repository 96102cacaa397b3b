import type { Node } from 'jsonc-parser';
import type { ErrorObject } from 'ajv';
import { findRule, report, type RuleId } from '../../diagnostics/catalogue';
import type { Fix, Message } from '../../diagnostics/types';
import { list } from '../../rules/message';
import type { RuleMessage } from '../../rules/rule';
import { endpointRequiredForCustomurl, honorDeprovisioningWithUpdate, includedAndExcluded as includedAndExcludedRule, emptyArray as emptyArrayRule, invalidEnumValue, invalidName as invalidNameRule, jsonFix, jsonPhrase, missingRequiredKey, productidRequiredForStore, wrongType as wrongTypeRule } from '../../rules/json';
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

/** The message of a range rule: the schema names the rule (`x-rule`), the rule words it (`outOfRange`). */
type RangeMessage = (args: { key: string; range: string; found: number }) => RuleMessage<RuleId>;

/** The `outOfRange` message of the rule a schema property names in `x-rule`; undefined when there is none. */
export function rangeMessage(ruleId: string | undefined): RangeMessage | undefined {
  const rule = ruleId === undefined ? undefined : findRule(ruleId);
  const message = rule?.message as Readonly<Record<string, RangeMessage>> | undefined;
  return message && Object.hasOwn(message, 'outOfRange') ? message.outOfRange : undefined;
}

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
  const fix: Fix = { title: jsonFix.add({ key }), edits: [insertProperty(ctx.root, key, PLACEHOLDERS[key] ?? '""', ctx.text)] };
  // Windows PowerShell's reader takes bare and single-quoted names (JavaScriptSerializer); JSON does not.
  const unquoted = ctx.form === 'registration' && new RegExp(`(^|[{,\\s])('${key}'|${key})\\s*:`).test(ctx.text);
  let message: RuleMessage<RuleId>;
  if (schemaPath.startsWith('#/allOf/0/')) {
    message = unquoted ? productidRequiredForStore.message.missingUnquoted({ key }) : productidRequiredForStore.message.missing();
  } else if (schemaPath.startsWith('#/allOf/1/')) {
    message = unquoted ? endpointRequiredForCustomurl.message.missingUnquoted({ key }) : endpointRequiredForCustomurl.message.missing();
  } else if (ctx.form === 'payload') {
    message = unquoted ? missingRequiredKey.message.payloadUnquoted({ key }) : missingRequiredKey.message.payload({ key });
  } else {
    message = unquoted ? missingRequiredKey.message.registrationUnquoted({ key }) : missingRequiredKey.message.registration({ key });
  }
  ctx.findings.push(report(message, brace, { fixes: [fix] }));
}

const TYPE_NAMES: Readonly<Record<string, Message>> = {
  string: jsonPhrase.typeString(),
  integer: jsonPhrase.typeInteger(),
  number: jsonPhrase.typeNumber(),
  boolean: jsonPhrase.typeBoolean(),
  array: jsonPhrase.typeArray(),
  object: jsonPhrase.typeObject(),
  null: jsonPhrase.typeNull(),
};

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
  const fixes: Fix[] = converted === undefined ? [] : [{ title: jsonFix.changeTo({ value: converted }), edits: [replaceNode(node, converted)], safeForFixAll: true }];
  const found = node.type === 'number' && expected === 'integer' ? `${node.value}` : TYPE_NAMES[jsonTypeOf(node)] ?? node.type;
  const line = ctx.form === 'registration' && where in NOT_TYPE_CHECKED_BY_AO ? NOT_TYPE_CHECKED_BY_AO[where] : undefined;
  const args = { where, expected: TYPE_NAMES[expected] ?? expected, found };
  const m = wrongTypeRule.message;
  const message = converted === undefined
    ? (line ? m.typeUnchecked({ ...args, line }) : m.type(args))
    : (line ? m.typeWriteUnchecked({ ...args, converted, line }) : m.typeWrite({ ...args, converted }));
  ctx.findings.push(report(message, spanOf(node), { fixes }));
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
  const bad = [...new Set(String(node.value).replace(/[a-zA-Z0-9_-]/g, ''))].map((c) => JSON.stringify(c));
  // psm1 84/88 match '^[a-zA-Z0-9_-]+$', and .NET's `$` also matches before a final line feed.
  const acceptedByAo = /^[a-zA-Z0-9_-]+\n$/.test(String(node.value));
  const m = invalidNameRule.message;
  const message = acceptedByAo ? m.lineFeed({ key, line: key === 'OEMName' ? 84 : 88 }) : bad.length ? m.chars({ key, chars: list(bad) }) : m.empty({ key });
  ctx.findings.push(report(message, spanOf(node)));
}

function outOfRange(ctx: RuleContext, e: ErrorObject): void {
  const node = nodeAtPointer(ctx, e.instancePath);
  const key = keyOf(e);
  const p = SCHEMAS[ctx.form].properties[key];
  const message = rangeMessage(p?.['x-rule']);
  if (!node || !message || typeof node.value !== 'number') return;
  const min = p.minimum ?? -Infinity;
  const max = p.maximum ?? Infinity;
  const clamped = Math.min(max, Math.max(min, node.value));
  const fix: Fix = { title: jsonFix.setTo({ value: clamped }), edits: [replaceNode(node, String(clamped))], safeForFixAll: true };
  const range = max === Infinity ? `>= ${min}` : `${min}..${max}`;
  ctx.findings.push(report(message({ key, range, found: node.value }), spanOf(node), { fixes: [fix] }));
}

function invalidEnum(ctx: RuleContext, e: ErrorObject): void {
  const node = nodeAtPointer(ctx, e.instancePath);
  if (!node) return;
  const key = keyOf(e);
  const allowed = (e.params.allowedValues as string[]) ?? [];
  const found = String(node.value);
  const match = allowed.find((a) => a.toLowerCase() === found.trim().toLowerCase().replace(/[\s_-]/g, '') || a.toLowerCase() === found.trim().toLowerCase());
  const either = jsonPhrase.or({ first: list(allowed.slice(0, -1)), last: allowed[allowed.length - 1] ?? '' });
  const fixes: Fix[] = match ? [{ title: jsonFix.changeTo({ value: JSON.stringify(match) }), edits: [replaceNode(node, JSON.stringify(match))], safeForFixAll: true }] : [];
  const args = { key, allowed: either, found: JSON.stringify(node.value) };
  ctx.findings.push(report(match ? invalidEnumValue.message.valueUse({ ...args, match }) : invalidEnumValue.message.value(args), spanOf(node), { fixes }));
}

function emptyArray(ctx: RuleContext, e: ErrorObject): void {
  const key = keyOf(e);
  const member = ctx.byKey.get(key);
  if (!member?.valueNode) return;
  ctx.findings.push(report(emptyArrayRule.message.empty({ key }), spanOf(member.valueNode), {
    fixes: [{ title: jsonFix.removeQuoted({ name: key }), edits: [deleteMember(member.property, ctx.text)] }],
  }));
}

function includedAndExcluded(ctx: RuleContext, what: 'Regions' | 'Editions'): void {
  const included = ctx.byKey.get(`Included${what}`);
  const excluded = ctx.byKey.get(`Excluded${what}`);
  if (!included || !excluded) return;
  const [first, second] = included.property.offset < excluded.property.offset ? [included, excluded] : [excluded, included];
  ctx.findings.push(report(includedAndExcludedRule.message.both({ included: `Included${what}`, excluded: `Excluded${what}` }), spanOf(second.keyNode), {
    related: [{ span: spanOf(first.keyNode), message: jsonPhrase.related({ key: first.key }) }],
  }));
}

function honorDeprovisioning(ctx: RuleContext): void {
  const member = ctx.byKey.get('HonorDeprovisioning');
  if (!member?.valueNode) return;
  ctx.findings.push(report(honorDeprovisioningWithUpdate.message.withUpdate(), spanOf(member.valueNode), {
    fixes: [{ title: jsonFix.remove({ name: 'HonorDeprovisioning' }), edits: [deleteMember(member.property, ctx.text)] }],
  }));
}
