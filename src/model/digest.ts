import * as crypto from 'node:crypto';

// The one-shot hash (Node 20.12+) skips the Hash object and its stream machinery, which cost several
// times the hashing itself for the short strings Readout hashes (article texts, claim and engagement
// ids). The digest is the same as createHash(...).update(data, 'utf8').digest('hex').
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** The hex digest of a string's UTF-8 bytes. */
export function hexDigest(algorithm: 'sha1' | 'sha256', data: string): string {
  return oneShot ? oneShot(algorithm, data, 'hex') : crypto.createHash(algorithm).update(data, 'utf8').digest('hex');
}
