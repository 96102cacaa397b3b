import type { ServerFeature } from '../context';

export const diagnosticsFeature: ServerFeature = {
  capabilities: () => ({}),
  register: () => {},
};
