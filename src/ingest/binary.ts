import { UserError } from '../model/errors.ts';
import signatureData from './data/binary-signatures.json' with { type: 'json' };

interface Signature {
  kind: string;
  magic: Buffer;
  contains: string | null;
  hint: string;
}

const SIGNATURES: Signature[] = signatureData.signatures.map((s) => ({
  kind: s.kind,
  magic: Buffer.from(s.magic, 'hex'),
  contains: 'contains' in s && typeof s.contains === 'string' ? s.contains : null,
  hint: s.hint,
}));

// Text never holds NUL, but UTF-16 holds one in every other byte; those files are caught by their
// BOM (or the BOM-less check) before this limit applies.
const NUL_WINDOW = 8192;
const CONTAINS_WINDOW = 4096;

function binaryError(name: string, kind: string, hint: string): UserError {
  return new UserError('binary-input', `${name}: looks like a binary file (${kind}), not text or HTML`, hint);
}

/** Refuses formats that are not text (PDF, Office archives, images, compressed files, programs). */
export function assertNotBinary(bytes: Buffer, name: string, mayHoldNul: boolean): void {
  for (const sig of SIGNATURES) {
    if (bytes.length < sig.magic.length || !bytes.subarray(0, sig.magic.length).equals(sig.magic)) continue;
    if (sig.contains !== null && !bytes.subarray(0, CONTAINS_WINDOW).includes(sig.contains, 0, 'latin1')) continue;
    throw binaryError(name, sig.kind, sig.hint);
  }
  if (!mayHoldNul && bytes.subarray(0, NUL_WINDOW).includes(0)) {
    throw binaryError(name, 'it contains NUL bytes', 'extract the text first, e.g. pdftotext for a PDF, or re-save the file as plain text');
  }
}
