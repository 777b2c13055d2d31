import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea, TextInput } from '../../components/Field.js';
import { PaperTableSection, type TableSpec } from './PaperTable.js';
import { AddButton, focusAdd, focusRow, None, ordinal, RemoveButton, removeAt, Section, setAt, type ErrorAt, type SectionProps, type Update } from './parts.js';
import {
  newAction,
  newAgenda,
  newAttendee,
  newDiscussion,
  newPoint,
  newSpeaker,
  NAME_LISTS,
  splitNames,
  type AttendeeRow,
  type DiscussionRow,
  type PointRow,
  type SpeakerRow,
} from './model.js';

/*
 * The sections of the minutes, in the order and layout of the printed copy. Each row is memoised
 * and edits go through one stable `update`, so typing in one statement does not redraw the others
 * (a long seminar has thousands of them).
 */

export type { ErrorAt, SectionProps, Update } from './parts.js';

/* ---------- heading: title, time, venue, chair, recorder ---------- */

export function HeaderSection({ form, update, errorAt, locked }: SectionProps) {
  const { t } = useTranslation('minutes');
  const field = (name: 'time' | 'venue' | 'chair' | 'recorder') => (
    <TextInput
      className={name === 'time' || name === 'venue' ? 'paper-field wide' : 'paper-field'}
      label={t(`header.${name}`)}
      value={form[name]}
      error={errorAt(name)}
      onChange={(e) => {
        const value = e.target.value;
        update((f) => ({ ...f, [name]: value }));
      }}
    />
  );
  return (
    <header className="paper-head" aria-label={t('header.label')}>
      <TextInput
        className="paper-title"
        label={t('header.title')}
        hideLabel
        id="minutes-doc-title"
        value={form.title}
        error={errorAt('title')}
        onChange={(e) => {
          const value = e.target.value;
          update((f) => ({ ...f, title: value }));
        }}
      />
      <p className="paper-subtitle">{locked ? t('header.subtitle') : t('header.subtitleDraft')}</p>
      <div className="paper-fields">
        <TextInput
          className="paper-field wide"
          label={t('header.docNumber')}
          hint={locked ? undefined : t('header.docNumberHint')}
          value={form.docNumber}
          error={errorAt('docNumber')}
          onChange={(e) => {
            const value = e.target.value;
            update((f) => ({ ...f, docNumber: value }));
          }}
        />
        {field('time')}
        {field('venue')}
        {field('chair')}
        {field('recorder')}
      </div>
    </header>
  );
}

/* ---------- attendance ---------- */

const AttendeeGroup = memo(function AttendeeGroup({
  row,
  index,
  update,
  errorAt,
  locked,
}: {
  row: AttendeeRow;
  index: number;
  update: Update;
  errorAt: ErrorAt;
  locked: boolean;
}) {
  const { t } = useTranslation('minutes');
  const name = row.group.trim() || t('attendees.groupN', { n: index + 1 });
  const patch = (p: Partial<AttendeeRow>) => update((f) => ({ ...f, attendees: setAt(f.attendees, index, p) }));
  return (
    <li className="paper-row attendee-row" data-row={row.key}>
      <TextInput
        className="attendee-group"
        label={`${t('attendees.groupN', { n: index + 1 })} · ${t('attendees.group')}`}
        hideLabel
        value={row.group}
        error={errorAt(`attendees.${index}.group`)}
        onChange={(e) => patch({ group: e.target.value })}
      />
      <TextArea
        className="attendee-names"
        label={t('attendees.namesOf', { group: name })}
        hideLabel
        rows={1}
        value={row.names}
        error={errorAt(`attendees.${index}.names`)}
        onChange={(e) => patch({ names: e.target.value })}
      />
      {locked ? null : (
        <RemoveButton
          label={t('action.removeItem', { what: name })}
          onClick={() => {
            update((f) => ({ ...f, attendees: removeAt(f.attendees, index) }));
            focusAdd('attendees');
          }}
        />
      )}
    </li>
  );
});

