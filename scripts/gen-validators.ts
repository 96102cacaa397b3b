// Regenerates core/json/generated/validators.js (ajv standalone code for schemas/*.schema.json).
// Usage: node --import tsx scripts/gen-validators.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { standaloneValidatorsSource } from '../core/json/standalone';

const target = join(__dirname, '..', 'core', 'json', 'generated', 'validators.js');
writeFileSync(target, standaloneValidatorsSource());
process.stderr.write(`wrote ${target}\n`);
