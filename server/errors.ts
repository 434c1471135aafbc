/**
 * Errors a person is expected to read and act on (bad configuration, missing file, a database
 * written by a newer Parallax, PostgreSQL down). The CLI prints their message alone, without a
 * stack trace: the message already says what happened and what to do. Anything else is a bug
 * and keeps its stack.
 */
export class UserFacingError extends Error {
  override readonly name: string = 'UserFacingError';
}

/** An environment variable has a value Parallax cannot use. */
export class ConfigError extends UserFacingError {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}
