/**
 * Draft templates, editor-agnostic: parsing, filling, turning a draft back into a template, finding the template
 * folders. The VS Code glue is src/extension/templates.ts.
 */
export * from './template.js';
export * from './library.js';
export * from './snippets.js';
