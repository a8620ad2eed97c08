/**
 * File-system errors in plain Chinese (and English), for every host: Node's error codes (ENOENT, EACCES, …) and
 * the codes of VS Code's FileSystemError (FileNotFound, NoPermissions, …). No Node import: the web extension uses it.
 */

export interface Described {
  message: string;
  messageEn: string;
}

const CODES: Record<string, [zh: string, en: string]> = {
  ENOENT: ['文件或文件夹不存在', 'it does not exist'],
  FileNotFound: ['文件或文件夹不存在', 'it does not exist'],
  ENOTDIR: ['路径中有一段不是文件夹', 'a part of the path is not a folder'],
  FileNotADirectory: ['路径中有一段不是文件夹', 'a part of the path is not a folder'],
  EISDIR: ['这是文件夹，不是文件', 'it is a folder, not a file'],
  FileIsADirectory: ['这是文件夹，不是文件', 'it is a folder, not a file'],
  EBUSY: ['文件被占用（是否在 Word 或 WPS 中打开？）', 'the file is in use (open in Word or WPS?)'],
  ENOSPC: ['磁盘空间不足', 'the disk is full'],
  EDQUOT: ['超出磁盘配额', 'the disk quota is exceeded'],
  EROFS: ['所在磁盘是只读的', 'the disk is read-only'],
  EFBIG: ['文件超过系统允许的大小', 'the file is larger than the system allows'],
  EMFILE: ['同时打开的文件太多，请稍后重试', 'too many open files; try again'],
  ENFILE: ['同时打开的文件太多，请稍后重试', 'too many open files; try again'],
  ELOOP: ['符号链接层数过多（可能形成了循环）', 'too many levels of symbolic links (a loop?)'],
  ENAMETOOLONG: ['路径或文件名太长', 'the path or file name is too long'],
  EEXIST: ['文件已存在', 'the file already exists'],
  FileExists: ['文件已存在', 'the file already exists'],
  EIO: ['读写磁盘时出错', 'an input/output error occurred'],
  EINVAL: ['路径无效（可能含有系统不允许的字符）', 'the path is invalid (characters the system does not allow?)'],
  EAGAIN: ['文件暂时无法读取', 'the file cannot be read now'],
  ETXTBSY: ['文件被占用', 'the file is in use'],
  Unavailable: ['文件暂时无法访问', 'the file is unavailable'],
};

/** Plain words for a file error; `action` picks the wording of a permission error. */
export function describeFileError(error: unknown, action: 'read' | 'write' = 'read'): Described {
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  if (code === 'EACCES' || code === 'EPERM' || code === 'NoPermissions') {
    return action === 'read'
      ? { message: '没有读取权限', messageEn: 'permission denied (read)' }
      : { message: '没有写入权限', messageEn: 'permission denied (write)' };
  }
  const known = CODES[code];
  if (known) return { message: known[0], messageEn: known[1] };
  const detail = code || (error instanceof Error ? error.message : String(error));
  return { message: `系统报告错误（${detail}）`, messageEn: `system error (${detail})` };
}
