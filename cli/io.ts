/** What a CLI command gets: arguments after the command name, and where to write. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The whole of stdin (for the PATH `-`). */
  readStdin?: () => Promise<Uint8Array>;
}

/** Exit codes (contracts.md): 0 done, 1 error-severity finding or failed apply/verify, 2 usage/input/backend. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export type CliCommand = (args: string[], io: CliIO) => Promise<number>;
