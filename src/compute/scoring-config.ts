/**
 * The configurable scoring rules of the performance evaluation, in one place: the grade
 * bands (DESIGN §4, 财预〔2020〕10号) and the fractions of an indicator's weight that a
 * qualitative (定性) result earns. Takes nothing; exports constants and their types, which
 * the grade and indicator-score modules take as an optional argument.
 */

export interface GradeBand {
  /** Lowest score (inclusive) that earns this grade. */
  min: number;
  grade: string;
}

/**
 * Highest band first. Boundaries: ≥90 优, ≥80 良, ≥60 中, otherwise 差.
 * Note: the reference grades 100 points 良好 (its contradiction #5); these bands give 优.
 */
export const GRADE_BANDS: readonly GradeBand[] = [
  { min: 90, grade: '优' },
  { min: 80, grade: '良' },
  { min: 60, grade: '中' },
  { min: 0, grade: '差' },
];

/** Share of the weight a 定性 indicator earns for each result word (优 良 中 低 差). */
export const QUALITATIVE_FRACTIONS: Readonly<Record<string, number>> = {
  优: 1,
  良: 0.8,
  中: 0.6,
  低: 0.4,
  差: 0.2,
};

/** The full points of a project's 自评表: 预算执行 plus 绩效指标. */
export const PROJECT_FULL_POINTS = 100;
