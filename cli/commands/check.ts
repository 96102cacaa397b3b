import type { CliIO } from '../io';
import { EXIT_USAGE } from '../io';

export async function checkCommand(args: string[], io: CliIO): Promise<number> {
  void args;
  io.stderr('expedite check: not implemented yet\n');
  return EXIT_USAGE;
}
