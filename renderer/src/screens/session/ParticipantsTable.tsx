import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_ROLES, type AttendanceRole, type Participant, type Presence } from '../../../../shared/domain.js';

/** The presences a secretary marks; "invited" (unconfirmed) is what un-marking returns to. */
const MARKS = ['present', 'excused', 'absent', 'late'] as const satisfies readonly Presence[];
type Mark = (typeof MARKS)[number];

/** One key per mark, on a focused row. Letters are the English initials, the same in every language. */
export const PRESENCE_KEYS: Record<string, Mark> = { p: 'present', e: 'excused', a: 'absent', l: 'late' };
const KEY_OF: Record<Mark, string> = { present: 'P', excused: 'E', absent: 'A', late: 'L' };

export interface ParticipantsTableProps {
  participants: readonly Participant[];
  onPresence: (participant: Participant, presence: Presence) => void;
  onRole: (participant: Participant, role: AttendanceRole) => void;
  /** Resolves true when removed (focus then moves to a neighbour). */
  onRemove: (participant: Participant) => Promise<boolean>;
  /** The last row went away: the caller puts focus somewhere useful. */
  onEmptied: () => void;
}

/**
 * The participants, one row each. A row is one tab stop (roving tabindex; ↑↓ Home End move between
 * rows) and takes the presence keys; inside it, the role select, the presence toggles (one tab
 * stop, ←→ between them) and Remove.
 */
export function ParticipantsTable({ participants, onPresence, onRole, onRemove, onEmptied }: ParticipantsTableProps) {
  const { t } = useTranslation(['session', 'common']);
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const [current, setCurrent] = useState<string | null>(null);
  const currentId = participants.some((p) => p.person.id === current) ? current : (participants[0]?.person.id ?? null);

  const focusAt = (index: number) => {
    const target = participants[Math.max(0, Math.min(participants.length - 1, index))];
    if (!target) return;
    setCurrent(target.person.id);
    rows.current.get(target.person.id)?.focus();
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, participant: Participant) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const mark = PRESENCE_KEYS[event.key.toLowerCase()];
    if (mark) {
      event.preventDefault();
      onPresence(participant, mark);
      focusAt(index + 1);
      return;
    }
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: participants.length - 1 };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusAt(to);
    }
  };

  const remove = async (participant: Participant, index: number) => {
    const removed = await onRemove(participant);
    if (!removed) return;
    const neighbour = participants[index + 1] ?? participants[index - 1];
    if (neighbour) {
      setCurrent(neighbour.person.id);
      rows.current.get(neighbour.person.id)?.focus();
    } else {
      onEmptied();
    }
  };

  return (
    <div className="table-wrap">
      <table className="table participants-table" aria-describedby="presence-shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('participants.name')}</th>
            <th scope="col">{t('participants.position')}</th>
            <th scope="col">{t('participants.unit')}</th>
            <th scope="col">{t('participants.category')}</th>
            <th scope="col">{t('participants.roleColumn')}</th>
            <th scope="col">{t('participants.presence')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('participants.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {participants.map((participant, index) => (
            <ParticipantRow
              key={participant.person.id}
              participant={participant}
              tabbable={participant.person.id === currentId}
              rowRef={(element) => {
                if (element) rows.current.set(participant.person.id, element);
                else rows.current.delete(participant.person.id);
              }}
              onFocusRow={() => setCurrent(participant.person.id)}
              onKeyDown={(event) => onRowKeyDown(event, index, participant)}
              onPresence={onPresence}
              onRole={onRole}
              onRemove={() => void remove(participant, index)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  participant: Participant;
  tabbable: boolean;
  rowRef: (element: HTMLTableRowElement | null) => void;
  onFocusRow: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void;
  onPresence: (participant: Participant, presence: Presence) => void;
  onRole: (participant: Participant, role: AttendanceRole) => void;
  onRemove: () => void;
}

function ParticipantRow({ participant, tabbable, rowRef, onFocusRow, onKeyDown, onPresence, onRole, onRemove }: RowProps) {
  const { t } = useTranslation(['session', 'common']);
  const { person, role, presence } = participant;
  return (
    <tr
      ref={rowRef}
      tabIndex={tabbable ? 0 : -1}
      aria-keyshortcuts="P E A L"
      className={`participant-row presence-row-${presence}`}
      data-person-id={person.id}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusRow();
      }}
      onKeyDown={onKeyDown}
    >
      <th scope="row" className="participant-name">
        {person.name}
      </th>
      <td>{person.position}</td>
      <td>{person.unitName ?? t('participants.noUnit')}</td>
      <td>{t(`common:personCategory.${person.category}`)}</td>
      <td>
        <select
          className="compact-select"
          aria-label={t('participants.roleOf', { name: person.name })}
          value={role}
          onChange={(event) => onRole(participant, event.target.value as AttendanceRole)}
        >
          {ATTENDANCE_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common:role.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <PresenceToggles name={person.name} presence={presence} onChange={(next) => onPresence(participant, next)} />
      </td>
      <td className="actions">
        <button type="button" className="button small ghost" aria-label={t('participants.removeOf', { name: person.name })} onClick={onRemove}>
          {t('participants.remove')}
        </button>
      </td>
    </tr>
  );
}

/**
 * Toggle buttons for presence: pressing the chosen one again returns to unconfirmed. One tab stop
 * for the group (the chosen button, or the first); ←→ Home End move between the buttons.
 */
function PresenceToggles({ name, presence, onChange }: { name: string; presence: Presence; onChange: (presence: Presence) => void }) {
  const { t } = useTranslation(['session', 'common']);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tabbable = Math.max(0, MARKS.indexOf(presence as Mark));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = buttons.current.findIndex((b) => b === event.target);
    if (index < 0) return;
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: MARKS.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    buttons.current[(to + MARKS.length) % MARKS.length]?.focus();
  };
  return (
    <div role="group" className="presence-toggles" aria-label={t('participants.presenceOf', { name })} onKeyDown={onKeyDown}>
      {MARKS.map((mark, index) => (
        <button
          key={mark}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          className={`presence-toggle presence-${mark}`}
          aria-pressed={presence === mark}
          tabIndex={index === tabbable ? 0 : -1}
          title={`${t(`common:presence.${mark}`)} (${KEY_OF[mark]})`}
          onClick={() => onChange(presence === mark ? 'invited' : mark)}
        >
          {t(`presenceShort.${mark}`)}
        </button>
      ))}
    </div>
  );
}
