/**
 * Why a Word file could not be read or written: one error type with a Chinese message (shown to the reviewer) and
 * an English one, and a stable code for programs and tests.
 */

export type WordProblemCode =
  | 'too-large'
  | 'empty'
  | 'encrypted'
  | 'legacy'
  | 'disguised'
  | 'not-zip'
  | 'corrupt'
  | 'zip-bomb'
  | 'too-many-entries'
  | 'not-word'
  | 'bad-xml'
  | 'convert-unavailable'
  | 'convert-failed'
  | 'unsupported';

export class WordError extends Error {
  readonly code: WordProblemCode;
  readonly messageEn: string;
  constructor(code: WordProblemCode, message: string, messageEn: string) {
    super(message);
    this.name = 'WordError';
    this.code = code;
    this.messageEn = messageEn;
  }
}

export function isWordError(error: unknown): error is WordError {
  return error instanceof WordError;
}

/** Any failure as a WordError (an unexpected one becomes “corrupt”, with its reason kept). */
export function asWordError(error: unknown): WordError {
  if (error instanceof WordError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new WordError('corrupt', `文件已损坏，无法读取（${reason}）。请在 Word 或 WPS 中打开后另存为 .docx 再试。`, `The file is damaged and cannot be read (${reason}). Open it in Word or WPS, save it as .docx and try again.`);
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
