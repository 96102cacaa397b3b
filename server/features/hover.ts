import type { ServerFeature } from '../context';

export const hoverFeature: ServerFeature = {
  capabilities: () => ({}),
  register: () => {},
};
