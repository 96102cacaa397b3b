import type { ServerFeature } from '../context';

export const codeLensFeature: ServerFeature = {
  capabilities: () => ({}),
  register: () => {},
};
