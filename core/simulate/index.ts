// The simulator (domain.md §3): what the CLI, the server and the preview panel share.
export { simulate } from './simulate';
export { renderSimulation } from './rendered';
export { defaultScenario, readScenario } from './scenario';
export { normalizeScenario, parseScenario } from './scenarioInput';
export type { Scenario, ScenarioInput, ScenarioResult, ScriptedOutcome, Phase, DeviceState, Conditions, Assumptions } from './scenario';
export type { Attempt, AttemptResult, Cooldown, ExtraDocument, LocatedRegistration, LocatedSimulationResult, RenderedRegistration, RenderedSimulationResult, SimulateParams, SimulatedRegistration, SimulationResult, SimulationRowsAnswer, SimulationStatus } from './result';
export { patchRows, rowDeltaOf, rowDeltaProblem, rowsSent, type RowsDelta } from './rowDelta';
export { SIMULATE_REQUEST } from './result';
export { WINDOW_MINUTES, COOLDOWN_MINUTES } from './schedule';
export { formatTable } from './table';
