import type { ServerFeature } from '../context';

export const simulateFeature: ServerFeature = {
  capabilities: () => ({}),
  register: () => {},
};
