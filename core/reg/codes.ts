import type { RuleInfo } from '../diagnostics/types';

/** Catalogue entries of this area (gathered in core/diagnostics/catalogue.ts). */
export const regRules: RuleInfo[] = [];
