import type { ValidateFunction } from 'ajv';

/** ajv standalone validators generated from schemas/ (see scripts/gen-validators.ts). */
export const registration: ValidateFunction;
export const payload: ValidateFunction;
