import type { Topic } from '../../../shared/contract/events.js';
import type { CoreContext } from '../../core/context.js';
import type { CopyIds } from '../ids.js';
import type { PersonKey, Sample, UnitKey } from '../types.js';

/** What every section of the loader gets: the sample, where it goes, and what earlier sections resolved. */
export interface SectionContext {
  ctx: CoreContext;
  sample: Sample;
  ids: CopyIds;
  /** One timestamp for the whole load: created_at and updated_at of every row. */
  at: string;
  /** Filled by the directory sections: the row each sample key ended up as (new or reused). */
  unitIds: Map<UnitKey, string>;
  personIds: Map<PersonKey, string>;
}

/** One part of the sample (units, people, stages, ...), written by one small function. */
export interface Section {
  name: string;
  /** The change-event topics its rows belong to. */
  topics: readonly Topic[];
  load(s: SectionContext): void;
}

/** A key an earlier section must have resolved; a miss is a bug in the section order. */
export function resolved<K extends string>(map: ReadonlyMap<K, string>, key: K): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`sample: ${key} was not loaded before it was used`);
  return id;
}
