import type { ServerFeature } from '../context';
import { diagnosticsFeature } from './diagnostics';
import { codeActionsFeature } from './codeActions';
import { symbolsFeature } from './symbols';
import { completionFeature } from './completion';
import { hoverFeature } from './hover';
import { codeLensFeature } from './codeLens';
import { simulateFeature } from './simulate';

export const features: ServerFeature[] = [
  diagnosticsFeature,
  codeActionsFeature,
  symbolsFeature,
  completionFeature,
  hoverFeature,
  codeLensFeature,
  simulateFeature,
];
