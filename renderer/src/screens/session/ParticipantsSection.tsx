import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ATTENDANCE_ROLES,
  PERSON_CATEGORIES,
  PRESENCES,
  type AttendanceRole,
  type Participant,
  type Person,
  type PersonCategory,
  type Presence,
  type SessionDetail,
  type Unit,
} from '../../../../shared/domain.js';
import { useAnnouncer } from '../../components/Announcer.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { Select } from '../../components/Field.js';
import { useRunResult } from '../../components/run.js';
import { matcherBy } from '../../search/match.js';
import { PersonSearch } from '../../search/PersonPicker.js';
import { UnitSelect } from '../../search/UnitPicker.js';
import { ParticipantsTable } from './ParticipantsTable.js';
import { useUndoToast } from './run.js';

export interface ParticipantsSectionProps {
  sessionId: string;
  participants: readonly Participant[];
  people: readonly Person[];
  units: readonly Unit[];
  directoryLoading: boolean;
  directoryError: unknown;
  onRetryDirectory: () => void;
}

/** Counts per presence, in the order a secretary reads them out; zero counts are left out. */
function PresenceCounts({ participants }: { participants: readonly Participant[] }) {
  const { t } = useTranslation(['session', 'common']);
  const counts = new Map<Presence, number>(PRESENCES.map((p) => [p, 0]));
  participants.forEach((p) => counts.set(p.presence, (counts.get(p.presence) ?? 0) + 1));
  const shown: Presence[] = ['present', 'late', 'excused', 'absent', 'invited'];
  return (
    <ul className="presence-counts" aria-label={t('participants.counts')} data-testid="presence-counts">
      {shown
        .filter((p) => p === 'present' || (counts.get(p) ?? 0) > 0)
        .map((p) => (
          <li key={p} className={`presence-count presence-${p}`}>
            {p === 'invited' ? t('participants.unconfirmed') : t(`common:presence.${p}`)} {counts.get(p)}
          </li>
        ))}
      <li className="presence-count presence-total">{t('participants.total', { count: participants.length })}</li>
    </ul>
  );
}

/**
 * Who attends: add from the directory by type-ahead or a whole unit / category at once, then mark
 * presence fast (toggle buttons, or P/E/A/L on a row). Changes show at once (the cache is patched
 * before the call returns) and a removal can be undone with the same role and presence.
 */
export function ParticipantsSection(props: ParticipantsSectionProps) {
  const { sessionId, participants, people, units, directoryLoading, directoryError, onRetryDirectory } = props;
  const { t } = useTranslation(['session', 'common']);
  const run = useRunResult();
  const undoToast = useUndoToast();
  const queryClient = useQueryClient();
  const [region, announce] = useAnnouncer();
  const [role, setRole] = useState<AttendanceRole>('attendee');
  const [lastAdded, setLastAdded] = useState('');
  const [filter, setFilter] = useState('');
  const searchInput = useRef<HTMLInputElement>(null);

  const attending = useMemo(() => new Set(participants.map((p) => p.person.id)), [participants]);
  const matcher = useMemo(() => matcherBy(participants, (p) => p.person, units), [participants, units]);
  const shown = useMemo(() => (filter.trim() ? matcher.search(filter) : participants), [matcher, filter, participants]);

  const sessionKey = useMemo(() => ['session.get', { id: sessionId }], [sessionId]);
  const patch = useCallback(
    (personId: string, change: Partial<Pick<Participant, 'role' | 'presence'>>) => {
      void queryClient.cancelQueries({ queryKey: sessionKey });
      queryClient.setQueryData<SessionDetail>(sessionKey, (detail) =>
        detail
          ? { ...detail, participants: detail.participants.map((p) => (p.person.id === personId ? { ...p, ...change } : p)) }
          : detail,
      );
    },
    [queryClient, sessionKey],
  );

  const update = useCallback(
    async (participant: Participant, change: { role?: AttendanceRole; presence?: Presence }) => {
      patch(participant.person.id, change);
      if (change.presence) announce(t('participants.marked', { name: participant.person.name, presence: t(`common:presence.${change.presence}`) }));
      const done = await run('attendance.update', { sessionId, personId: participant.person.id, ...change });
      if (!done.ok) void queryClient.invalidateQueries({ queryKey: sessionKey });
    },
    [patch, announce, run, sessionId, queryClient, sessionKey, t],
  );

  const restore = useCallback(
    async (participant: Participant) => {
      const added = await run('attendance.add', { sessionId, personIds: [participant.person.id], role: participant.role });
      if (added.ok && participant.presence !== 'invited') {
        await run('attendance.update', { sessionId, personId: participant.person.id, presence: participant.presence });
      }
    },
    [run, sessionId],
  );

  const remove = useCallback(
    async (participant: Participant) => {
      const done = await run('attendance.remove', { sessionId, personId: participant.person.id });
      if (!done.ok) return false;
      undoToast(t('participants.removed', { name: participant.person.name }), () => restore(participant));
      return true;
    },
    [run, sessionId, t, restore, undoToast],
  );

  const addPerson = async (person: Person) => {
    const added = await run('attendance.add', { sessionId, personIds: [person.id], role });
    if (added.ok) setLastAdded(t('participants.added', { name: person.name, role: t(`common:role.${role}`) }));
  };

  const addGroup = async (group: { unitId: string } | { category: PersonCategory }) => {
    const before = attending.size;
    const added = await run('attendance.add', { sessionId, role, ...group });
    if (!added.ok) return false;
    const count = added.value.length - before;
    setLastAdded(count > 0 ? t('participants.addedMany', { count }) : t('participants.addedNone'));
    return true;
  };

  const directoryEmpty = !directoryLoading && !directoryError && people.length === 0;

  return (
    <section className="card session-section" aria-labelledby="participants-heading">
      {region}
      <div className="section-header">
        <h2 id="participants-heading">{t('participants.heading')}</h2>
        <PresenceCounts participants={participants} />
      </div>

      <div className="add-participants" role="group" aria-labelledby="add-participants-heading">
        <h3 id="add-participants-heading">{t('participants.addHeading')}</h3>
        {directoryError ? (
          <ErrorNotice error={directoryError} onRetry={onRetryDirectory} />
        ) : directoryLoading ? (
          <Loading />
        ) : directoryEmpty ? (
          <p className="muted">
            {t('participants.noDirectory')} <Link to="/directory">{t('participants.goToDirectory')}</Link>
          </p>
        ) : (
          <>
            <div className="add-one">
              <Select
                className="add-role"
                label={t('participants.role')}
                value={role}
                options={ATTENDANCE_ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))}
                onChange={setRole}
              />
              <div className="add-search">
                <PersonSearch
                  label={t('participants.fromDirectory')}
                  people={people}
                  units={units}
                  disabledIds={attending}
                  disabledNote={t('picker.attending')}
                  onPick={(person) => void addPerson(person)}
                  inputRef={searchInput}
                />
              </div>
            </div>
            <BulkAdd people={people} units={units} onAdd={addGroup} />
          </>
        )}
        <p className="add-status" role="status">
          {lastAdded}
        </p>
      </div>

      {participants.length === 0 ? (
        <EmptyState headingLevel={3} title={t('participants.emptyTitle')} hint={t('participants.emptyHint')} />
      ) : (
        <>
          <div className="participants-toolbar">
            <div className="field participants-filter">
              <label className="field-label" htmlFor="participants-filter">
                {t('participants.filter')}
              </label>
              <input
                id="participants-filter"
                type="search"
                value={filter}
                placeholder={t('participants.filterPlaceholder')}
                onChange={(e) => setFilter(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape' && filter) {
                    e.preventDefault();
                    setFilter('');
                  }
                }}
              />
            </div>
            {filter.trim() ? (
              <p className="muted" role="status">
                {t('participants.showing', { shown: shown.length, total: participants.length })}
              </p>
            ) : null}
          </div>
          <p className="field-hint shortcuts-hint" id="presence-shortcuts">
            {t('participants.shortcuts')}
          </p>
          {shown.length === 0 ? (
            <p className="muted no-match">{t('participants.noMatch', { query: filter.trim() })}</p>
          ) : (
            <ParticipantsTable
              participants={shown}
              onPresence={(p, presence) => void update(p, { presence })}
              onRole={(p, next) => void update(p, { role: next })}
              onRemove={remove}
              onEmptied={() => searchInput.current?.focus()}
            />
          )}
        </>
      )}
    </section>
  );
}

