/**
 * Stage timing for the pipeline and the benchmark: a clock that adds the time since its
 * last lap to a named stage, and a helper that adds one set of stage times to another.
 */
export interface StageTimes {
  [stage: string]: number;
}

export class StageClock {
  readonly times: StageTimes = {};
  private last = performance.now();
  lap(stage: string): void {
    const now = performance.now();
    this.times[stage] = (this.times[stage] ?? 0) + (now - this.last);
    this.last = now;
  }
}

export function addTimes(into: StageTimes, from: StageTimes): void {
  for (const [stage, ms] of Object.entries(from)) into[stage] = (into[stage] ?? 0) + ms;
}
