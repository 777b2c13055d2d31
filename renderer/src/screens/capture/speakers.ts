import type { Speaker } from '../../../../shared/agenda.js';
import type { Person, Unit } from '../../../../shared/domain.js';
import { createMatcher, fold, personFields, type Matcher } from '../../search/match.js';

/**
 * Who `@` can pick, best first: the current item's speaker queue, then the session's participants,
 * then the whole directory, each matched by name, unit (full and short name), position or pinyin
 * (initials too: `gxj` finds the industry bureau's director through 工信局). Last, the typed text
 * itself as a free-text name, for someone who is not in the directory (when nobody matches, or when
 * it is written in characters). Pure, unit-tested.
 */

export type SpeakerSource = 'queue' | 'participant' | 'directory';

export type SpeakerOption =
  | { kind: 'person'; key: string; person: Person; source: SpeakerSource }
  | { kind: 'free'; key: string; name: string; source: 'queue' | 'typed' };

export interface SpeakerSources {
  /** The current item's speaker queue (people and free-text names). */
  queue: readonly Speaker[];
  participants: readonly Person[];
  directory: readonly Person[];
  units: readonly Unit[];
}

export const SPEAKER_LIMIT = 8;

type Candidate = { kind: 'person'; person: Person; source: SpeakerSource } | { kind: 'free'; name: string; source: 'queue' };

export interface SpeakerSearch {
  /** Options for a query; `matched` counts real people/names (not the typed-name option). */
  options(query: string, limit?: number): { options: SpeakerOption[]; matched: number };
}

export function speakerSearch(sources: SpeakerSources): SpeakerSearch {
  const unitsById = new Map(sources.units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  const freeSeen = new Set<string>();
  for (const speaker of sources.queue) {
    if (speaker.person) {
      if (seen.has(speaker.person.id)) continue;
      seen.add(speaker.person.id);
      candidates.push({ kind: 'person', person: speaker.person, source: 'queue' });
    } else if (speaker.freeName && !freeSeen.has(speaker.freeName)) {
      freeSeen.add(speaker.freeName);
      candidates.push({ kind: 'free', name: speaker.freeName, source: 'queue' });
    }
  }
  for (const [list, source] of [
    [sources.participants, 'participant'],
    [sources.directory, 'directory'],
  ] as const) {
    for (const person of list) {
      if (seen.has(person.id)) continue;
      seen.add(person.id);
      candidates.push({ kind: 'person', person, source });
    }
  }
  const tier = (c: Candidate) => (c.source === 'queue' ? 0 : c.source === 'participant' ? 1 : 2);
  const matcher: Matcher<Candidate> = createMatcher(candidates, (c) =>
    c.kind === 'person' ? personFields(c.person, unitsById) : [{ text: c.name, weight: 0, pinyin: true }],
  );
  const toOption = (c: Candidate): SpeakerOption =>
    c.kind === 'person' ? { kind: 'person', key: `p:${c.person.id}`, person: c.person, source: c.source } : { kind: 'free', key: `q:${c.name}`, name: c.name, source: 'queue' };

  return {
    options(query, limit = SPEAKER_LIMIT) {
      const q = query.trim();
      if (!q) {
        // Nothing typed yet: the queue and the people in the room.
        const options = candidates.filter((c) => c.source !== 'directory').slice(0, limit).map(toOption);
        return { options, matched: options.length };
      }
      // Queue first, then participants, then the directory; within each, the matcher's ranking.
      const ranked = matcher.rank(q);
      const order = new Map(ranked.map((r, i) => [r.item, i]));
      const hits = ranked
        .map((r) => r.item)
        .sort((a, b) => tier(a) - tier(b) || order.get(a)! - order.get(b)!)
        .slice(0, limit);
      const options = hits.map(toOption);
      const folded = fold(q);
      const exact = hits.some((c) => fold(c.kind === 'person' ? c.person.name : c.name) === folded);
      // The typed text as a new name: when nobody matches, or when it is written out in characters
      // ("王老师" beside 王敏). Latin letters that match someone are initials or pinyin, not a name.
      if (!exact && (hits.length === 0 || /\p{Script=Han}/u.test(q))) options.push({ kind: 'free', key: `t:${q}`, name: q, source: 'typed' });
      return { options, matched: hits.length };
    },
  };
}

/** The one person or queued name a query names exactly (the whole name), if exactly one does. */
export function exactSpeaker(search: SpeakerSearch, query: string): SpeakerOption | null {
  const folded = fold(query);
  if (!folded) return null;
  const { options } = search.options(query, 50);
  const exact = options.filter((o) => o.kind !== 'free' || o.source === 'queue').filter((o) => fold(o.kind === 'person' ? o.person.name : o.name) === folded);
  return exact.length === 1 ? exact[0]! : null;
}
