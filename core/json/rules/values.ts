import type { Node } from 'jsonc-parser';
import { report } from '../../diagnostics/catalogue';
import { duplicateArrayItem, editionServer, editionUnknown, endpointInvalidUrl, endpointNotHttps, jsonFix, jsonPhrase, pfnInvalid, pfnPublisherUppercase, regionLowercase, regionNotAssigned } from '../../rules/json';
import { list } from '../../rules/message';
import type { Fix, TextEdit } from '../../diagnostics/types';
import { editionInfo } from '../../data/editions';
import { checkRegion, regionReason, REGION_GROUPS } from '../../data/regions';
import { stringAt, type RuleContext } from '../context';
import { deleteMember, replaceNode, spanOf } from '../edits';
import { checkPfn } from '../pfn';

/** Rules on single values the schema cannot express: PFN shape, Endpoint URL, regions, editions, repeated entries. */
export function checkValues(ctx: RuleContext): void {
  checkPfnValue(ctx);
  checkEndpoint(ctx);
  for (const key of ['IncludedRegions', 'ExcludedRegions']) {
    const node = ctx.byKey.get(key)?.valueNode;
    if (node?.type === 'array' && (ctx.form === 'registration' || key === 'ExcludedRegions')) checkRegionList(ctx, key, node);
  }
  if (ctx.form === 'registration') {
    for (const key of ['IncludedEditions', 'ExcludedEditions']) {
      const node = ctx.byKey.get(key)?.valueNode;
      if (node?.type === 'array') checkEditionList(ctx, key, node);
    }
  }
}

/** Replaces characters [from, to) of a string token's value, locally when no escape precedes them. */
function editInsideString(ctx: RuleContext, node: Node, from: number, to: number, newText: string): TextEdit {
  const raw = ctx.text.slice(node.offset + 1, node.offset + node.length - 1);
  if (!raw.slice(0, to).includes('\\')) return { span: { start: node.offset + 1 + from, end: node.offset + 1 + to }, newText };
  const value = String(node.value);
  return replaceNode(node, JSON.stringify(value.slice(0, from) + newText + value.slice(to)));
}

function checkPfnValue(ctx: RuleContext): void {
  const node = ctx.byKey.get('PFN')?.valueNode;
  const pfn = stringAt(ctx, 'PFN');
  if (!node || pfn === undefined) return;
  const check = checkPfn(pfn);
  if (check.problems.length) {
    ctx.findings.push(report(pfnInvalid.message.invalid({ pfn, problems: list(check.problems, '; ') }), spanOf(node)));
  } else if (check.uppercasePublisher) {
    const lower = check.publisherId.toLowerCase();
    ctx.findings.push(report(pfnPublisherUppercase.message.uppercase({ id: check.publisherId, lower }), spanOf(node), {
      fixes: [{ title: jsonFix.lowercasePublisher({ id: lower }), edits: [editInsideString(ctx, node, check.publisherOffset, pfn.length, lower)], safeForFixAll: true }],
    }));
  }
}

function checkEndpoint(ctx: RuleContext): void {
  const member = ctx.byKey.get('Endpoint');
  const url = stringAt(ctx, 'Endpoint');
  // The edits go inside this string token: a miscased repeat (`endpoint`: 0, then "http://…") may
  // hold the value elsewhere, and duplicate-key reports that already.
  if (member?.valueNode?.type !== 'string' || member.valueNode.value !== url || url === undefined) return;
  if (ctx.form === 'registration' && stringAt(ctx, 'Source') === 'Store') return; // ignored: rules/combinations says so
  const node = member.valueNode;
  if (!/^https:\/\//i.test(url)) {
    const http = /^http:\/\//i.test(url);
    const fixes: Fix[] = http ? [{ title: jsonFix.changeTo({ value: 'https://' }), edits: [editInsideString(ctx, node, 0, 4, 'https')], safeForFixAll: true }] : [];
    const m = endpointNotHttps.message;
    const message = http ? m.http() : url.length ? m.other({ found: JSON.stringify(url.slice(0, 12) + (url.length > 12 ? '…' : '')) }) : m.empty();
    ctx.findings.push(report(message, spanOf(node), { fixes }));
    return;
  }
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    host = '';
  }
  if (!host || /\s/.test(url)) {
    ctx.findings.push(report(endpointInvalidUrl.message.invalid({ url }), spanOf(node)));
  }
}

function repeatedEntry(ctx: RuleContext, key: string, item: Node, first: Node): void {
  const value = JSON.stringify(item.value);
  ctx.findings.push(report(duplicateArrayItem.message.repeated({ key, value }), spanOf(item), {
    fixes: [{ title: jsonFix.removeRepeated({ value }), edits: [deleteMember(item, ctx.text)], safeForFixAll: true }],
    related: [{ span: spanOf(first), message: jsonPhrase.firstOccurrence() }],
  }));
}

function checkRegionList(ctx: RuleContext, key: string, array: Node): void {
  const seen = new Map<string, Node>();
  for (const item of array.children ?? []) {
    if (item.type !== 'string') continue; // wrong-type reports it
    const code = String(item.value);
    const first = seen.get(code);
    if (first) {
      repeatedEntry(ctx, key, item, first);
      continue;
    }
    seen.set(code, item);
    const check = checkRegion(code);
    if (check.valid) continue;
    const use = check.suggestion;
    // Titles name the entry: the light bulb also offers the fixes of neighbouring entries.
    const fixes: Fix[] = use ? [{ title: jsonFix.replaceRegion({ code, use }), edits: [replaceNode(item, JSON.stringify(use))], safeForFixAll: true }] : [];
    const members = REGION_GROUPS[code.toUpperCase()];
    if (members) fixes.push({ title: jsonFix.replaceGroup({ code, count: members.length }), edits: [replaceNode(item, members.map((m) => JSON.stringify(m)).join(', '))] });
    if (!use) fixes.push({ title: jsonFix.removeQuoted({ name: code }), edits: [deleteMember(item, ctx.text)] });
    if (check.lowercase && use !== undefined && use === code.toUpperCase()) {
      ctx.findings.push(report(regionLowercase.message.lowercase({ code, use }), spanOf(item), { fixes }));
    } else {
      const reason = regionReason(check);
      const m = regionNotAssigned.message;
      const message = use === undefined
        ? (members ? m.notAssignedGroup({ code, reason }) : m.notAssigned({ code, reason }))
        : (members ? m.notAssignedUseGroup({ code, reason, use }) : m.notAssignedUse({ code, reason, use }));
      ctx.findings.push(report(message, spanOf(item), { fixes }));
    }
  }
}

function checkEditionList(ctx: RuleContext, key: string, array: Node): void {
  const seen = new Map<number, Node>();
  for (const item of array.children ?? []) {
    if (item.type !== 'number' || !Number.isInteger(item.value)) continue; // wrong-type reports it
    const code = item.value as number;
    const first = seen.get(code);
    if (first) {
      repeatedEntry(ctx, key, item, first);
      continue;
    }
    seen.set(code, item);
    const info = editionInfo(code);
    if (!info) {
      ctx.findings.push(report(editionUnknown.message.unknown({ code }), spanOf(item)));
    } else if (info.server) {
      ctx.findings.push(report(editionServer.message.server({ code, name: info.name }), spanOf(item), {
        fixes: [{ title: jsonFix.remove({ name: code }), edits: [deleteMember(item, ctx.text)] }],
      }));
    }
  }
}

// Why a region code is not a region lives beside the check (the scenario reader says it too).
export { regionReason } from '../../data/regions';
