/**
 * How the shares of one total are rounded (src/compute/shares.ts, ARCHITECTURE.md §3): each
 * on its own (the default), or bent so that each list adds up to exactly 100.00%.
 */
export const SHARE_POLICIES = ['independent', 'last-absorbs', 'largest-remainder'] as const;
export type SharePolicy = (typeof SHARE_POLICIES)[number];
