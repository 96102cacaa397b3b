import type { ServerFeature } from '../context';

export const completionFeature: ServerFeature = {
  capabilities: () => ({}),
  register: () => {},
};
