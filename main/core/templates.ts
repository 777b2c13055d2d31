import { AppError } from '../../shared/contract/result.js';
import type { AgendaTemplate, AgendaTemplateItem } from '../../shared/agenda.js';
import type { Locale } from '../../shared/contract/fields.js';
import type { CoreContext, HandlerMap } from './context.js';
import { softDelete } from './entity-lifecycle.js';
import { listItems } from './agenda-read.js';
import { getSession } from './sessions.js';
import { BUILTIN_TEMPLATES } from './templates-builtin.js';

interface TemplateRow {
  id: string;
  name: string;
  locale: string;
  items: string;
}

const toTemplate = (row: TemplateRow): AgendaTemplate => ({
  id: row.id,
  name: row.name,
  locale: row.locale as Locale,
  builtin: false,
  items: JSON.parse(row.items) as AgendaTemplateItem[],
});

export function findTemplate(ctx: CoreContext, id: string): AgendaTemplate {
  const builtin = BUILTIN_TEMPLATES.find((t) => t.id === id);
  if (builtin) return builtin;
  const row = ctx.db.prepare('SELECT id, name, locale, items FROM agenda_template WHERE id = ? AND deleted_at IS NULL').get(id) as
    | TemplateRow
    | undefined;
  if (!row) throw new AppError('not_found', { entity: 'template', id });
  return toTemplate(row);
}

export const templateHandlers: HandlerMap<'template'> = {
  'template.list': (input, ctx) => {
    const saved = (ctx.db.prepare('SELECT id, name, locale, items FROM agenda_template WHERE deleted_at IS NULL ORDER BY created_at').all() as TemplateRow[]).map(
      toTemplate,
    );
    const all = [...BUILTIN_TEMPLATES, ...saved];
    return input.locale ? all.filter((t) => t.locale === input.locale || !t.builtin) : all;
  },

  'template.saveFromSession': (input, ctx) => {
    const session = getSession(ctx, input.sessionId);
    const locale = (ctx.db.prepare('SELECT locale FROM programme WHERE id = ?').pluck().get(session.programmeId) as Locale) ?? 'zh-CN';
    const items: AgendaTemplateItem[] = listItems(ctx, input.sessionId).map((item) => ({
      kind: item.kind,
      title: item.title,
      plannedMinutes: item.plannedMinutes,
      ...(item.chairNotes ? { chairNotes: item.chairNotes } : {}),
      ...(item.speakerPrompt ? { speakerPrompt: item.speakerPrompt } : {}),
    }));
    if (items.length === 0) throw new AppError('invalid_state', { reason: 'agenda_empty' });
    const id = ctx.newId();
    ctx.db
      .prepare('INSERT INTO agenda_template (id, name, locale, items, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, input.name, locale, JSON.stringify(items), ctx.now().toISOString());
    ctx.changed('template', id);
    return findTemplate(ctx, id);
  },

  'template.delete': (input, ctx) => {
    if (BUILTIN_TEMPLATES.some((t) => t.id === input.id)) throw new AppError('invalid_state', { reason: 'template_builtin' });
    findTemplate(ctx, input.id);
    softDelete(ctx, 'agenda_template', input.id);
    return null;
  },
};
