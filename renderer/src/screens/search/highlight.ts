import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../../shared/notes.js';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a search snippet on the highlight marks (control characters the contract keeps out of
 * stored text) into plain and marked runs. Unbalanced or stray marks are dropped, never shown.
 */
export function splitHighlights(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let current = '';
  const flush = () => {
    if (current) parts.push({ text: current, marked });
    current = '';
  };
  for (const char of snippet) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      flush();
      marked = char === HIGHLIGHT_START;
    } else {
      current += char;
    }
  }
  flush();
  return parts;
}
