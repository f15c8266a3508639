/** Rewrites the URL reference section of README.md from the URL parameter table. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withUrlReference } from './lib/urlReference';

const before = readFileSync('README.md', 'utf8');
const after = withUrlReference(before);
if (after !== before) writeFileSync('README.md', after);
console.log(after === before ? 'README.md URL reference is up to date' : 'README.md URL reference rewritten');
