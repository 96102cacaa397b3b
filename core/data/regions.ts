// The per-table modules: the package index would also load every subdivision (ISO 3166-2).
import { iso31661 } from 'iso-3166/1.js';
import { iso31661Reserved } from 'iso-3166/1-reserved.js';
import { iso31661Alpha3ToAlpha2 } from 'iso-3166/1-a3-to-1-a2.js';
// Country names from i18n-iso-countries' locale tables, read directly: its code would also bring
// the alpha-3/numeric tables and a diacritics folder for name search, which we never use (≈ 17 KB
// of every bundle). `getName(code, lang)` is the first name of the entry; a test checks we agree.
import enNames from 'i18n-iso-countries/langs/en.json';
import koNames from 'i18n-iso-countries/langs/ko.json';

import { jsonPhrase } from '../rules/json';
import type { Message } from '../rules/message';

const COUNTRY_NAMES: Readonly<Record<'en' | 'ko', Readonly<Record<string, string | readonly string[]>>>> = { en: enNames.countries, ko: koNames.countries };

/** i18n-iso-countries' official name: the first of an entry's names. */
function countryName(alpha2: string, lang: 'en' | 'ko'): string | undefined {
  const names = COUNTRY_NAMES[lang][alpha2];
  return typeof names === 'string' ? names : names?.[0];
}

export type RegionStatus =
  | 'assigned'
  | 'exceptionally-reserved'
  | 'transitionally-reserved'
  | 'indeterminately-reserved'
  | 'formerly-assigned'
  | 'user-assigned'
  | 'unassigned'
  | 'malformed';

/** What ISO 3166-1 says about a region code, and what to use instead when it is wrong. */
export interface RegionCheck {
  code: string;
  /** Assigned as written (uppercase alpha-2, officially assigned). */
  valid: boolean;
  status: RegionStatus;
  /** The status of the uppercase form, when `code` is not uppercase. */
  lowercase: boolean;
  /** Official name (assigned) or the reserved entry's name. */
  name?: string;
  /** The assigned code to use instead, when there is an unambiguous one. */
  suggestion?: string;
  /** Why the code is not a valid region, one sentence in English (logs, tests); '' when valid. Users read `regionReason(check)`. */
  reason: string;
  /** What to know about a valid code that is not an ISO 3166-1 assignment (hover text). */
  note?: string;
}

/** XK is user-assigned in ISO 3166-1, but Windows' own geo data lists Kosovo as XK: devices there report it. */
const KOSOVO = {
  name: 'Kosovo',
  note: 'XK is a user-assigned code, not an ISO 3166-1 assignment; Windows\' own geo data uses it for Kosovo, so a device set to Kosovo reports XK.',
};

export interface RegionEntry {
  code: string;
  name: string;
}

const ASSIGNED = new Map<string, string>(iso31661.map((e) => [e.alpha2, e.name]));
const RESERVED = new Map<string, { state: RegionStatus; name: string }>(iso31661Reserved.map((e) => [e.alpha2, { state: e.state, name: e.name }]));

/** The classic mistakes and the code meant (domain docs: UK → GB, EL → GR). */
const MEANT: Readonly<Record<string, { use: string; why: string }>> = {
  UK: { use: 'GB', why: 'UK is exceptionally reserved (used by the UK itself), not an assigned code' },
  EL: { use: 'GR', why: 'EL is the European Union\'s abbreviation for Greece, not an ISO 3166-1 code' },
};

function isUserAssigned(c: string): boolean {
  return c === 'AA' || c === 'ZZ' || (c[0] === 'Q' && c[1] >= 'M' && c[1] <= 'Z') || c[0] === 'X';
}

const STATUS_TEXT: Partial<Record<RegionStatus, string>> = {
  'exceptionally-reserved': 'exceptionally reserved',
  'transitionally-reserved': 'transitionally reserved (a former code)',
  'indeterminately-reserved': 'indeterminately reserved (used outside ISO 3166)',
  'formerly-assigned': 'formerly assigned (no longer in use)',
};

const cache = new Map<string, RegionCheck>();

/** Checks a region code against ISO 3166-1 (iso-3166 decides validity; XK, user-assigned, is accepted as Windows uses it for Kosovo). */
export function checkRegion(code: string): RegionCheck {
  const hit = cache.get(code);
  if (hit) return hit;
  const result = computeCheck(code);
  if (cache.size < 4096) cache.set(code, result);
  return result;
}

