import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Person, Unit } from '../../../../shared/domain.js';
import type { NoteCategory } from '../../../../shared/notes.js';
import { useCall, useClient } from '../../app/client.js';
import { useAnnouncer } from '../../components/Announcer.js';
import { useMakeAction } from '../notes/makeAction.js';
import { patchNotePages } from '../notes/useNotePages.js';
import { errorMessage } from '../../i18n/errorMessage.js';
import { firstActive, stepActive } from '../../search/active.js';
import { useRunState } from '../run/live.js';
import { categoryByAlias, matchCategories } from './categories.js';
import { CaptureHelp } from './CaptureHelp.js';
import { newNoteId, type Draft } from './draft.js';
import { captureKeyAction } from './keys.js';
import { findTrigger, noteText, removeTrigger, type Trigger } from './parse.js';
import { isGuestOption, Picker, type PickerOption } from './Picker.js';
import { afterSave, createInput, defaultCategory, floorOf, isPickedSpeaker, pinDefaults, reconcile, resolveSpeaker, type Floor } from './save.js';
import { exactSpeaker, speakerSearch, type SpeakerOption } from './speakers.js';
import { useDraft } from './useDraft.js';
import './capture.css';

const NO_PEOPLE: Person[] = [];
const NO_UNITS: Unit[] = [];
/** The input grows with its text up to this height (px), then scrolls. */
const MAX_INPUT_HEIGHT = 320;

/**
 * The secretary's capture line: one growing input, focused on mount and after every save. The
 * current speaker (or a running presentation's presenter) and agenda item of the run are the
 * defaults (chips above the input); `@` picks another speaker, who stays for the next notes until
 * cleared (× or Backspace on an empty line), `#` a category, Enter saves, Shift+Enter is a new
 * line, Ctrl+I (or Alt+I) marks it important. A note is shown saved only once the database has it; until then, and across
 * reloads, the text is a local draft.
 */
/**
 * `autoFocus` (default true): the capture screen puts the caret in the input at once. The Run view
 * mounts the panel without it, so the chair's one-key shortcuts (N, Space, P) work until someone
 * clicks or tabs into the input.
 */
export function CapturePanel({ sessionId, autoFocus = true }: { sessionId: string; autoFocus?: boolean }) {
  // A new session starts with its own draft and state.
  return <CapturePanelFor key={sessionId} sessionId={sessionId} autoFocus={autoFocus} />;
}

