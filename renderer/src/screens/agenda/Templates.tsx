import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { AgendaTemplate } from '../../../../shared/agenda.js';
import type { Locale } from '../../../../shared/contract/fields.js';
import { useCall } from '../../app/client.js';
import { useRun } from '../../app/feedback.js';
import { useChoice } from '../../components/ConfirmDialog.js';
import { useKeepInWindow } from '../../components/keepInWindow.js';

const totalMinutes = (template: AgendaTemplate) => template.items.reduce((sum, item) => sum + item.plannedMinutes, 0);

/**
 * "Start from template": a disclosure listing the templates of the programme's language (and the
 * user's own). On a non-empty agenda it asks whether to append or to replace.
 */
export function TemplateMenu({ sessionId, locale, itemCount }: { sessionId: string; locale: Locale; itemCount: number }) {
  const { t } = useTranslation('agenda');
  const run = useRun();
  const [open, setOpen] = useState(false);
  const templates = useCall('template.list', { locale }, { enabled: open });
  const [dialog, choose] = useChoice<'append' | 'replace'>();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  useKeepInWindow(panelRef, open, [templates.data]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  useEffect(() => {
    if (open && templates.isSuccess) panelRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open, templates.isSuccess]);

  const apply = async (template: AgendaTemplate) => {
    setOpen(false);
    let replace = false;
    if (itemCount > 0) {
      const answer = await choose({
        title: t('template.applyTitle', { name: template.name }),
        body: t('template.applyBody', { count: itemCount }),
        choices: [
          { value: 'replace', label: t('template.replace'), danger: true },
          { value: 'append', label: t('template.append'), primary: true },
        ],
      });
      if (!answer) return buttonRef.current?.focus();
      replace = answer === 'replace';
    }
    const items = await run('agenda.applyTemplate', { sessionId, templateId: template.id, replace });
    buttonRef.current?.focus();
    if (items) toast.success(t('template.applied', { name: template.name, count: template.items.length }));
  };

  return (
    <div className="template-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('template.menu')} <span aria-hidden="true">▾</span>
      </button>
      <div
        id={panelId}
        ref={panelRef}
        className="template-panel"
        hidden={!open}
        role="group"
        aria-label={t('template.menuLabel')}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            setOpen(false);
            buttonRef.current?.focus();
          }
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const buttons = [...(panelRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
            const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
            const next = buttons[(index + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length];
            next?.focus();
          }
        }}
      >
        {templates.isPending ? <p className="muted">{t('template.loading')}</p> : null}
        {templates.data?.length === 0 ? <p className="muted">{t('template.none')}</p> : null}
        <ul className="template-list">
          {templates.data?.map((template) => (
            <li key={template.id}>
              <button type="button" className="template-option" onClick={() => void apply(template)}>
                <span className="template-name">
                  {template.name}
                  {template.builtin ? <span className="badge badge-neutral">{t('template.builtin')}</span> : null}
                </span>
                <span className="template-summary">
                  {t('template.summary', { count: template.items.length, minutes: totalMinutes(template) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {dialog}
    </div>
  );
}

/** "Save as template": a small inline form with the template's name. */
export function SaveTemplate({ sessionId, sessionTitle, disabled }: { sessionId: string; sessionTitle: string; disabled: boolean }) {
  const { t } = useTranslation(['agenda', 'common']);
  const run = useRun();
  const [name, setName] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputId = useId();

  const editing = name !== null;
  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name?.trim()) return;
    const saved = await run('template.saveFromSession', { sessionId, name: name.trim() });
    if (saved) {
      toast.success(t('template.saved', { name: saved.name }));
      setName(null);
      window.requestAnimationFrame(() => buttonRef.current?.focus());
    }
  };

  if (name === null) {
    return (
      <button ref={buttonRef} type="button" className="button" disabled={disabled} onClick={() => setName(t('template.defaultName', { title: sessionTitle }))}>
        {t('template.save')}
      </button>
    );
  }
  return (
    <form
      className="save-template"
      aria-label={t('template.saveHeading')}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          setName(null);
        }
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t('template.name')}
      </label>
      <input id={inputId} ref={inputRef} type="text" value={name} placeholder={t('template.name')} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="button primary">
        {t('template.saveSubmit')}
      </button>
      <button type="button" className="button" onClick={() => setName(null)}>
        {t('common:action.cancel')}
      </button>
    </form>
  );
}
