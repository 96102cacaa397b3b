// What the lazily loaded feature bundle (dist/clientCommands.js, client/features.ts) provides, named
// without loading it: activation registers stand-ins under these ids (client/lazyFeatures.ts).

/** Every contributed command but Show Log and Restart Language Server (registered at activation). */
export const FEATURE_COMMANDS: readonly string[] = [
  'expeditedApps.newRegistration',
  'expeditedApps.previewPriorityOrder',
  'expeditedApps.apply',
  'expeditedApps.remove',
  'expeditedApps.pull',
  'expeditedApps.compare',
  'expeditedApps.undoLastApply',
  'expeditedApps.saveAsReg',
  'expeditedApps.convertToRegistrationFile',
  'expeditedApps.convertToRegFile',
  'expeditedApps.formatPayload',
];

/** Read-only documents holding the target's side of a comparison (client/apply/targetContent.ts). */
export const TARGET_SCHEME = 'expedited-apps-target';

/** The preview panel's webview type (package.json: `onWebviewPanel:` activation). */
export const PREVIEW_VIEW_TYPE = 'expeditedApps.preview';
