/**
 * Escaping user-provided text (names, groups, reasons) for Adaptive Card markdown. Teams renders
 * a subset of markdown in TextBlocks, FactSets and input titles, so a display name like
 * `*Bo* [x](http://evil)` would otherwise turn bold or into a link. Every markdown control
 * character gets a backslash (CommonMark escapes any ASCII punctuation); list and heading
 * markers only matter at the start of a line, so digits and dashes are escaped there only.
 * `{` is escaped too because card hosts expand `{{DATE(...)}}` in TextBlocks.
 */
const INLINE = /[\\`*_[\]()<>~|!{}#]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(INLINE, (c) => `\\${c}`)
    .replace(/^(\s*)([-+])/, '$1\\$2')
    .replace(/^(\s*\d+)\./, '$1\\.');
}
