// The shape every headless subcommand has, so `cli.ts` is a table and a dispatcher only.

/** Exit codes shared by all subcommands. */
export const EXIT = {
  /** Everything asked for succeeded (for validate-pdf: every file is an acceptable PDF). */
  OK: 0,
  /** The command ran, and its answer is "no" for at least one input. */
  FAILED: 1,
  /** The command line itself was wrong; nothing was done. */
  USAGE: 2,
} as const;

export interface CliOutput {
  /** One line to standard output (the command's answer). */
  out(line: string): void;
  /** One line to standard error (usage, diagnostics). */
  err(line: string): void;
}

export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage text printed with a usage error or --help. */
  usage: string;
  /** Runs with the arguments after the subcommand name; resolves to the exit code, never rejects. */
  run(args: readonly string[], io: CliOutput): Promise<number>;
}
