import type { Node } from 'jsonc-parser';
import { report } from '../../diagnostics/catalogue';
import type { Fix, TextEdit } from '../../diagnostics/types';
import { editionInfo } from '../../data/editions';
import { checkRegion, REGION_GROUPS } from '../../data/regions';
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
    ctx.findings.push(report('pfn-invalid', spanOf(node), `PFN "${pfn}" is not a Package Family Name <Name>_<PublisherId>: ${check.problems.join('; ')}.`));
  } else if (check.uppercasePublisher) {
    const lower = check.publisherId.toLowerCase();
    ctx.findings.push(report('pfn-publisher-uppercase', spanOf(node), `The publisher id "${check.publisherId}" is uppercase; publisher ids are lowercase (PFNs compare case-insensitively, so it still matches). Write "${lower}".`, {
      fixes: [{ title: `Lowercase the publisher id to "${lower}"`, edits: [editInsideString(ctx, node, check.publisherOffset, pfn.length, lower)], safeForFixAll: true }],
    }));
  }
}

function checkEndpoint(ctx: RuleContext): void {
  const member = ctx.byKey.get('Endpoint');
  const url = stringAt(ctx, 'Endpoint');
  if (!member?.valueNode || url === undefined) return;
  if (ctx.form === 'registration' && stringAt(ctx, 'Source') === 'Store') return; // ignored: rules/combinations says so
  const node = member.valueNode;
  if (!/^https:\/\//i.test(url)) {
    const http = /^http:\/\//i.test(url);
    const fixes: Fix[] = http ? [{ title: 'Change to https://', edits: [editInsideString(ctx, node, 0, 4, 'https')], safeForFixAll: true }] : [];
    const found = http ? 'http://' : url.length ? JSON.stringify(url.slice(0, 12) + (url.length > 12 ? '…' : '')) : 'an empty string';
    ctx.findings.push(report('endpoint-not-https', spanOf(node), `Endpoint must be an SSL URI starting with https://; found ${found}.${http ? ' Use https://.' : ''}`, { fixes }));
    return;
  }
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    host = '';
  }
  if (!host || /\s/.test(url)) {
    ctx.findings.push(report('endpoint-invalid-url', spanOf(node), `Endpoint "${url}" is not a valid URL with a host name: write the full https:// URL of the MSIX package.`));
  }
}

function repeatedEntry(ctx: RuleContext, key: string, item: Node, first: Node): void {
  ctx.findings.push(report('duplicate-array-item', spanOf(item), `${key} lists ${JSON.stringify(item.value)} more than once; each entry may appear once. Remove the repeat.`, {
    fixes: [{ title: `Remove the repeated ${JSON.stringify(item.value)}`, edits: [deleteMember(item, ctx.text)], safeForFixAll: true }],
    related: [{ span: spanOf(first), message: 'first occurrence' }],
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
    const fixes: Fix[] = use ? [{ title: `Replace "${code}" with "${use}"`, edits: [replaceNode(item, JSON.stringify(use))], safeForFixAll: true }] : [];
    const members = REGION_GROUPS[code.toUpperCase()];
    if (members) fixes.push({ title: `Replace "${code}" with its ${members.length} member states`, edits: [replaceNode(item, members.map((m) => JSON.stringify(m)).join(', '))] });
    if (!use) fixes.push({ title: `Remove "${code}"`, edits: [deleteMember(item, ctx.text)] });
    if (check.lowercase && check.suggestion === code.toUpperCase()) {
      ctx.findings.push(report('region-lowercase', spanOf(item), `Region "${code}" is lowercase: ISO 3166-1 codes are uppercase and Windows reports the device region in uppercase (whether matching ignores case is not documented). Write "${use}".`, { fixes }));
    } else {
      ctx.findings.push(report('region-not-assigned', spanOf(item), `Region "${code}" is not an assigned ISO 3166-1 alpha-2 code: ${check.reason}${use ? `. Use "${use}"` : ''}.${members ? ' A device reports its own country, never a group: list the member states, or remove the entry.' : ''}`, { fixes }));
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
      ctx.findings.push(report('edition-unknown', spanOf(item), `Edition ${code} is not a known GetProductInfo edition code: use a code such as 48 (Pro) or 101 (Home).`));
    } else if (info.server) {
      ctx.findings.push(report('edition-server', spanOf(item), `Edition ${code} (${info.name}) is a Server edition: the AppOrchestration module refuses to run on Server, so this entry never matches. Remove it.`, {
        fixes: [{ title: `Remove ${code}`, edits: [deleteMember(item, ctx.text)] }],
      }));
    }
  }
}
