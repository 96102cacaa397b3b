// The documentation of every rule (what, why, the fix, examples), kept apart from the rule objects
// so that the language server's bundle does not carry it: only SARIF, the rule pages, the README
// table and the tests read it (scripts/check-layers.mjs keeps server/ and client/ away from it).
import type { RuleId } from '..';
import { jsonDocs } from './json';
import { regDocs } from './reg';
import { registryDocs } from './registry';
import { workspaceDocs } from './workspace';
import type { RuleDoc } from './types';

const docs: { readonly [K in RuleId]: RuleDoc } = { ...jsonDocs, ...regDocs, ...registryDocs, ...workspaceDocs };

export function ruleDocs(id: RuleId): RuleDoc {
  return docs[id];
}

export type { AreaDocs, RuleDoc, RuleExample } from './types';
