import { readFileSync } from 'node:fs';

/** The extractor's version is the package's: stored with every claim so reprocess knows what produced it. */
export const EXTRACTOR_VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
