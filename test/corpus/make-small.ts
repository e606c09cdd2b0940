// Writes the committed part of the hostile corpus (inputs up to COMMIT_LIMIT bytes) into
// test/corpus/files/. Re-run after changing a case: node --import tsx test/corpus/make-small.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMIT_LIMIT, hostileCases } from './cases.ts';

const OUT = fileURLToPath(new URL('./files/', import.meta.url));
rmSync(OUT, { recursive: true, force: true });
let total = 0;
let n = 0;
for (const [name, bytes] of hostileCases()) {
  if (bytes.length > COMMIT_LIMIT) continue;
  mkdirSync(join(OUT, name, '..'), { recursive: true });
  writeFileSync(join(OUT, name), bytes);
  total += bytes.length;
  n++;
}
process.stdout.write(`${n} files, ${total.toLocaleString('en')} bytes in ${OUT}\n`);
