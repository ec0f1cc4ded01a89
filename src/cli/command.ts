/**
 * What the three commands share (`npm run generate`, `workbook`, `import`): the exit codes,
 * the usage error (exit 64), node's parseArgs with its complaint turned into a usage error,
 * and, for `workbook` and `import` (whose `main(argv)` returns the exit code), the frame
 * around their work: a usage error and the pointer to --help, --help itself, and a failure
 * said in one line (an existing file that was not replaced is exit 1, anything else 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ExistsError } from './write-file.js';
import { msg } from '../text/msg.js';

export const EXIT = { ok: 0, invalidInput: 1, failure: 2, usage: 64 } as const;

export class UsageError extends Error {}

/** node's parseArgs; an unknown option or a missing value is a UsageError. */
export function parseArgsOrUsage<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError(msg`参数错误：${(err as Error).message}`);
  }
}

export interface Command<O extends { help: boolean }> {
  /** As in `npm run <name>`. */
  name: string;
  help: string;
  /** Throws UsageError for wrong usage. */
  parse(argv: string[]): O;
  /** Returns the exit code. */
  run(options: O): Promise<number>;
}

/** Runs a command with its arguments; returns the exit code. */
export async function runCommand<O extends { help: boolean }>(command: Command<O>, argv: readonly string[]): Promise<number> {
  let options: O;
  try {
    options = command.parse([...argv]);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(err.message);
    console.error(msg`运行 npm run ${command.name} -- --help 查看用法。`);
    return EXIT.usage;
  }
  if (options.help) {
    console.log(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(options);
  } catch (err) {
    console.error(`✗ ${(err as Error).message}`);
    return err instanceof ExistsError ? EXIT.invalidInput : EXIT.failure;
  }
}