function BulkAdd({
  people,
  units,
  onAdd,
}: {
  people: readonly Person[];
  units: readonly Unit[];
  onAdd: (group: { unitId: string } | { category: PersonCategory }) => Promise<boolean>;
}) {
  const { t } = useTranslation(['session', 'common']);
  const [unitId, setUnitId] = useState('');
  const [category, setCategory] = useState<PersonCategory | ''>('');
  const [busy, setBusy] = useState(false);
  const perUnit = useMemo(() => {
    const counts = new Map<string, number>();
    people.forEach((p) => p.unitId && counts.set(p.unitId, (counts.get(p.unitId) ?? 0) + 1));
    return counts;
  }, [people]);
  const perCategory = useMemo(() => {
    const counts = new Map<PersonCategory, number>();
    people.forEach((p) => counts.set(p.category, (counts.get(p.category) ?? 0) + 1));
    return counts;
  }, [people]);

  const add = async (event: FormEvent, group: { unitId: string } | { category: PersonCategory } | null, reset: () => void) => {
    event.preventDefault();
    if (!group || busy) return;
    setBusy(true);
    const ok = await onAdd(group);
    setBusy(false);
    if (ok) reset();
  };

  return (
    <fieldset className="bulk-add">
      <legend>{t('participants.bulkHeading')}</legend>
      <form className="inline-form" onSubmit={(e) => void add(e, unitId ? { unitId } : null, () => setUnitId(''))}>
        <UnitSelect
          label={t('participants.wholeUnit')}
          placeholder={t('participants.chooseUnit')}
          units={units}
          value={unitId || null}
          noteOf={(u) => t('participants.unitPeople', { count: perUnit.get(u.id) ?? 0 })}
          onChange={(id) => setUnitId(id ?? '')}
        />
        <button type="submit" className="button" disabled={!unitId || busy}>
          {t('participants.addUnit')}
        </button>
      </form>
      <form className="inline-form" onSubmit={(e) => void add(e, category ? { category } : null, () => setCategory(''))}>
        <Select<PersonCategory | ''>
          label={t('participants.wholeCategory')}
          value={category}
          options={[
            { value: '', label: t('participants.chooseCategory') },
            ...PERSON_CATEGORIES.map((c) => ({
              value: c,
              label: t('participants.unitOption', { name: t(`common:personCategory.${c}`), count: perCategory.get(c) ?? 0 }),
            })),
          ]}
          onChange={setCategory}
        />
        <button type="submit" className="button" disabled={!category || busy}>
          {t('participants.addCategory')}
        </button>
      </form>
    </fieldset>
  );
}
