import type { Locale } from '../contract/fields.js';
import { agenda as enAgenda } from './en/agenda.js';
import { board as enBoard } from './en/board.js';
import { capture as enCapture } from './en/capture.js';
import { common as enCommon } from './en/common.js';
import { directory as enDirectory } from './en/directory.js';
import { documentWords as enDocument } from './en/document.js';
import { directoryImport as enDirectoryImport } from './en/directory-import.js';
import { errors as enErrors } from './en/errors.js';
import { exportMessages as enExport } from './en/export.js';
import { home as enHome } from './en/home.js';
import { menu as enMenu } from './en/menu.js';
import { minutes as enMinutes } from './en/minutes.js';
import { opinions as enOpinions } from './en/opinions.js';
import { paper as enPaper } from './en/paper.js';
import { programme as enProgramme } from './en/programme.js';
import { recovery as enRecovery } from './en/recovery.js';
import { projector as enProjector } from './en/projector.js';
import { room as enRoom } from './en/room.js';
import { run as enRun } from './en/run.js';
import { search as enSearch } from './en/search.js';
import { session as enSession } from './en/session.js';
import { settings as enSettings } from './en/settings.js';
import { shortcuts as enShortcuts } from './en/shortcuts.js';
import { trash as enTrash } from './en/trash.js';
import { unitSheet as enUnitSheet } from './en/unit-sheet.js';
import { agenda as zhAgenda } from './zh-CN/agenda.js';
import { board as zhBoard } from './zh-CN/board.js';
import { capture as zhCapture } from './zh-CN/capture.js';
import { common as zhCommon } from './zh-CN/common.js';
import { directory as zhDirectory } from './zh-CN/directory.js';
import { documentWords as zhDocument } from './zh-CN/document.js';
import { directoryImport as zhDirectoryImport } from './zh-CN/directory-import.js';
import { errors as zhErrors } from './zh-CN/errors.js';
import { exportMessages as zhExport } from './zh-CN/export.js';
import { home as zhHome } from './zh-CN/home.js';
import { menu as zhMenu } from './zh-CN/menu.js';
import { minutes as zhMinutes } from './zh-CN/minutes.js';
import { opinions as zhOpinions } from './zh-CN/opinions.js';
import { paper as zhPaper } from './zh-CN/paper.js';
import { programme as zhProgramme } from './zh-CN/programme.js';
import { recovery as zhRecovery } from './zh-CN/recovery.js';
import { projector as zhProjector } from './zh-CN/projector.js';
import { room as zhRoom } from './zh-CN/room.js';
import { run as zhRun } from './zh-CN/run.js';
import { search as zhSearch } from './zh-CN/search.js';
import { session as zhSession } from './zh-CN/session.js';
import { settings as zhSettings } from './zh-CN/settings.js';
import { shortcuts as zhShortcuts } from './zh-CN/shortcuts.js';
import { trash as zhTrash } from './zh-CN/trash.js';
import { unitSheet as zhUnitSheet } from './zh-CN/unit-sheet.js';

/**
 * One namespace per area, each in its own file per language, so teams can add keys without
 * touching each other's files. react-i18next in the renderer uses these; main (menus, exports, the
 * command line) looks them up through the same i18next settings with translatorFor (translate.ts).
 */
export const resources = {
  'zh-CN': {
    common: zhCommon,
    errors: zhErrors,
    menu: zhMenu,
    agenda: zhAgenda,
    run: zhRun,
    projector: zhProjector,
    home: zhHome,
    programme: zhProgramme,
    recovery: zhRecovery,
    session: zhSession,
    directory: zhDirectory,
    settings: zhSettings,
    trash: zhTrash,
    opinions: zhOpinions,
    search: zhSearch,
    capture: zhCapture,
    board: zhBoard,
    minutes: zhMinutes,
    export: zhExport,
    paper: zhPaper,
    shortcuts: zhShortcuts,
    document: zhDocument,
    directoryImport: zhDirectoryImport,
    unitSheet: zhUnitSheet,
    room: zhRoom,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    menu: enMenu,
    agenda: enAgenda,
    run: enRun,
    projector: enProjector,
    home: enHome,
    programme: enProgramme,
    recovery: enRecovery,
    session: enSession,
    directory: enDirectory,
    settings: enSettings,
    trash: enTrash,
    opinions: enOpinions,
    search: enSearch,
    capture: enCapture,
    board: enBoard,
    minutes: enMinutes,
    export: enExport,
    paper: enPaper,
    shortcuts: enShortcuts,
    document: enDocument,
    directoryImport: enDirectoryImport,
    unitSheet: enUnitSheet,
    room: enRoom,
  },
} as const;

export type Namespace = keyof (typeof resources)['zh-CN'];
export const NAMESPACES = Object.keys(resources['zh-CN']) as Namespace[];

/** zh for any Chinese system language, otherwise English. */
export function localeFromSystem(tag: string | undefined | null): Locale {
  return tag && /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}
