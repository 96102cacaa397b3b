import editionsJson from './windows-editions.json';
import { defineMessages, type Message } from '../rules/message';

/** One GetProductInfo edition code (core/data/windows-editions.json, copied from the shared table). */
export interface EditionInfo {
  code: number;
  /** e.g. "0x00000030". */
  hex: string;
  /** e.g. "PRODUCT_PROFESSIONAL". */
  constant: string;
  /** e.g. "Pro". */
  name: string;
  /** A Server edition: Microsoft's AppOrchestration module refuses to run there. */
  server: boolean;
  /** Not a real edition (PRODUCT_UNDEFINED, PRODUCT_UNLICENSED). */
  special?: boolean;
  aliases?: string[];
  /** Where the code was found; in the repository's table only (the bundles leave it out: scripts/build.mjs). */
  sources?: string[];
}

// The bundles carry the table without `hex` and `sources` (scripts/build.mjs): `hex` is the code's.
const EDITIONS: readonly EditionInfo[] = (editionsJson as Omit<EditionInfo, 'hex'>[]).map((e) => ({ ...e, hex: `0x${e.code.toString(16).toUpperCase().padStart(8, '0')}` }));
const BY_CODE = new Map<number, EditionInfo>(EDITIONS.map((e) => [e.code, e]));

// Edition names are product names: Microsoft's Korean documentation writes them as they are
// ("Windows 11 Pro", "Enterprise N", "Education"), so every locale shows `name` (l10n/GLOSSARY.md).
// Only the two entries that are no product are words, and the frame around a name is a message.
const editionText = defineMessages('edition', {
  undefined: { en: 'Undefined (unknown product)', ko: '정의되지 않음(알 수 없는 제품)' },
  unlicensed: { en: 'Unlicensed', ko: '라이선스 없음' },
  labelled: { en: '{code} ({name})', ko: '{code} ({name})' },
});

/** The edition's name as users read it: the product name, or the words for a non-product entry. */
export function editionName(info: EditionInfo): Message | string {
  if (info.constant === 'PRODUCT_UNDEFINED') return editionText.undefined();
  if (info.constant === 'PRODUCT_UNLICENSED') return editionText.unlicensed();
  return info.name;
}

/** "48 (Pro)", or just the code for one the edition table does not know. */
export function editionLabel(code: number): Message | string {
  const info = editionInfo(code);
  return info ? editionText.labelled({ code, name: editionName(info) }) : String(code);
}

export function editionInfo(code: number): EditionInfo | undefined {
  return BY_CODE.get(code);
}

/** Every known edition, in code order (completions). */
export function allEditions(): readonly EditionInfo[] {
  return EDITIONS;
}
