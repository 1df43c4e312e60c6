/** Bad usage: unknown option, malformed value. Exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** The command ran but could not do what was asked. Exit code 1. */
export class CommandFailed extends Error {
  readonly exitCode = 1;
}