function computeCheck(code: string): RegionCheck {
  const upper = code.toUpperCase();
  const lowercase = upper !== code;
  const base = { code, lowercase };
  if (/^[A-Z]{3}$/.test(upper)) {
    const a2 = iso31661Alpha3ToAlpha2[upper];
    return { ...base, valid: false, status: 'malformed', suggestion: a2, reason: a2 ? `${code} is an alpha-3 code; regions are alpha-2 (${a2})` : `${code} is not an alpha-2 code (two letters)` };
  }
  if (!/^[A-Z]{2}$/.test(upper)) {
    const trimmed = upper.trim();
    const suggestion = trimmed !== upper && ASSIGNED.has(trimmed) ? trimmed : undefined;
    return { ...base, valid: false, status: 'malformed', suggestion, reason: `"${code}" is not an alpha-2 code (two letters A-Z${suggestion ? ', no spaces' : ''})` };
  }
  const assigned = ASSIGNED.get(upper);
  if (assigned !== undefined) {
    return { ...base, valid: !lowercase, status: 'assigned', name: assigned, suggestion: lowercase ? upper : undefined, reason: lowercase ? `${code} is lowercase; ISO 3166-1 codes are uppercase (${upper})` : '' };
  }
  const meant = MEANT[upper];
  const reserved = RESERVED.get(upper);
  if (reserved) {
    const why = meant?.why ?? `${upper} (${reserved.name}) is ${STATUS_TEXT[reserved.state] ?? reserved.state}, not an assigned code`;
    return { ...base, valid: false, status: reserved.state, name: reserved.name, suggestion: meant?.use, reason: why };
  }
  if (upper === 'XK') {
    return { ...base, valid: !lowercase, status: 'user-assigned', ...KOSOVO, suggestion: lowercase ? upper : undefined, reason: lowercase ? `${code} is lowercase; region codes are uppercase (${upper})` : '' };
  }
  if (isUserAssigned(upper)) {
    return { ...base, valid: false, status: 'user-assigned', reason: `${upper} is in the user-assigned range, not an assigned code` };
  }
  return { ...base, valid: false, status: 'unassigned', suggestion: meant?.use, reason: meant?.why ?? `${upper} is not an assigned ISO 3166-1 alpha-2 code` };
}

const RESERVED_STATUS: Partial<Record<RegionStatus, Message>> = {
  'exceptionally-reserved': jsonPhrase.exceptionallyReserved(),
  'transitionally-reserved': jsonPhrase.transitionallyReserved(),
  'indeterminately-reserved': jsonPhrase.indeterminatelyReserved(),
  'formerly-assigned': jsonPhrase.formerlyAssigned(),
};

/**
 * Why an upper-case code is not a valid region, as a message (rendered in the user's language at the
 * edge): the same cases, in the same order, as checkRegion decides them, the same English words as
 * `reason`. Lower-case codes have their own rule (region-lowercase) and hover text.
 */
export function regionReason(check: RegionCheck): Message {
  const code = check.code;
  const upper = code.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) return check.suggestion ? jsonPhrase.regionAlpha3({ code, use: check.suggestion }) : jsonPhrase.regionNotAlpha2({ code });
  if (check.status === 'malformed') return check.suggestion ? jsonPhrase.regionMalformedSpaces({ code }) : jsonPhrase.regionMalformed({ code });
  if (upper === 'UK') return jsonPhrase.regionUK();
  if (upper === 'EL') return jsonPhrase.regionEL();
  const status = RESERVED_STATUS[check.status];
  if (status) return jsonPhrase.regionReserved({ code: upper, name: check.name ?? upper, status });
  if (check.status === 'user-assigned') return jsonPhrase.regionUserAssigned({ code: upper });
  return jsonPhrase.regionUnassigned({ code: upper });
}

export type RegionLocale = 'en' | 'ko';

/** The country's name in English or Korean (i18n-iso-countries), falling back to ISO's English name. */
export function regionName(code: string, locale: string = 'en'): string | undefined {
  const upper = code.toUpperCase();
  const lang: RegionLocale = locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  if (!ASSIGNED.has(upper)) return RESERVED.get(upper)?.name;
  return countryName(upper, lang) ?? ASSIGNED.get(upper);
}

/** The 249 assigned codes with their names, sorted by code (completions). */
export function allRegions(locale: string = 'en'): RegionEntry[] {
  return [...ASSIGNED.keys()].sort().map((code) => ({ code, name: regionName(code, locale) ?? code }));
}

/**
 * Reserved codes that stand for a group of countries, with the assigned codes of its members: what
 * to write instead (a device reports its own country, never the group). EU: the 27 member states
 * since 1 February 2020.
 */
export const REGION_GROUPS: Readonly<Record<string, readonly string[]>> = {
  EU: ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'],
};
