import type { HandlerMap } from './context.js';

export const appHandlers: HandlerMap<'app'> = {
  'app.info': (_input, ctx) => ctx.host.info(),
};

export const dbHandlers: HandlerMap<'db'> = {
  'db.health': (_input, ctx) => ctx.host.health(),
};

export const backupHandlers: HandlerMap<'backup'> = {
  'backup.create': (_input, ctx) => ctx.host.backup(),
  'backup.list': (_input, ctx) => ctx.host.listBackups(),
};
