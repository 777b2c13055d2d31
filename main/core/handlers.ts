import type { CoreHandlers } from './context.js';
import { actionHandlers } from './actions.js';
import { agendaHandlers } from './agenda.js';
import { attendanceHandlers } from './attendance.js';
import { directoryHandlers } from './directory-import.js';
import { minutesHandlers } from './minutes.js';
import { recoveryHandlers } from './recovery.js';
import { noteHandlers } from './notes.js';
import { opinionHandlers } from './opinions.js';
import { planHandlers } from './plans.js';
import { searchHandlers } from './search.js';
import { personHandlers } from './people.js';
import { programmeHandlers } from './programmes.js';
import { referenceHandlers } from './references.js';
import { runHandlers } from './run.js';
import { sessionHandlers, sittingHandlers } from './sessions.js';
import { settingsHandlers } from './settings.js';
import { calendarHandlers } from './work-calendar.js';
import { speakerHandlers } from './speakers.js';
import { stageHandlers } from './stages.js';
import { statsHandlers } from './stats.js';
import { appHandlers, backupHandlers, dbHandlers } from './system.js';
import { templateHandlers } from './templates.js';
import { trashHandlers } from './trash.js';
import { unitHandlers } from './units.js';
import { unitSheetHandlers } from './unit-sheet.js';
import { dueOverviewHandlers } from './due-overview.js';

/**
 * Every channel the core answers, exactly once: the type fails to check if one is missing. Bundle and
 * sample channels sit above the core; main/service/handlers.ts adds them.
 */
export const coreHandlers: CoreHandlers = {
  ...appHandlers,
  ...programmeHandlers,
  ...stageHandlers,
  ...sessionHandlers,
  ...sittingHandlers,
  ...unitHandlers,
  ...personHandlers,
  ...attendanceHandlers,
  ...trashHandlers,
  ...referenceHandlers,
  ...settingsHandlers,
  ...calendarHandlers,
  ...backupHandlers,
  ...dbHandlers,
  ...agendaHandlers,
  ...templateHandlers,
  ...speakerHandlers,
  ...runHandlers,
  ...statsHandlers,
  ...noteHandlers,
  ...planHandlers,
  ...opinionHandlers,
  ...searchHandlers,
  ...actionHandlers,
  ...minutesHandlers,
  ...recoveryHandlers,
  ...directoryHandlers,
  ...unitSheetHandlers,
  ...dueOverviewHandlers,
};
