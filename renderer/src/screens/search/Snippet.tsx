import { Fragment } from 'react';
import { splitHighlights } from './highlight.js';

/** A search snippet with its matches in <mark>: React text nodes only, never HTML. */
export function Snippet({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  );
}
