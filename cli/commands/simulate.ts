import type { CliIO } from '../io';
import { EXIT_USAGE } from '../io';

export async function simulateCommand(args: string[], io: CliIO): Promise<number> {
  void args;
  io.stderr('expedite simulate: not implemented yet\n');
  return EXIT_USAGE;
}
