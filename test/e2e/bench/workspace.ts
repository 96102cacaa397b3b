// The benchmark's workspaces: per size, a .reg of N registrations (bench/generate.ts), the same
// registrations as a plain JSON file for VS Code's own JSON support (the peer), the JSON schema that
// holds the same per-registration rules, and one updater_*.json registration file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registrationFile, registrationsReg, rng } from '../../../bench/generate';

export interface Caret {
  /** 1-based, as Go to Line takes it. */
  line: number;
  /** 1-based column just after the character the keystrokes follow. */
  column: number;
}

export interface BenchWorkspace {
  folder: string;
  /** The peer's file and schema alone: its fresh window restores none of our editors. */
  peerFolder: string;
  size: number;
  reg: string;
  peer: string;
  updater: string;
  /** After the MaxRetryCount digit of the middle registration: typing `0` makes it out of range. */
  regRetryCaret: Caret;
  peerRetryCaret: Caret;
  updaterRetryCaret: Caret;
  /** Inside the middle registration's PFN, before the `_`: typing a letter changes its preview row. */
  regPfnCaret: Caret;
  /** That registration's PFN as the preview shows it. */
  pfn: string;
}

export const REG_FILE = 'bench.reg';
export const PEER_FILE = 'peer.json';
export const UPDATER_FILE = 'updater_Bench.json';

/** 1-based line and the column after the first match of `after` at or past `from` (offset). */
function caretAfter(text: string, after: string | RegExp, from = 0): Caret {
  const rest = text.slice(from);
  const m = typeof after === 'string' ? { index: rest.indexOf(after), 0: after } : after.exec(rest);
  if (!m || m.index < 0) throw new Error(`no ${String(after)} in the generated file`);
  const end = from + m.index + m[0].length;
  const before = text.slice(0, end);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: end - lineStart + 1 };
}

/**
 * The payload schema (the rules the server checks in every payload) wrapped for a list of
 * registrations. A priority is 1..100, so above 100 registrations every one of ours shares its
 * priority and carries an equal-priority finding; JSON Schema cannot say "shared", so with
 * `shared` marks those registrations in the peer's file and a rule that `shared` breaks gives the
 * peer a finding on each (editors pay for every finding they hold, whether it changes or not).
 * VS Code draws only some of them: the peer marks at most 900 (see MAX_MARKED).
 */
export function peerSchema(repoRoot: string): Record<string, unknown> {
  const payload = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'payload.schema.json'), 'utf8')) as Record<string, unknown>;
  delete payload.$schema;
  delete payload.$id;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'array',
    items: {
      type: 'object',
      required: ['name', 'updaterPriority', 'expeditedPayload'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1 },
        updaterPriority: { type: 'integer', minimum: 1, maximum: 100 },
        shared: { not: {} },
        expeditedPayload: payload,
      },
    },
  };
}

/**
 * How many registrations the peer marks at most: VS Code keeps 1,000 findings a file (errors and
 * warnings first) and draws squiggles for the first 500 of them, in the order the language server
 * gave (the peer's: by position, all warnings). So the peer marks the rows below the edited one
 * first, and fewer than 500 above it, or its keystroke's new warning would never be drawn.
 */
const MAX_MARKED = 900;
const MAX_MARKED_ABOVE = 400;

/**
 * The registrations of `reg` as the peer's JSON: one registration a line, the payload as an object;
 * `shared: true` where ours shows an equal-priority finding, all but the edited one, at most MAX_MARKED.
 */
function peerText(reg: string, edited: string): string {
  const shared = new Set(reg.match(/(?<=\\)Fabrikam_Tool\d+(?=\])/g) ?? []);
  if (shared.size <= 100) shared.clear(); // distinct priorities: no finding
  const names = [...shared];
  const at = names.indexOf(edited);
  const below = at < 0 ? names : names.slice(at + 1, at + 1 + MAX_MARKED);
  const room = Math.min(MAX_MARKED_ABOVE, MAX_MARKED - below.length);
  const above = at < 0 || room <= 0 ? [] : names.slice(Math.max(0, at - room), at);
  const marked = new Set([...above, ...below].slice(0, MAX_MARKED));
  const rows: string[] = [];
  const keyRe = /^\[[^\]]*\\UScheduler_OOBE\\([^\]]+)\]\r?\n"updaterPriority"=dword:([0-9a-f]{8})\r?\n"expeditedPayload"="(.*)"\r?$/gm;
  for (let m = keyRe.exec(reg); m; m = keyRe.exec(reg)) {
    const payload = JSON.parse(m[3].replace(/\\(["\\])/g, '$1')) as unknown;
    rows.push(`  ${JSON.stringify({ name: m[1], updaterPriority: parseInt(m[2], 16), ...(marked.has(m[1]) ? { shared: true } : {}), expeditedPayload: payload })}`);
  }
  return `[\n${rows.join(',\n')}\n]\n`;
}

export function writeBenchWorkspace(parent: string, size: number, repoRoot: string): BenchWorkspace {
  const folder = join(parent, `registrations-${size}`);
  mkdirSync(folder, { recursive: true });
  // One out-of-range value in the first registration: a squiggle at the top of both files, for
  // open-to-first-squiggle (the peer's file has no other findings).
  const reg = registrationsReg(size).replace('\\"MaxRetryCount\\":1', '\\"MaxRetryCount\\":9');
  const middle = Math.floor(size / 2);
  const peer = peerText(reg, `Fabrikam_Tool${middle}`);
  const updater = registrationFile(0, rng(5));
  writeFileSync(join(folder, REG_FILE), reg);
  writeFileSync(join(folder, PEER_FILE), peer);
  writeFileSync(join(folder, UPDATER_FILE), updater);
  // The peer's schema, for this folder only (its findings depend on the size).
  const schema = peerSchema(repoRoot);
  const peerFolder = `${folder}-peer`;
  for (const dir of [folder, peerFolder]) {
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'json.schemas': [{ fileMatch: [`/${PEER_FILE}`], schema }] }, null, 2));
  }
  writeFileSync(join(peerFolder, PEER_FILE), peer);
  const regKey = reg.indexOf(`\\Fabrikam_Tool${middle}]`);
  const peerRow = peer.indexOf(`"name":"Fabrikam_Tool${middle}"`);
  const pfn = new RegExp(`Fabrikam\\.Tool${middle}_[0-9a-z]+`).exec(reg.slice(regKey))?.[0];
  if (regKey < 0 || peerRow < 0 || !pfn) throw new Error(`registration ${middle} is missing from the generated files`);
  return {
    folder,
    peerFolder,
    size,
    reg: join(folder, REG_FILE),
    peer: join(folder, PEER_FILE),
    updater: join(folder, UPDATER_FILE),
    regRetryCaret: caretAfter(reg, /\\"MaxRetryCount\\":\d/, regKey),
    peerRetryCaret: caretAfter(peer, /"MaxRetryCount":\d/, peerRow),
    updaterRetryCaret: caretAfter(updater, /"MaxRetryCount": \d/),
    regPfnCaret: caretAfter(reg, `Fabrikam.Tool${middle}`, regKey),
    pfn,
  };
}
