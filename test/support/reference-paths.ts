/** Where the shared reference output comes from and how its run reports its start and end (global-setup.ts, reference-output.ts). */
export const REFERENCE_DATA = 'data/2023/遂宁市安居区司法局.json';
export const REFERENCE_UNIT = '遂宁市安居区司法局';
/** Created (exclusively) by the test worker that starts the generation: one generation per run. */
export const REFERENCE_STARTED = 'generation-started';
/** The generating process's id, for the teardown to stop a run still going. */
export const REFERENCE_PID = 'generation-pid';
/** Written beside the output when the generating run has ended: its exit code and stderr. */
export const REFERENCE_STATUS = 'generation-status.json';
