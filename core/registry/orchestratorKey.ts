// The orchestrator's key (domain.md §1), spelled once for every layer: the core's rules, templates
// and conversions, the backends' reg.exe commands, the benchmarks.

/** The key below the root, without a view segment (`Wow6432Node`). */
export const ORCHESTRATOR_PATH = ['SOFTWARE', 'Microsoft', 'WindowsUpdate', 'Orchestrator', 'UScheduler_OOBE'] as const;

/** As `.reg` files and `reg export` write it, and as reg.exe accepts it. */
export const ORCHESTRATOR_KEY = `HKEY_LOCAL_MACHINE\\${ORCHESTRATOR_PATH.join('\\')}`;
