import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { id as idField } from '../../../../shared/contract/fields.js';
import { PERSON_CATEGORIES, type PersonCategory } from '../../../../shared/domain.js';
import { DISPOSITIONS, type Disposition } from '../../../../shared/notes.js';

/** The tracker's filters. They live in the URL (?disposition=pending&speaker=entrepreneur), so a filtered view can be linked and survives a reload. */
export interface OpinionFilters {
  disposition?: Disposition;
  planId?: string;
  speakerCategory?: PersonCategory;
  sessionId?: string;
}

const PARAM: Record<keyof OpinionFilters, string> = {
  disposition: 'disposition',
  planId: 'plan',
  speakerCategory: 'speaker',
  sessionId: 'session',
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
const anId = (value: string | null) => (value !== null && idField.safeParse(value).success ? value : undefined);

export function parseFilters(params: URLSearchParams): OpinionFilters {
  const filters: OpinionFilters = {};
  const disposition = oneOf(DISPOSITIONS, params.get(PARAM.disposition));
  const planId = anId(params.get(PARAM.planId));
  const speakerCategory = oneOf(PERSON_CATEGORIES, params.get(PARAM.speakerCategory));
  const sessionId = anId(params.get(PARAM.sessionId));
  if (disposition) filters.disposition = disposition;
  if (planId) filters.planId = planId;
  if (speakerCategory) filters.speakerCategory = speakerCategory;
  if (sessionId) filters.sessionId = sessionId;
  return filters;
}

function toParams(filters: OpinionFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(PARAM) as (keyof OpinionFilters)[]) {
    const value = filters[key];
    if (value) out[PARAM[key]] = value;
  }
  return out;
}

const same = (a: OpinionFilters, b: OpinionFilters) => JSON.stringify(toParams(a)) === JSON.stringify(toParams(b));

/**
 * The filters as state that changes at once (a controlled checkbox must not wait for the router),
 * written through to the URL, and following the URL when it changes from outside (Back, a link).
 */
export function useOpinionFilters() {
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => parseFilters(params), [params]);
  const [filters, setFilters] = useState<OpinionFilters>(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  if (!same(fromUrl, seen)) {
    setSeen(fromUrl);
    if (!same(fromUrl, filters)) setFilters(fromUrl);
  }
  const apply = useCallback(
    (next: OpinionFilters) => {
      setFilters(next);
      setParams(toParams(next), { replace: true });
    },
    [setParams],
  );
  const setFilter = useCallback(
    <K extends keyof OpinionFilters>(key: K, value: OpinionFilters[K] | '') => {
      const next: OpinionFilters = { ...filters };
      if (value) next[key] = value as OpinionFilters[K];
      else delete next[key];
      apply(next);
    },
    [filters, apply],
  );
  const clear = useCallback(() => apply({}), [apply]);
  const active = Object.keys(filters).length > 0;
  return { filters, setFilter, clear, active };
}
