import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../../../shared/notes.js';
import { useClient } from '../../app/client.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { hitHref } from './links.js';
import { SEARCH_INPUT_ID } from './SearchShortcut.js';
import { Snippet } from './Snippet.js';
import './search.css';

const DEBOUNCE_MS = 200;
const LIMIT = 100;

/** Typing settles for DEBOUNCE_MS before the query (kept in the URL, so Back returns to the results) changes. */
function useDebouncedQuery() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [text, setText] = useState(query);
  // Another navigation (Back, a link to /search?q=...) changes the URL: the box follows it.
  const [lastQuery, setLastQuery] = useState(query);
  if (query !== lastQuery) {
    setLastQuery(query);
    if (query.trim() !== text.trim()) setText(query);
  }
  useEffect(() => {
    const handle = window.setTimeout(() => {
      if (text.trim() === query.trim()) return;
      setParams(text.trim() ? { q: text } : {}, { replace: true });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(handle);
  }, [text, query, setParams]);
  return { text, setText, query: query.trim() };
}

/** Arrow keys move between the result links, in reading order; Up from the first goes back to the box. */
function moveFocus(event: KeyboardEvent, list: HTMLElement | null, input: HTMLInputElement | null) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...(list?.querySelectorAll<HTMLAnchorElement>('a.search-hit-link') ?? [])];
  if (links.length === 0) return;
  event.preventDefault();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  if (next < 0) input?.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}

/** The titles of the sessions the note hits belong to (a handful: the results are capped), to say where each was said. */
function useSessionTitles(hits: readonly SearchHit[]): Map<string, string> {
  const client = useClient();
  const ids = [...new Set(hits.filter((h) => h.kind === 'note' && h.sessionId).map((h) => h.sessionId!))];
  const sessions = useQueries({
    queries: ids.map((id) => ({ queryKey: ['session.get', { id }], queryFn: () => client.get('session.get', { id }) })),
  });
  const titles = new Map<string, string>();
  sessions.forEach((query, index) => {
    if (query.data) titles.set(ids[index]!, query.data.session.title);
  });
  return titles;
}

function HitItem({ hit, sessionTitle }: { hit: SearchHit; sessionTitle: string | undefined }) {
  const { t } = useTranslation('search');
  return (
    <li className="search-hit">
      <Link className="search-hit-link" to={hitHref(hit)} data-kind={hit.kind}>
        <span className="search-hit-title">
          {hit.kind === 'note' ? t('noteIn', { speaker: hit.title }) : hit.kind === 'minutes' ? t('minutesOf', { session: hit.title }) : hit.title}
          {sessionTitle ? <span className="search-hit-where"> · {sessionTitle}</span> : null}
        </span>
        <span className="search-hit-snippet">
          <Snippet text={hit.snippet} />
        </span>
      </Link>
    </li>
  );
}

export function SearchScreen() {
  const { t } = useTranslation(['search', 'common']);
  const client = useClient();
  const { text, setText, query } = useDebouncedQuery();
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const hintId = useId();

  const search = useQuery({
    queryKey: ['search.query', { query, limit: LIMIT }],
    queryFn: () => client.get('search.query', { query, limit: LIMIT }),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });

  // After the layout has moved focus to the main region on arrival, the box takes it.
  useEffect(() => {
    const handle = window.setTimeout(() => input.current?.focus(), 0);
    return () => window.clearTimeout(handle);
  }, []);

  const hits = query ? (search.data ?? []) : [];
  const sessionTitles = useSessionTitles(hits);
  const groups = SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) })).filter((g) => g.hits.length > 0);
  const settled = query.length > 0 && search.isSuccess && !search.isPlaceholderData && text.trim() === query;
  const status = !query ? '' : settled ? t('count', { count: hits.length }) : t('searching');

  return (
    <div className="screen search-screen">
      <div className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="lead">{t('intro')}</p>
        </div>
      </div>
      <search className="search-box" onKeyDown={(e) => moveFocus(e, results.current, input.current)}>
        <div className="field">
          <label className="field-label" htmlFor={SEARCH_INPUT_ID}>
            {t('label')}
          </label>
          <input
            ref={input}
            id={SEARCH_INPUT_ID}
            type="search"
            value={text}
            maxLength={200}
            placeholder={t('placeholder')}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            aria-controls="search-results"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && text) {
                e.preventDefault();
                setText('');
              }
            }}
          />
          <p id={hintId} className="field-hint">
            <span>{t('hint')}</span>
            <span className="search-shortcut-hint">{t('shortcut')}</span>
          </p>
        </div>
        <p className="search-status muted" role="status">
          {status}
        </p>
      </search>
      {search.isError ? <ErrorNotice error={search.error} onRetry={() => void search.refetch()} /> : null}
      <div id="search-results" ref={results} className="search-results" onKeyDown={(e) => moveFocus(e, results.current, input.current)}>
        {settled && hits.length === 0 ? <EmptyState title={t('none.title', { query })} hint={t('none.hint')} /> : null}
        {groups.map((group) => (
          <section key={group.kind} className="search-group" aria-labelledby={`search-group-${group.kind}`} data-kind={group.kind}>
            <h2 id={`search-group-${group.kind}`} className="search-group-heading">
              {t(`kind.${group.kind satisfies SearchKind}`)} <span className="search-group-count">{group.hits.length}</span>
            </h2>
            <ul className="search-hits">
              {group.hits.map((hit) => (
                <HitItem key={`${hit.kind}:${hit.id}`} hit={hit} sessionTitle={hit.kind === 'note' && hit.sessionId ? sessionTitles.get(hit.sessionId) : undefined} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
