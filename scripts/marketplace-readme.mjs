// Writes out/marketplace/README.md: docs/marketplace/README.md with every docs/images/ picture
// inlined as a data: URI. The Extensions view renders the README in a webview that does not resolve
// relative links to files in the .vsix, and the package has no repository to point https links at.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const source = readFileSync(join(root, 'docs', 'marketplace', 'README.md'), 'utf8');
const inlined = source.replace(/\]\((docs\/images\/[\w.-]+\.png)\)/g, (_, path) => `](data:image/png;base64,${readFileSync(join(root, path)).toString('base64')})`);
mkdirSync(join(root, 'out', 'marketplace'), { recursive: true });
writeFileSync(join(root, 'out', 'marketplace', 'README.md'), inlined);
console.log(`marketplace-readme: out/marketplace/README.md (${Math.round(inlined.length / 1024)} KB)`);
