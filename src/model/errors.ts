/**
 * A mistake in what the user gave us (a missing file, a bad date, unreadable bytes). The CLI prints
 * `message` and `hint` and exits non-zero without a stack trace; anything else is a bug.
 */
export class UserError extends Error {
  readonly code: string;
  readonly hint: string | null;
  constructor(code: string, message: string, hint: string | null = null) {
    super(message);
    this.name = 'UserError';
    this.code = code;
    this.hint = hint;
  }
}
