/**
 * Performance grade from a score. Takes a score in points and the grade bands (default
 * GRADE_BANDS); returns the grade (a category) of the highest band whose minimum the score reaches.
 */
import { dec, type Decimal } from './decimal.js';
import { GRADE_BANDS, type Grade, type GradeBand } from './scoring-config.js';
import { msg } from '../text/msg.js';

export function gradeFor(score: number | string | Decimal, bands: readonly GradeBand[] = GRADE_BANDS): Grade {
  const value = dec(score);
  const band = [...bands].sort((a, b) => b.min - a.min).find((b) => value.greaterThanOrEqualTo(b.min));
  if (!band) throw new Error(msg`得分${value.toString()}低于所有评分档次的下限`);
  return band.grade;
}
