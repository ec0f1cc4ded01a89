/**
 * Failures of the output folder (not of the data): a disk that is full, a folder that is
 * read-only or not a folder, a symlink where a folder should be, another run holding the
 * folder. Takes the system error and the path it concerns; returns an OutputError whose
 * message is one Chinese line saying which path and what to do. `fatal` errors stop the
 * run (every later unit would fail the same way); the others fail one unit.
 */
import { msg } from '../text/msg.js';

export class OutputError extends Error {
  constructor(
    message: string,
    /** True when the whole output folder is unusable, so the run stops. */
    readonly fatal: boolean,
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

const code = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | undefined)?.code;

/** Turns a file-system error met while writing `path` into an OutputError; other errors pass through. */
export function describeWriteError(err: unknown, path: string): unknown {
  if (err instanceof OutputError) return err;
  switch (code(err)) {
    case 'ENOSPC':
      return new OutputError(
        msg`磁盘空间不足，无法写入 ${path}；请清理该磁盘或用 --out 换一个空间足够的文件夹后重新运行（已生成的旧文件保持不变）`,
        true,
      );
    case 'EDQUOT':
      return new OutputError(
        msg`磁盘配额已用完，无法写入 ${path}；请清理空间或用 --out 换一个文件夹后重新运行（已生成的旧文件保持不变）`,
        true,
      );
    case 'EROFS':
      return new OutputError(msg`${path} 所在的文件系统是只读的，无法写入；请用 --out 换一个可写的文件夹`, true);
    case 'EACCES':
    case 'EPERM':
      return new OutputError(msg`没有写入 ${path} 的权限；请检查该文件夹的权限，或用 --out 换一个可写的文件夹`, true);
    case 'ENOTDIR':
      return new OutputError(msg`${path} 的上级路径中有一个是文件而不是文件夹；请删除或改名该文件，或用 --out 换一个文件夹`, true);
    case 'ELOOP':
      return new OutputError(msg`${path} 是符号链接，为防止写到 --out 之外，拒绝通过符号链接写入；请删除该链接后重新运行`, false);
    case 'ENAMETOOLONG':
      return new OutputError(msg`路径过长，文件系统不接受：${path}；请缩短单位或项目名称，或用 --out 换一个层级较浅的文件夹`, false);
    case 'ENOENT':
      return new OutputError(
        msg`写入时 ${path} 或其上级文件夹不见了（可能被其他程序移走或删除）；请确认没有其他程序在整理 --out 后重新运行`,
        false,
      );
    case 'EIO':
      return new OutputError(msg`写入 ${path} 时磁盘读写出错（EIO）；请检查磁盘后重新运行`, true);
    default:
      return err;
  }
}

/** The error to report when `path` is a symlink below --out. */
export function symlinkRefused(path: string, target: string): OutputError {
  return new OutputError(
    msg`${path} 是指向 ${target} 的符号链接；为防止写到 --out 之外，拒绝通过符号链接写入。请删除该链接（或把它换成普通文件夹）后重新运行`,
    false,
  );
}