/** Whether nobody's presence is listed anywhere: the printed 出席 line then says attendance was not taken. */
const notTaken = (form: SectionProps['form']) =>
  form.attendees.every((g) => splitNames(g.names).length === 0) && (['observers', 'excused', 'absent'] as const).every((k) => splitNames(form[k]).length === 0);

export function AttendanceSection({ form, update, errorAt, locked }: SectionProps) {
  const { t } = useTranslation('minutes');
  return (
    <>
      <Section id="attendees" heading={t('attendees.heading')}>
        {notTaken(form) ? <p className="paper-note">{t('attendees.notTaken')}</p> : null}
        {!locked ? <p className="field-hint paper-hint">{t('attendees.namesHint')}</p> : null}
        {form.attendees.length ? (
          <ul className="paper-rows">
            {form.attendees.map((row, index) => (
              <AttendeeGroup key={row.key} row={row} index={index} update={update} errorAt={errorAt} locked={locked} />
            ))}
          </ul>
        ) : notTaken(form) ? null : (
          <None text={t('attendees.none')} />
        )}
        {locked ? null : (
          <AddButton
            list="attendees"
            label={t('attendees.add')}
            onClick={() => {
              const row = newAttendee();
              update((f) => ({ ...f, attendees: [...f.attendees, row] }));
              focusRow(row.key);
            }}
          />
        )}
      </Section>
      {NAME_LISTS.map((name) => (
        <Section key={name} id={name} heading={t(`${name}.heading`)}>
          {locked && !form[name].trim() ? (
            <None text={t(`${name}.none`)} />
          ) : (
            <TextArea
              className="paper-names"
              label={t(`${name}.label`)}
              hideLabel
              rows={1}
              value={form[name]}
              error={errorAt(name)}
              onChange={(e) => {
                const value = e.target.value;
                update((f) => ({ ...f, [name]: value }));
              }}
            />
          )}
        </Section>
      ))}
    </>
  );
}

/* ---------- agenda ---------- */

const AGENDA: TableSpec<'agenda'> = { list: 'agenda', columns: ['title', 'presenter', 'planned', 'actual'], multiline: ['title'], newRow: newAgenda };

export function AgendaSection(props: SectionProps) {
  return <PaperTableSection spec={AGENDA} {...props} />;
}

/* ---------- discussion: per item, per speaker, points ---------- */

const Speaker = memo(function Speaker({
  row,
  item,
  index,
  update,
  errorAt,
  locked,
}: {
  row: SpeakerRow;
  item: number;
  index: number;
  update: Update;
  errorAt: ErrorAt;
  locked: boolean;
}) {
  const { t } = useTranslation('minutes');
  const path = `discussion.${item}.speakers.${index}`;
  const who = row.speaker.trim() || t('discussion.speakerN', { n: index + 1 });
  const listId = `points-${row.key}`;
  const patch = (recipe: (s: SpeakerRow) => SpeakerRow) =>
    update((f) => ({
      ...f,
      discussion: f.discussion.map((d, i) => (i === item ? { ...d, speakers: d.speakers.map((s, j) => (j === index ? recipe(s) : s)) } : d)),
    }));
  return (
    <div className="paper-speaker" data-row={row.key}>
      <div className="paper-speaker-head">
        <TextInput
          className="speaker-name"
          label={`${t('discussion.speakerN', { n: index + 1 })} · ${t('discussion.speaker')}`}
          hideLabel
          placeholder={t('discussion.speaker')}
          value={row.speaker}
          error={errorAt(`${path}.speaker`)}
          onChange={(e) => {
            const value = e.target.value;
            patch((s) => ({ ...s, speaker: value }));
          }}
        />
        <TextInput
          className="speaker-unit"
          label={`${who} · ${t('discussion.unit')}`}
          hideLabel
          placeholder={t('discussion.unit')}
          value={row.unit}
          error={errorAt(`${path}.unit`)}
          onChange={(e) => {
            const value = e.target.value;
            patch((s) => ({ ...s, unit: value }));
          }}
        />
        {locked ? null : (
          <RemoveButton
            label={t('action.removeItem', { what: who })}
            onClick={() => {
              update((f) => ({ ...f, discussion: setAt(f.discussion, item, { speakers: removeAt(f.discussion[item]!.speakers, index) }) }));
              focusAdd(`speakers-${item}`);
            }}
          />
        )}
      </div>
      <ol className="paper-points">
        {row.points.map((point, k) => (
          <li key={point.key} data-row={point.key} className="paper-point">
            <TextArea
              label={`${who} · ${t('discussion.point', { n: k + 1 })}`}
              hideLabel
              rows={1}
              value={point.text}
              error={errorAt(`${path}.points.${k}`)}
              onChange={(e) => {
                const value = e.target.value;
                patch((s) => ({ ...s, points: setAt(s.points, k, { text: value }) }));
              }}
            />
            {locked ? null : (
              <RemoveButton
                label={t('action.removeItem', { what: `${who} · ${t('discussion.point', { n: k + 1 })}` })}
                onClick={() => {
                  patch((s) => ({ ...s, points: removeAt(s.points, k) }));
                  focusAdd(listId);
                }}
              />
            )}
          </li>
        ))}
      </ol>
      {locked ? null : (
        <AddButton
          list={listId}
          label={t('discussion.addPoint')}
          onClick={() => {
            const point = newPoint();
            patch((s) => ({ ...s, points: [...s.points, point] }));
            focusRow(point.key);
          }}
        />
      )}
    </div>
  );
});

