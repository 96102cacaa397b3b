import editionsJson from './windows-editions.json';

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
  sources: string[];
}

const EDITIONS: readonly EditionInfo[] = editionsJson as EditionInfo[];
const BY_CODE = new Map<number, EditionInfo>(EDITIONS.map((e) => [e.code, e]));

export function editionInfo(code: number): EditionInfo | undefined {
  return BY_CODE.get(code);
}

/** Every known edition, in code order (completions). */
export function allEditions(): readonly EditionInfo[] {
  return EDITIONS;
}
