/**
 * What a run prints while it works. On a terminal: a progress bar on stderr, redrawn in
 * place, with each unit's result printed above it. Elsewhere (logs, CI, cron): one plain
 * line per unit, nothing redrawn. Takes the total and the output streams; returns the
 * reporter the CLI calls.
 */

export interface ProgressReporter {
  /** A message line (a result, an error); printed above the bar on a terminal. */
  line(text: string, stream?: 'out' | 'err'): void;
  /** One more unit finished (generated, refused or failed). */
  advance(label: string): void;
  done(): void;
}

const BAR_WIDTH = 24;

export function createProgress(
  total: number,
  out: NodeJS.WriteStream = process.stdout,
  err: NodeJS.WriteStream = process.stderr,
): ProgressReporter {
  let finished = 0;
  let lastLabel = '';
  const onTerminal = Boolean(err.isTTY) && total > 1 && !process.env.CI;

  const clearBar = (): void => {
    if (onTerminal) err.write('\r\x1b[2K');
  };
  const drawBar = (): void => {
    if (!onTerminal) return;
    const filled = Math.round((finished / total) * BAR_WIDTH);
    err.write(`\r\x1b[2K[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${finished}/${total} ${lastLabel}`);
  };

  return {
    line(text, stream = 'out') {
      clearBar();
      (stream === 'err' ? err : out).write(`${text}\n`);
      drawBar();
    },
    advance(label) {
      finished += 1;
      lastLabel = label;
      drawBar();
    },
    done() {
      clearBar();
    },
  };
}
