// Preview panel webview script (runs in the webview, not in the extension host).
export {};
