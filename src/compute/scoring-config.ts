/**
 * The configurable scoring rules of the performance evaluation, in one place: the grade
 * bands (ARCHITECTURE.md §3, 财预〔2020〕10号) and the fractions of an indicator's weight that a
 * qualitative (定性) result earns. Takes nothing; exports constants and their types, which
 * the grade and indicator-score modules take as an optional argument.
 */

/** The four performance grades, as categories; the pack's wording.json names them (优/良/中/差). */
export type Grade = 'excellent' | 'good' | 'fair' | 'poor';

export interface GradeBand {
  /** Lowest score (inclusive) that earns this grade. */
  min: number;
  grade: Grade;
}

/**
 * Highest band first. Boundaries: ≥90 优, ≥80 良, ≥60 中, otherwise 差.
 * Note: the reference grades 100 points 良好 (its contradiction #5); these bands give 优.
 */
export const GRADE_BANDS: readonly GradeBand[] = [
  { min: 90, grade: 'excellent' },
  { min: 80, grade: 'good' },
  { min: 60, grade: 'fair' },
  { min: 0, grade: 'poor' },
];

/**
 * Share of the weight a 定性 indicator earns for its result, by the result's rank in the data
 * format's QUALITATIVE_RESULTS (best first: 优 1, 良 0.8, 中 0.6, 低 0.4, 差 0.2).
 */
export const QUALITATIVE_FRACTIONS: readonly number[] = [1, 0.8, 0.6, 0.4, 0.2];

/** The full points of a project's 自评表: 预算执行 plus 绩效指标. */
export const PROJECT_FULL_POINTS = 100;

/**
 * The 自评表's own rule (its 填表说明: "预算执行率未达到90%的需说明原因（100字以内）"): a
 * 预算执行率 below this many percent needs its reason in the 原因 cell.
 */
export const EXECUTION_RATE_NEEDING_REASON = 90;
