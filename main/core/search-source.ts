/** What search finds a thing by (entities.ts declares it per entity; search-index.ts indexes it). */
export interface SearchSource {
  title: string;
  body: string;
  /** Words it is found by that are not shown: the pinyin of a name ("wangfang wf"). */
  keys?: string;
}

export interface SourceSpec {
  /** The live row's words (none when it is deleted or trashed): SQL over `?`, its id, giving `title` and `body`. */
  sql: string;
  /** Turns the row into words where SQL alone cannot: pinyin, the text of a JSON document. */
  words?: (row: SearchSource) => SearchSource;
}
