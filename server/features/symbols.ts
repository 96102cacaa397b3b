import type { ServerFeature } from '../context';

export const symbolsFeature: ServerFeature = {
  capabilities: () => ({}),
  register: () => {},
};