const DiscussionItem = memo(function DiscussionItem({
  row,
  index,
  update,
  errorAt,
  locked,
}: {
  row: DiscussionRow;
  index: number;
  update: Update;
  errorAt: ErrorAt;
  locked: boolean;
}) {
  const { t, i18n } = useTranslation('minutes');
  const name = row.item.trim() || t('discussion.itemN', { n: index + 1 });
  return (
    <div className="paper-item" data-row={row.key}>
      <div className="paper-item-head">
        <span className="paper-ordinal" aria-hidden="true">
          {ordinal(index + 1, i18n.language)}
        </span>
        <TextInput
          className="paper-subheading"
          label={`${t('discussion.itemN', { n: index + 1 })} · ${t('discussion.item')}`}
          hideLabel
          value={row.item}
          error={errorAt(`discussion.${index}.item`)}
          onChange={(e) => {
            const value = e.target.value;
            update((f) => ({ ...f, discussion: setAt(f.discussion, index, { item: value }) }));
          }}
        />
        {locked ? null : (
          <RemoveButton
            label={t('action.removeItem', { what: name })}
            onClick={() => {
              update((f) => ({ ...f, discussion: removeAt(f.discussion, index) }));
              focusAdd('discussion');
            }}
          />
        )}
      </div>
      {row.speakers.map((speaker, j) => (
        <Speaker key={speaker.key} row={speaker} item={index} index={j} update={update} errorAt={errorAt} locked={locked} />
      ))}
      {locked ? null : (
        <AddButton
          list={`speakers-${index}`}
          label={t('discussion.addSpeaker')}
          onClick={() => {
            const speaker = newSpeaker();
            update((f) => ({ ...f, discussion: setAt(f.discussion, index, { speakers: [...f.discussion[index]!.speakers, speaker] }) }));
            focusRow(speaker.key);
          }}
        />
      )}
    </div>
  );
});

export function DiscussionSection({ form, update, errorAt, locked }: SectionProps) {
  const { t } = useTranslation('minutes');
  return (
    <Section id="discussion" heading={t('discussion.heading')}>
      {form.discussion.length ? (
        form.discussion.map((row, index) => (
          <DiscussionItem key={row.key} row={row} index={index} update={update} errorAt={errorAt} locked={locked} />
        ))
      ) : (
        <None text={t('discussion.none')} />
      )}
      {locked ? null : (
        <AddButton
          list="discussion"
          label={t('discussion.addItem')}
          onClick={() => {
            const row = newDiscussion();
            update((f) => ({ ...f, discussion: [...f.discussion, row] }));
            focusRow(row.key);
          }}
        />
      )}
    </Section>
  );
}

/* ---------- decisions ---------- */

