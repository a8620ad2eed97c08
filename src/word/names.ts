/**
 * Word files by name: what the CLI needs to sort the files of a run without loading the Word reader (the XML DOM, the
 * zip library), which a run over Markdown and text drafts never uses. package.ts and convert.ts re-export these.
 */

/** The extension of a file name, lower-case, without the dot ('' when there is none). */
export function extensionOf(name: string | undefined): string {
  const m = /\.([^./\\]+)$/.exec(name ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

/** Word files the intake knows by name. */
export const WORD_EXTENSIONS = ['docx', 'docm', 'dotx', 'dotm', 'doc', 'wps', 'dot', 'wpt'] as const;
export const LEGACY_EXTENSIONS = new Set(['doc', 'wps', 'dot', 'wpt']);

export function isWordFileName(name: string): boolean {
  return (WORD_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** Whether the name is an old format (.doc, .wps …) whose conversion starts LibreOffice. */
export function isLegacyWordName(file: string): boolean {
  return LEGACY_EXTENSIONS.has(extensionOf(file));
}
