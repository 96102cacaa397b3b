import type { Node } from 'jsonc-parser';
import { report } from '../../diagnostics/catalogue';
import { duplicateKey, jsonFix, jsonPhrase, keyCaseMismatch, keyCaseVariant, payloadPriorityIgnored, unknownKey } from '../../rules/json';
import type { Fix } from '../../diagnostics/types';
import { membersByFoldedKey, type Member, type RuleContext } from '../context';
import { deleteMember, replaceNode, spanOf } from '../edits';
import { keyDoc, keyDocsFor } from '../keys';
import { foldKey } from '../powershell';
import { SCHEMAS } from '../schemas';
import { didYouMean } from '../suggest';

/**
 * Duplicate property names (PowerShell's ConvertFrom-Json refuses them, case-insensitively),
 * key spellings, unknown keys, and the payload's ignored Priority.
 */
export function checkKeys(ctx: RuleContext): void {
  // The common case: every key known and spelled once (known keys differ from each other in more than case).
  if (ctx.byKey.size === ctx.members.length && ctx.members.every((m) => keyDoc(m.key, ctx.form))) return;
  for (const [folded, members] of membersByFoldedKey(ctx)) {
    if (members.length === 1 && keyDoc(members[0].key, ctx.form)) continue;
    checkSpellings(ctx, folded, members);
  }
}

const KNOWN = {
  registration: keyDocsFor('registration').map((d) => d.key),
  payload: keyDocsFor('payload').map((d) => d.key),
};
const KNOWN_FOLDED = {
  registration: new Map(KNOWN.registration.map((k) => [foldKey(k), k])),
  payload: new Map(KNOWN.payload.map((k) => [foldKey(k), k])),
};

/** The defined key a spelling stands for when PowerShell reads property names case-insensitively. */
export function canonicalKey(key: string, form: RuleContext['form']): string | undefined {
  return KNOWN_FOLDED[form].get(foldKey(key));
}

function checkSpellings(ctx: RuleContext, folded: string, members: Member[]): void {
  const known = KNOWN[ctx.form];
  const first = members[0];
  for (const dup of members.slice(1)) {
    const sameSpelling = dup.key === first.key;
    const sameValue = !!dup.valueNode && !!first.valueNode && ctx.text.slice(dup.valueNode.offset, dup.valueNode.offset + dup.valueNode.length) === ctx.text.slice(first.valueNode.offset, first.valueNode.offset + first.valueNode.length);
    const raw = (n: Node): string => ctx.text.slice(n.offset, n.offset + n.length);
    // "a" and "\u0061": psm1 55 scans the text as written and ConvertFrom-Json keeps the last value.
    const escapedOnly = sameSpelling && foldKey(raw(dup.keyNode)) !== foldKey(raw(first.keyNode));
    const m = duplicateKey.message;
    const message = escapedOnly
      ? m.escaped({ written: raw(dup.keyNode), first: raw(first.keyNode), key: dup.key })
      : sameSpelling ? m.repeated({ key: dup.key }) : m.caseRepeat({ key: dup.key, first: first.key });
    ctx.findings.push(report(message, spanOf(dup.keyNode), {
      fixes: [{ title: jsonFix.removeThis({ key: dup.key }), edits: [deleteMember(dup.property, ctx.text)], safeForFixAll: sameSpelling && sameValue }],
      related: [{ span: spanOf(first.keyNode), message: jsonPhrase.first({ key: first.key }) }],
    }));
  }
  const spellings = new Set(members.map((m) => m.key));
  const canonical = KNOWN_FOLDED[ctx.form].get(folded);
  const reported = new Set<string>();
  for (const m of members) {
    if (reported.has(m.key)) continue; // report each spelling once
    reported.add(m.key);
    if (keyDoc(m.key, ctx.form)) continue;
    if (canonical && !spellings.has(canonical) && ctx.form === 'registration') {
      ctx.findings.push(report(keyCaseVariant.message.variant({ key: m.key, canonical }), spanOf(m.keyNode), {
        fixes: [renameKey(m.keyNode, canonical, true)],
      }));
    } else if (canonical && !spellings.has(canonical)) {
      ctx.findings.push(report(keyCaseMismatch.message.mismatch({ key: m.key, canonical }), spanOf(m.keyNode), {
        fixes: [renameKey(m.keyNode, canonical, true)],
      }));
    } else if (!canonical) {
      checkUnknownKey(ctx, m.key, m.keyNode, m.property, known);
    }
  }
}

function renameKey(keyNode: Node, to: string, safe: boolean): Fix {
  return { title: jsonFix.renameTo({ name: to }), edits: [replaceNode(keyNode, JSON.stringify(to))], safeForFixAll: safe };
}

function checkUnknownKey(ctx: RuleContext, key: string, keyNode: Node, property: Node, known: string[]): void {
  const span = spanOf(keyNode);
  const present = ctx.byKey; // every key spelled as written: built once with the context
  if (ctx.form === 'payload') {
    if (key === 'Priority' || key.toLowerCase() === 'updaterpriority') {
      const message = key === 'Priority' ? payloadPriorityIgnored.message.priority({ key }) : payloadPriorityIgnored.message.updaterPriority({ key });
      ctx.findings.push(report(message, span, {
        fixes: [{ title: jsonFix.remove({ name: key }), edits: [deleteMember(property, ctx.text)], safeForFixAll: true }],
      }));
      return;
    }
    if (key in SCHEMAS.registration.properties) {
      ctx.findings.push(report(unknownKey.message.registrationKey({ key }), span, {
        fixes: [{ title: jsonFix.removeQuoted({ name: key }), edits: [deleteMember(property, ctx.text)] }],
      }));
      return;
    }
  }
  if (key.toLowerCase() === 'updaterpriority' && !present.has('Priority')) {
    ctx.findings.push(report(unknownKey.message.registryValue({ key }), span, {
      fixes: [renameKey(keyNode, 'Priority', false)],
    }));
    return;
  }
  const suggestion = didYouMean(key, known.filter((k) => !present.has(k)));
  const m = unknownKey.message;
  const payload = ctx.form === 'payload';
  if (suggestion) {
    ctx.findings.push(report(payload ? m.didYouMeanPayload({ key, suggestion }) : m.didYouMeanRegistration({ key, suggestion }), span, {
      fixes: [renameKey(keyNode, suggestion, false)],
    }));
  } else {
    ctx.findings.push(report(payload ? m.unknownPayload({ key }) : m.unknownRegistration({ key }), span));
  }
}
