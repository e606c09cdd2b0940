import assert from 'node:assert/strict';
import { UserError } from '../../src/model/errors.ts';

/** Asserts that `run` throws a UserError with `code` whose message names `name`. */
export function assertUserError(run: () => unknown, code: string, name: string): UserError {
  let caught: unknown;
  try {
    run();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof UserError, `expected a UserError, got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  assert.ok(caught.message.includes(name), `message should name ${name}: ${caught.message}`);
  assert.ok(caught.hint && caught.hint.length > 0, 'a UserError carries a hint');
  return caught;
}

export async function assertRejectsUserError(run: () => Promise<unknown>, code: string, name: string): Promise<UserError> {
  let caught: unknown;
  try {
    await run();
  } catch (e) {
    caught = e;
  }
  return assertUserError(() => {
    if (caught !== undefined) throw caught;
  }, code, name);
}
