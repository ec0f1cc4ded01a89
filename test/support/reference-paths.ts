/** Where the shared reference output comes from and how its run reports its end (global-setup.ts, reference-output.ts). */
export const REFERENCE_DATA = 'data/2023/遂宁市安居区司法局.json';
export const REFERENCE_UNIT = '遂宁市安居区司法局';
/** Written beside the output when the generating run has ended: its exit code and stderr. */
export const REFERENCE_STATUS = 'generation-status.json';