function CapturePanelFor({ sessionId, autoFocus }: { sessionId: string; autoFocus: boolean }) {
  const { t } = useTranslation(['capture', 'common', 'errors']);
  const { t: tc } = useTranslation(['common', 'errors']);
  const client = useClient();
  const queryClient = useQueryClient();
  const state = useRunState(sessionId);
  const detail = useCall('session.get', { id: sessionId });
  const directory = useCall('person.list', {});
  const unitList = useCall('unit.list', {});
  const [region, announce] = useAnnouncer();
  const makeAction = useMakeAction(sessionId);
  const { draft, setDraft, latest, storeNow, status, restored } = useDraft(sessionId);

  const inputRef = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(draft.text.length);
  const [composing, setComposing] = useState(false);
  const composingRef = useRef(false);
  const compositionEndedAt = useRef<number | null>(null);
  /** The start of a trigger closed with Escape: it stays closed until the text around it changes. */
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [active, setActive] = useState({ key: '', index: 0 });
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const saveAgain = useRef(false);
  const [error, setError] = useState<{ kind: 'empty' | 'failed'; text: string } | null>(null);
  /** "Draft restored" shows until the first change. */
  const [showRestored, setShowRestored] = useState(restored);
  const pendingCaret = useRef<number | null>(null);
  const ids = useId().replace(/:/g, '');
  const inputId = `capture-input-${ids}`;
  const listId = `capture-list-${ids}`;
  const keysId = `capture-keys-${ids}`;
  const statusId = `capture-status-${ids}`;

  const run = state.data;
  const live = run?.session.status === 'live';
  const currentItem = live ? (run?.currentItem ?? null) : null;
  // Who has the floor: the queue's current speaker, or the running presentation's presenter.
  const currentSpeaker = live ? floorOf(currentItem, run?.currentSpeaker ?? null) : null;
  const participants = detail.data?.participants;
  const secretary = useMemo(() => {
    const secretaryId = detail.data?.session.secretaryId;
    return secretaryId ? (participants?.find((p) => p.person.id === secretaryId)?.person.name ?? '') : '';
  }, [detail.data, participants]);

  const search = useMemo(
    () =>
      speakerSearch({
        queue: currentItem?.speakers ?? [],
        participants: participants?.map((p) => p.person) ?? NO_PEOPLE,
        directory: directory.data ?? NO_PEOPLE,
        units: unitList.data ?? NO_UNITS,
      }),
    [currentItem, participants, directory.data, unitList.data],
  );

  // Focus on mount. The layout, which focuses <main> after a navigation, gives the focus to the
  // input instead (data-autofocus): no frame to wait for, the secretary can type at once.
  useEffect(() => {
    if (!autoFocus) return;
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, [autoFocus]);

  // Grow with the text; put the caret where a pick left it.
  const grown = useRef(false);
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    // An empty line has its CSS height: reading scrollHeight would lay out the whole screen once more while it opens.
    if (!draft.text && !grown.current && pendingCaret.current === null) return;
    grown.current = true;
    input.style.height = 'auto';
    input.style.height = `${Math.min(MAX_INPUT_HEIGHT, input.scrollHeight + 2)}px`;
    if (pendingCaret.current !== null) {
      input.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [draft.text]);

  // The chair moved on while a note is being typed: the note stays with who was speaking.
  const seenFloor = useRef<{ speaker: Floor | null; item: { id: string; title: string } | null } | null>(null);
  useEffect(() => {
    const previous = seenFloor.current;
    seenFloor.current = { speaker: currentSpeaker, item: currentItem ? { id: currentItem.id, title: currentItem.title } : null };
    if (!previous || !state.isSuccess) return;
    const pinned = pinDefaults(latest.current, previous, { speakerId: currentSpeaker?.id ?? null, itemId: currentItem?.id ?? null });
    if (pinned) setDraft(pinned);
  }, [currentSpeaker, currentItem, state.isSuccess, latest, setDraft]);

  // --- The picker: which trigger the caret is in and what it offers.
  const trigger: Trigger | null = useMemo(() => {
    if (composing) return null;
    const found = findTrigger(draft.text, caret);
    return found && found.start !== dismissed ? found : null;
  }, [composing, draft.text, caret, dismissed]);

  const options: PickerOption[] = useMemo(() => {
    if (!trigger) return [];
    if (trigger.kind === 'category') return matchCategories(trigger.query).map((category) => ({ kind: 'category', key: `c:${category}`, category }));
    const found = search.options(trigger.query);
    // "@zhang said ..." with nobody matching after the space is ordinary text.
    if (trigger.hasSpace && found.matched === 0) return [];
    return found.options.map((option) => ({ kind: 'speaker', key: option.key, option }));
  }, [trigger, search]);

  const pickerOpen = options.length > 0;
  const triggerKey = trigger ? `${trigger.kind}:${trigger.start}:${trigger.query}` : '';
  // "Add what I typed as a guest" is active only when chosen: Enter alone never adds a speaker.
  const activeIndex = pickerOpen ? (active.key === triggerKey ? Math.min(active.index, options.length - 1) : firstActive(options, isGuestOption)) : -1;

  const categoryLabel = useCallback((category: NoteCategory) => t(`category.${category}`), [t]);
  const speakerLabel = (option: SpeakerOption) => (option.kind === 'person' ? option.person.name : option.name);

  const applyPick = (option: PickerOption, at: Pick<Trigger, 'start' | 'end'>) => {
    const { text, caret: nextCaret } = removeTrigger(latest.current.text, at);
    if (option.kind === 'category') {
      setDraft((d) => ({ ...d, text, category: option.category }));
      announce(t('announce.picked', { what: t('panel.category'), value: categoryLabel(option.category) }));
    } else {
      const picked = option.option;
      setDraft((d) => ({
        ...d,
        text,
        speaker: picked.kind === 'person' ? { kind: 'person', personId: picked.person.id, name: picked.person.name } : { kind: 'free', name: picked.name },
      }));
      announce(t('announce.picked', { what: t('panel.speaker'), value: speakerLabel(picked) }));
    }
    pendingCaret.current = nextCaret;
    setCaret(nextCaret);
    setDismissed(null);
  };

  // --- Saving.
  /** `then`: Ctrl+Enter also makes a task of the note; Alt+O saves it marked as an opinion needing an answer. */
  const save = async (then: 'action' | 'opinion' | null = null): Promise<void> => {
    if (savingRef.current) {
      // Enter again while the previous note is on its way: save this one right after.
      saveAgain.current = true;
      return;
    }
    const sent = latest.current;
    if (!noteText(sent.text)) {
      setError({ kind: 'empty', text: t('panel.empty') });
      return;
    }
    const id = sent.noteId ?? newNoteId();
    const sending: Draft = { ...sent, noteId: id };
    setDraft(sending);
    // The id is on disk before the call leaves: a crash mid-save retries with it, never twice.
    storeNow(sending);
    const created = createInput(sending, id, {
      sessionId,
      currentItemId: currentItem?.id ?? null,
      currentSpeaker,
      capturedBy: secretary,
    });
    if (!created) return;
    const input = then === 'opinion' ? { ...created, opinion: true } : created;
    savingRef.current = true;
    setSaving(true);
    try {
      let result = await client.call('note.create', input);
      if (result.ok) {
        const fix = reconcile(input, result.value);
        if (fix) result = await client.call('note.update', fix);
      }
      if (!result.ok) {
        setError({ kind: 'failed', text: t('panel.failed', { reason: errorMessage(tc, result.error) }) });
        toast.error(t('panel.failedToast'), { id: 'capture-failed' });
        return;
      }
      const note = result.value;
      patchNotePages(queryClient, sessionId, (old) => (old.some((n) => n.id === note.id) ? old.map((n) => (n.id === note.id ? note : n)) : [...old, note]));
      const next = afterSave(latest.current, sending);
      setDraft(next);
      storeNow(next);
      pendingCaret.current = next.text.length;
      setCaret(next.text.length);
      setDismissed(null);
      setError(null);
      const category = categoryLabel(note.category);
      const said = note.speakerName ? t('announce.saved', { who: note.speakerName, category }) : t('announce.savedNoSpeaker', { category });
      announce(note.disposition ? `${said} ${t('announce.opinionMarked')}` : said);
      if (then === 'action') await makeAction(note.id);
    } finally {
      savingRef.current = false;
      setSaving(false);
      inputRef.current?.focus();
      if (saveAgain.current) {
        saveAgain.current = false;
        void save();
      }
    }
  };

  // --- Input events.
  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    let text = event.target.value;
    let position = event.target.selectionStart ?? text.length;
    if (!composingRef.current && position > 0 && /[ \u3000]/.test(text[position - 1]!)) {
      // A space right after an exact key or name commits it: "#jy " and "@林卫东 " become chips.
      const typed = findTrigger(text, position - 1);
      if (typed && typed.start !== dismissed) {
        const category = typed.kind === 'category' ? categoryByAlias(typed.query) : null;
        const speaker = typed.kind === 'speaker' ? exactSpeaker(search, typed.query) : null;
        if (category || speaker) {
          const removed = removeTrigger(text, { start: typed.start, end: position });
          text = removed.text;
          position = removed.caret;
          pendingCaret.current = position;
          if (category) {
            setDraft((d) => ({ ...d, category }));
            announce(t('announce.picked', { what: t('panel.category'), value: categoryLabel(category) }));
          } else if (speaker) {
            setDraft((d) => ({
              ...d,
              speaker: speaker.kind === 'person' ? { kind: 'person', personId: speaker.person.id, name: speaker.person.name } : { kind: 'free', name: speaker.name },
            }));
            announce(t('announce.picked', { what: t('panel.speaker'), value: speakerLabel(speaker) }));
          }
        }
      }
    }
    setShowRestored(false);
    if (error?.kind === 'empty') setError(null);
    // Emptying the line forgets the client id of an unconfirmed save: the next note is a new one.
    setDraft((d) => ({ ...d, text, noteId: text.trim() ? d.noteId : null }));
    setCaret(position);
    const now = findTrigger(text, position);
    if (dismissed !== null && now?.start !== dismissed) setDismissed(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const action = captureKeyAction(
      {
        key: event.key,
        code: event.code,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        isComposing: event.nativeEvent.isComposing,
        keyCode: event.keyCode,
        timeStamp: event.timeStamp,
      },
      {
        composing: composingRef.current,
        compositionEndedAt: compositionEndedAt.current,
        pickerOpen,
        lineEmpty: latest.current.text === '',
        speakerPicked: isPickedSpeaker(latest.current.speaker),
      },
    );
    switch (action) {
      case 'pickerNext':
      case 'pickerPrev': {
        event.preventDefault();
        setActive({ key: triggerKey, index: stepActive(activeIndex, action === 'pickerNext' ? 1 : -1, options.length) });
        break;
      }
      case 'pickerPick': {
        event.preventDefault();
        const option = options[activeIndex];
        if (option && trigger) applyPick(option, trigger);
        else if (trigger) announce(t('picker.chooseGuest', { name: trigger.query.trim() }));
        break;
      }
      case 'pickerClose':
        event.preventDefault();
        event.stopPropagation();
        if (trigger) setDismissed(trigger.start);
        break;
      case 'save':
        event.preventDefault();
        void save();
        break;
      case 'saveAsAction':
        event.preventDefault();
        void save('action');
        break;
      case 'saveAsOpinion':
        event.preventDefault();
        void save('opinion');
        break;
      case 'clearSpeaker':
        event.preventDefault();
        setDraft((d) => ({ ...d, speaker: { kind: 'default' } }));
        announce(t('announce.speakerCleared'));
        break;
      case 'toggleImportant':
        event.preventDefault();
        setDraft((d) => ({ ...d, important: !d.important }));
        announce(latest.current.important ? t('announce.important') : t('announce.notImportant'));
        break;
      default:
        break;
    }
  };

  // --- Chips.
  const resolved = resolveSpeaker(draft.speaker, currentSpeaker);
  const category = draft.category ?? defaultCategory(draft.speaker, currentSpeaker);
  const refocus = () => inputRef.current?.focus();
  const speakerDetail = (() => {
    const id = resolved?.personId;
    const person = id ? (directory.data?.find((p) => p.id === id) ?? participants?.find((p) => p.person.id === id)?.person) : undefined;
    return person ? [person.position, person.unitName].filter(Boolean).join(' · ') : '';
  })();

  const statusText = saving
    ? t('panel.saving')
    : status === 'failed'
      ? t('panel.draftFailed')
      : showRestored && draft.text.trim()
        ? t('panel.draftRestored')
        : status === 'stored' && draft.text.trim()
          ? t('panel.draftSaved')
          : '';

  return (
    <section className="capture-panel" aria-labelledby={`${ids}-heading`}>
      {region}
      <header className="capture-head">
        <h2 id={`${ids}-heading`}>{t('panel.heading')}</h2>
        <CaptureHelp />
      </header>
      {!live && state.isSuccess ? <p className="capture-notice">{t('panel.notLive')}</p> : null}

      <div className="capture-chips" role="group" aria-label={t('panel.chips')}>
        {typeof draft.item === 'object' ? (
          <Chip
            what={t('panel.item')}
            value={draft.item.title}
            explicit
            removeLabel={t('panel.remove', { what: t('panel.item'), value: draft.item.title })}
            onRemove={() => {
              setDraft((d) => ({ ...d, item: 'default' }));
              refocus();
            }}
          />
        ) : currentItem ? (
          draft.item === 'default' ? (
            <Chip
              what={t('panel.item')}
              value={currentItem.title}
              tag={t('panel.current')}
              removeLabel={t('panel.remove', { what: t('panel.item'), value: currentItem.title })}
              onRemove={() => {
                setDraft((d) => ({ ...d, item: 'none' }));
                refocus();
              }}
            />
          ) : (
            <ResetChip
              text={t('panel.noItem')}
              label={t('panel.reset', { what: t('panel.item') })}
              onReset={() => {
                setDraft((d) => ({ ...d, item: 'default' }));
                refocus();
              }}
            />
          )
        ) : null}
        {resolved ? (
          <Chip
            what={t('panel.speaker')}
            value={resolved.name}
            detail={speakerDetail}
            tag={draft.speaker.kind === 'default' ? t(currentSpeaker?.presenter ? 'panel.presenter' : 'panel.current') : isPickedSpeaker(draft.speaker) ? t('panel.picked') : undefined}
            explicit={draft.speaker.kind !== 'default'}
            removeLabel={
              isPickedSpeaker(draft.speaker)
                ? t('panel.removePicked', { value: resolved.name })
                : t('panel.remove', { what: t('panel.speaker'), value: resolved.name })
            }
            onRemove={() => {
              // Removing a picked speaker goes back to the current one; removing the current one leaves none.
              setDraft((d) => ({ ...d, speaker: d.speaker.kind === 'default' ? { kind: 'none' } : { kind: 'default' } }));
              refocus();
            }}
          />
        ) : draft.speaker.kind === 'none' && currentSpeaker ? (
          <ResetChip
            text={t('panel.noSpeaker')}
            label={t('panel.reset', { what: t('panel.speaker') })}
            onReset={() => {
              setDraft((d) => ({ ...d, speaker: { kind: 'default' } }));
              refocus();
            }}
          />
        ) : (
          <span className="capture-chip capture-chip-empty">{t('panel.noSpeaker')}</span>
        )}
        <Chip
          what={t('panel.category')}
          value={categoryLabel(category)}
          className={`cat-${category}`}
          explicit={draft.category !== null}
          removeLabel={draft.category ? t('panel.reset', { what: t('panel.category') }) : undefined}
          onRemove={
            draft.category
              ? () => {
                  setDraft((d) => ({ ...d, category: null }));
                  refocus();
                }
              : undefined
          }
        />
        <button
          type="button"
          className={draft.important ? 'capture-important on' : 'capture-important'}
          aria-pressed={draft.important}
          title={t('panel.importantToggle')}
          onClick={() => {
            setDraft((d) => ({ ...d, important: !d.important }));
            refocus();
          }}
        >
          <span aria-hidden="true">{draft.important ? '★' : '☆'}</span> {t('panel.important')}
        </button>
      </div>

      <div className="capture-field">
        <label htmlFor={inputId} className="visually-hidden">
          {t('panel.inputLabel')}
        </label>
        <textarea
          id={inputId}
          ref={inputRef}
          className="capture-input"
          data-autofocus={autoFocus || undefined}
          rows={2}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={pickerOpen}
          aria-controls={listId}
          aria-activedescendant={pickerOpen && activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
          aria-describedby={`${keysId} ${statusId}${error ? ` ${statusId}-error` : ''}`}
          aria-invalid={error?.kind === 'empty' ? true : undefined}
          placeholder={t('panel.placeholder')}
          spellCheck={false}
          value={draft.text}
          onChange={onChange}
          onKeyDown={onKeyDown}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
          onCompositionStart={() => {
            composingRef.current = true;
            setComposing(true);
          }}
          onCompositionEnd={(event) => {
            composingRef.current = false;
            compositionEndedAt.current = event.timeStamp;
            setComposing(false);
            setCaret(event.currentTarget.selectionStart ?? 0);
          }}
          onBlur={() => storeNow()}
        />
        <Picker
          id={listId}
          label={trigger?.kind === 'category' ? t('picker.categories') : t('picker.speakers')}
          open={pickerOpen}
          options={options}
          activeIndex={activeIndex}
          categoryLabel={categoryLabel}
          onHover={(index) => setActive({ key: triggerKey, index })}
          onPick={(option) => {
            if (trigger) applyPick(option, trigger);
            refocus();
          }}
        />
      </div>
      <div className="capture-foot">
        <p id={keysId} className="capture-keys">
          {pickerOpen ? (activeIndex < 0 && trigger ? t('picker.chooseGuest', { name: trigger.query.trim() }) : t('picker.keys')) : t('panel.keys')}
        </p>
        <p id={statusId} className={status === 'failed' ? 'capture-draft failed' : 'capture-draft'} data-testid="draft-status">
          {statusText}
        </p>
      </div>
      {error ? (
        <p id={`${statusId}-error`} className="capture-error" role="alert">
          {error.text}
        </p>
      ) : null}
      {secretary ? <p className="capture-secretary">{t('panel.secretary', { name: secretary })}</p> : null}
    </section>
  );
}

function Chip({
  what,
  value,
  detail,
  tag,
  explicit,
  className,
  removeLabel,
  onRemove,
}: {
  what: string;
  value: string;
  detail?: string;
  tag?: string | undefined;
  explicit?: boolean;
  className?: string;
  removeLabel?: string | undefined;
  onRemove?: (() => void) | undefined;
}) {
  const classes = ['capture-chip', explicit ? 'explicit' : 'default', className ?? ''].filter(Boolean).join(' ');
  return (
    <span className={classes} data-chip={what}>
      <span className="capture-chip-what">{what}</span>
      <span className={detail ? 'capture-chip-value keep' : 'capture-chip-value'}>{value}</span>
      {detail ? <span className="capture-chip-detail">{detail}</span> : null}
      {tag ? <span className="capture-chip-tag">{tag}</span> : null}
      {onRemove ? (
        <button type="button" className="capture-chip-remove" aria-label={removeLabel} title={removeLabel} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </span>
  );
}

function ResetChip({ text, label, onReset }: { text: string; label: string; onReset: () => void }) {
  return (
    <span className="capture-chip capture-chip-empty">
      {text}
      <button type="button" className="capture-chip-remove" aria-label={label} title={label} onClick={onReset}>
        <span aria-hidden="true">↺</span>
      </button>
    </span>
  );
}
