/**
 * Which documents are drafts: Markdown and plain-text files under a folder with a `.xinxirc.*`, files whose front
 * matter carries 类型/type, and files the user marked as drafts. Other Markdown (a code project's README) is left alone.
 */
import type * as vscode from 'vscode';
import { dirname } from 'node:path';
import type { ConfigLoader } from '../core/config-node.js';

const FRONT_MATTER_KIND = /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\n)*?[ \t]*(?:类型|type|kind)[ \t]*:/u;

export function isDraftLanguage(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' || document.languageId === 'plaintext';
}

export function hasKindFrontMatter(text: string): boolean {
  const head = text.slice(0, 2000);
  const end = head.indexOf('\n---', 3);
  return FRONT_MATTER_KIND.test(end > 0 ? head.slice(0, end + 1) : head);
}

export function isDraft(document: vscode.TextDocument, loader: ConfigLoader, marked: ReadonlySet<string>): boolean {
  if (!isDraftLanguage(document)) return false;
  if (marked.has(document.uri.toString())) return true;
  if (hasKindFrontMatter(document.getText())) return true;
  if (document.uri.scheme === 'file' && loader.findConfigFile(dirname(document.uri.fsPath))) return true;
  return false;
}