const Decision = memo(function Decision({
  row,
  index,
  update,
  errorAt,
  locked,
}: {
  row: PointRow;
  index: number;
  update: Update;
  errorAt: ErrorAt;
  locked: boolean;
}) {
  const { t } = useTranslation('minutes');
  const label = t('decisions.item', { n: index + 1 });
  return (
    <li className="paper-point" data-row={row.key}>
      <TextArea
        label={label}
        hideLabel
        rows={1}
        value={row.text}
        error={errorAt(`decisions.${index}`)}
        onChange={(e) => {
          const value = e.target.value;
          update((f) => ({ ...f, decisions: setAt(f.decisions, index, { text: value }) }));
        }}
      />
      {locked ? null : (
        <RemoveButton
          label={t('action.removeItem', { what: label })}
          onClick={() => {
            update((f) => ({ ...f, decisions: removeAt(f.decisions, index) }));
            focusAdd('decisions');
          }}
        />
      )}
    </li>
  );
});

export function DecisionsSection({ form, update, errorAt, locked }: SectionProps) {
  const { t } = useTranslation('minutes');
  return (
    <Section id="decisions" heading={t('decisions.heading')}>
      {form.decisions.length ? (
        <ol className="paper-points paper-decisions">
          {form.decisions.map((row, index) => (
            <Decision key={row.key} row={row} index={index} update={update} errorAt={errorAt} locked={locked} />
          ))}
        </ol>
      ) : (
        <None text={t('decisions.none')} />
      )}
      {locked ? null : (
        <AddButton
          list="decisions"
          label={t('decisions.add')}
          onClick={() => {
            const row = newPoint();
            update((f) => ({ ...f, decisions: [...f.decisions, row] }));
            focusRow(row.key);
          }}
        />
      )}
    </Section>
  );
}

/* ---------- action table ---------- */

const ACTIONS: TableSpec<'actions'> = {
  list: 'actions',
  columns: ['task', 'lead', 'co', 'deadline', 'deliverable', 'status'],
  multiline: ['task', 'lead', 'co', 'deadline', 'deliverable', 'status'],
  newRow: newAction,
};

export function ActionsSection(props: SectionProps) {
  return <PaperTableSection spec={ACTIONS} {...props} />;
}

/* ---------- closing ---------- */

export function ClosingSection({ form, update, errorAt, locked }: SectionProps) {
  const { t } = useTranslation('minutes');
  return (
    <Section id="closing" heading={t('closing.heading')}>
      {locked ? null : (
        <p id="minutes-closing-hint" className="field-hint paper-hint">
          {t('closing.hint')}
        </p>
      )}
      <TextArea
        className="paper-closing"
        label={t('closing.label')}
        hideLabel
        aria-describedby={locked ? undefined : 'minutes-closing-hint'}
        rows={3}
        value={form.closing}
        error={errorAt('closing')}
        onChange={(e) => {
          const value = e.target.value;
          update((f) => ({ ...f, closing: value }));
        }}
      />
    </Section>
  );
}

/* ---------- 版记: distribution, copy to, issuing office and date ---------- */

export function ColophonSection({ form, update, errorAt, locked }: SectionProps) {
  const { t } = useTranslation('minutes');
  const set = (name: 'distribution' | 'copyTo' | 'issuer' | 'issueDate', value: string) => update((f) => ({ ...f, [name]: value }));
  return (
    <Section id="colophon" heading={t('colophon.heading')}>
      <div className="paper-fields paper-colophon">
        {(['distribution', 'copyTo'] as const).map((name) => (
          <TextArea
            key={name}
            className="paper-field wide"
            label={t(`colophon.${name}`)}
            hint={locked ? undefined : t('colophon.namesHint')}
            rows={1}
            value={form[name]}
            error={errorAt(name)}
            onChange={(e) => set(name, e.target.value)}
          />
        ))}
        <TextInput className="paper-field" label={t('colophon.issuer')} value={form.issuer} error={errorAt('issuer')} onChange={(e) => set('issuer', e.target.value)} />
        <TextInput
          className="paper-field"
          type="date"
          label={t('colophon.issueDate')}
          hint={locked ? undefined : t('colophon.issueDateHint')}
          value={form.issueDate}
          error={errorAt('issueDate')}
          onChange={(e) => set('issueDate', e.target.value)}
        />
      </div>
    </Section>
  );
}
