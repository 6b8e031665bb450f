/** Ends a CLI command with this exit code and message (printed without a stack). */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}
