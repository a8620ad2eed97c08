/**
 * Word intake (issue 17), editor-agnostic: reading .docx submissions into the engine's draft model, the reviewer's
 * annotated copy (批注 and 修订), and import as a Markdown draft. The CLI and the extension call these; Node-only
 * file loading and LibreOffice conversion are in `convert.ts`.
 */
export { WordError, isWordError, asWordError, type WordProblemCode } from './errors.js';
export { DEFAULT_LIMITS, WORD_EXTENSIONS, LEGACY_EXTENSIONS, isWordFileName, openPackage, sniff, type WordLimits, type WordPackage } from './package.js';
export { extractLines, type Piece, type WordLine } from './extract.js';
export {
  checkWord,
  draftOfPackage,
  engineOptions,
  lintWordDraft,
  locate,
  readWordDraft,
  type CheckOptions,
  type WordCheck,
  type WordDraft,
  type XmlLocation,
} from './intake.js';
export { annotateWord, commentText, hunksBetween, DEFAULT_AUTHOR, type AnnotateOptions, type AnnotateResult } from './annotate.js';
export { importDraft, importWord, parseSignoff, escapeMarkdownLine, type ImportResult, type SignoffFields } from './import.js';
export { acceptAll, rejectAll, resolveRevisions, acceptedDraft } from './revisions.js';
