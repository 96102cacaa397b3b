// Bundled and run by elevation.test.ts on Windows' node.exe: what the detection says there.
import { detectElevation } from '../../backends/elevation';

void detectElevation().then((status) => process.stdout.write(JSON.stringify(status)));
