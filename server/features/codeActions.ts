import type { ServerFeature } from '../context';

export const codeActionsFeature: ServerFeature = {
  capabilities: () => ({}),
  register: () => {},
};
