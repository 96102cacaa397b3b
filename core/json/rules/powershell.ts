import type { Node } from 'jsonc-parser';
import { report } from '../../diagnostics/catalogue';
import { duplicateKey, enumCaseVariant, jsonEmptyKey, jsonFix, jsonPhrase, jsonUnreadableValue, productidRequiredForStore, wrongType } from '../../rules/json';
import type { Message } from '../../rules/message';
import type { Fix } from '../../diagnostics/types';
import { powerShellString, type RuleContext } from '../context';
import { deleteMember, replaceNode, spanOf } from '../edits';
import { asPowerShellReads, foldKey, netNumberType, rawKeys } from '../powershell';
import { SCHEMAS } from '../schemas';
import { canonicalKey } from './keys';

// Registration files as Microsoft's Test-UpdaterRegistration reads them under Windows PowerShell 5.1
// (AppOrchestration.psm1, "Revision 2026.02.12"; psm1 N = its line N). The oracle in test/oracle
// checks that every file it rejects gets an error from these rules or the others.

/** The keys with listed values, and the psm1 line whose `-notin` reads each. */
const ENUM_LINES: Readonly<Record<string, number>> = { Scenario: 96, Source: 100, Architecture: 175 };

/**
 * PowerShell reads `pfn` as `PFN` and `store` as `Store` (psm1 68-113: case-insensitive property
 * access, `-eq`, `-notin`). The other rules then check what Microsoft's validator checks; the
 * spellings themselves are warnings (rules/keys.ts: key-case-variant; here: enum-case-variant).
 */
export function readAsPowerShell(ctx: RuleContext): void {
  if (ctx.form !== 'registration') return;
  let value: Record<string, unknown> | undefined;
  const writable = (): Record<string, unknown> => (value ??= { ...ctx.value });
  if (ctx.byKey.size !== ctx.members.length || ctx.members.some((m) => !(m.key in SCHEMAS.registration.properties))) {
    for (const m of ctx.members) {
      const canonical = canonicalKey(powerShellString(ctx, m.keyNode), 'registration');
      if (!canonical || ctx.byKey.has(canonical)) continue;
      ctx.byKey.set(canonical, m);
      writable()[canonical] = ctx.value[m.key];
      delete writable()[m.key];
    }
  }
  for (const [key, line] of Object.entries(ENUM_LINES)) {
    const member = ctx.byKey.get(key);
    const found = (value ?? ctx.value)[key];
    if (!member?.valueNode || typeof found !== 'string') continue;
    const allowed = (SCHEMAS.registration.properties[key] as { enum: string[] }).enum;
    const read = foldKey(powerShellString(ctx, member.valueNode)); // a raw `ı` in a file without a mark is not `I`
    const match = allowed.find((a) => foldKey(a) === read);
    if (!match || match === found) continue;
    writable()[key] = match;
    ctx.findings.push(report(enumCaseVariant.message.variant({ found: JSON.stringify(found), key, line, match }), spanOf(member.valueNode), {
      fixes: [{ title: jsonFix.changeTo({ value: JSON.stringify(match) }), edits: [replaceNode(member.valueNode, JSON.stringify(match))], safeForFixAll: true }],
    }));
  }
  if (value) ctx.value = value;
}

const INTEGER_KEYS = ['RegistrationVersion', 'MaxRetryCount', 'TimeoutDurationInMinutes', 'MinimumAllowedBuildVersion', 'Priority'];
const INTEGER_LINES: Readonly<Record<string, number>> = { RegistrationVersion: 80, MaxRetryCount: 117, TimeoutDurationInMinutes: 124, MinimumAllowedBuildVersion: 181, Priority: 210, IncludedEditions: 159, ExcludedEditions: 168 };

/** Checks that need the raw text or the whole tree, in the order PowerShell fails. */
export function checkPowerShellReading(ctx: RuleContext): void {
  if (ctx.form !== 'registration') return;
  checkRawDuplicates(ctx);
  checkObjects(ctx);
  for (const key of INTEGER_KEYS) {
    const node = ctx.byKey.get(key)?.valueNode;
    if (node?.type === 'number') checkIntegerNotation(ctx, key, node);
  }
  for (const key of ['IncludedEditions', 'ExcludedEditions']) {
    const node = ctx.byKey.get(key)?.valueNode;
    if (node?.type === 'array') for (const item of node.children ?? []) if (item.type === 'number') checkIntegerNotation(ctx, key, item);
  }
  checkEmptyProductId(ctx);
}

/**
 * psm1 54-60 counts every `"name":` of the raw text in one case-insensitive hashtable: keys of
 * nested objects and `\"name\":` inside strings count too. Root keys repeated as keys are
 * rules/keys.ts's findings already; this reports the rest.
 */
function checkRawDuplicates(ctx: RuleContext): void {
  const keys = rawKeys(ctx.text);
  if (keys.length < 2) return;
  const first = new Map<string, (typeof keys)[number]>();
  const reported = new Set(ctx.findings.filter((f) => f.code === 'duplicate-key').map((f) => f.span.start));
  const rootKeyAt = new Set(ctx.members.map((m) => m.keyNode.offset));
  for (const k of keys) {
    const folded = foldKey(asPowerShellReads(k.name, k.name, ctx.ansi));
    const earlier = first.get(folded);
    if (!earlier) {
      first.set(folded, k);
      continue;
    }
    if (reported.has(k.start) || (rootKeyAt.has(k.start) && rootKeyAt.has(earlier.start))) continue;
    const args = { key: k.name, first: earlier.name };
    const message = rootKeyAt.has(k.start) ? duplicateKey.message.raw(args) : duplicateKey.message.rawNested(args);
    ctx.findings.push(report(message, { start: k.start, end: k.end }, {
      related: [{ span: { start: earlier.start, end: earlier.end }, message: jsonPhrase.firstColon({ key: earlier.name }) }],
    }));
  }
}

/** Every value, root included: objects (empty names, repeats) and values JavaScriptSerializer cannot convert. */
function checkObjects(ctx: RuleContext): void {
  const reported = new Set(ctx.findings.filter((f) => f.code === 'duplicate-key').map((f) => f.span.start));
  const stack: Node[] = [ctx.root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'object') checkObject(ctx, node, reported);
    else if (node.type === 'number' || node.type === 'string') checkConvertible(ctx, node);
    for (const [i, child] of (node.children ?? []).entries()) if (node.type !== 'property' || i > 0) stack.push(child);
  }
}

function checkObject(ctx: RuleContext, object: Node, reported: ReadonlySet<number>): void {
  const seen = new Map<string, Node>();
  for (const property of object.children ?? []) {
    const keyNode = property.children?.[0];
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    const key = keyNode.value;
    if (key === '') {
      ctx.findings.push(report(jsonEmptyKey.message.empty(), spanOf(keyNode), {
        fixes: [{ title: jsonFix.removeProperty(), edits: [deleteMember(property, ctx.text)] }],
      }));
    }
    if (object === ctx.root) continue; // root repeats: rules/keys.ts
    const folded = foldKey(powerShellString(ctx, keyNode));
    const earlier = seen.get(folded);
    if (!earlier) {
      seen.set(folded, keyNode);
      continue;
    }
    if (reported.has(keyNode.offset)) continue; // the raw-text scan said it already
    const first = String(earlier.value);
    const related = [{ span: spanOf(earlier), message: jsonPhrase.first({ key: first }) }];
    const message = first === key
      // "a" then "\u0061": the scan reads the text as written, and the reader keeps the last value.
      ? duplicateKey.message.nestedEscaped({ key })
      : duplicateKey.message.nestedCase({ key, first });
    ctx.findings.push(report(message, spanOf(keyNode), { related }));
  }
}

/** .NET Framework's double.TryParse refuses an overflow; a "\/Date(ms)\/" string beyond DateTime's range throws. */
function checkConvertible(ctx: RuleContext, node: Node): void {
  const raw = ctx.text.slice(node.offset, node.offset + node.length);
  let message: ReturnType<typeof jsonUnreadableValue.message.number> | undefined;
  if (node.type === 'number' && !Number.isFinite(Number(raw))) message = jsonUnreadableValue.message.number({ raw });
  const date = node.type === 'string' ? /^"\\\/Date\((-?\d+)(?:[a-zA-Z]|[+-]\d{4})?\)\\\/"/.exec(raw) : null;
  if (date && !dateInRange(BigInt(date[1]))) message = jsonUnreadableValue.message.date({ ms: date[1] });
  if (!message) return;
  ctx.findings.push(report(message, spanOf(node)));
}

/** JavaScriptSerializer: ticks = ms * 10000 (wrapping at 64 bits) + the ticks of 1970-01-01, within 0..DateTime.MaxValue. */
function dateInRange(ms: bigint): boolean {
  if (ms < -(2n ** 63n) || ms >= 2n ** 63n) return true; // not a long: read as a plain string
  const ticks = BigInt.asIntN(64, ms * 10000n) + 621355968000000000n;
  return ticks >= 0n && ticks <= 3155378975999999999n;
}

/** `3.0` is a Decimal and `1e1` a Double in Windows PowerShell, beyond Int64 a Decimal: AO's integer checks fail. */
function checkIntegerNotation(ctx: RuleContext, key: string, node: Node): void {
  const raw = ctx.text.slice(node.offset, node.offset + node.length);
  const type = netNumberType(raw);
  if (type === 'Int32' || type === 'Int64') return;
  const span = spanOf(node);
  if (ctx.findings.some((f) => f.code === 'wrong-type' && f.span.start === span.start)) return;
  const value = Number(raw);
  const plain = Number.isSafeInteger(value) ? String(value) : undefined;
  const why: Message = /^[+-]?\d+$/.test(raw) ? jsonPhrase.beyondInt64() : raw.includes('.') && !/e/i.test(raw) ? jsonPhrase.decimalPoint() : jsonPhrase.exponent();
  const where = node.parent?.type === 'array' ? jsonPhrase.entryOf({ key }) : key;
  const fixes: Fix[] = plain !== undefined ? [{ title: jsonFix.write({ value: plain }), edits: [replaceNode(node, plain)], safeForFixAll: true }] : [];
  const args = { where, raw, why, line: INTEGER_LINES[key] };
  ctx.findings.push(report(plain !== undefined ? wrongType.message.notationWrite({ ...args, plain }) : wrongType.message.notation(args), span, { fixes }));
}

/** psm1 112: `-not $ProductId` is true for an empty string too. */
function checkEmptyProductId(ctx: RuleContext): void {
  const member = ctx.byKey.get('ProductId');
  if (ctx.value.Source !== 'Store' || !member?.valueNode || ctx.value.ProductId !== '') return;
  ctx.findings.push(report(productidRequiredForStore.message.empty(), spanOf(member.valueNode)));
}
