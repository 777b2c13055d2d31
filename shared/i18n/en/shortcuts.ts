import type { Messages } from '../shape.js';
import type { shortcuts as zh } from '../zh-CN/shortcuts.js';

export const shortcuts: Messages<typeof zh> = {
  heading: 'Keyboard shortcuts',
  open: 'Keyboard shortcuts',
  openTitle: 'Keyboard shortcuts of this page (?)',
  intro: 'Press ? at any time when you are not typing in a field. These keys work on this page.',
  key: 'Key',
  does: 'What it does',
  separator: '; ',
  screen: {
    capture: 'Capture line',
    notes: 'Notes list (after choosing a note with Tab or a click)',
    run: 'Running the meeting (when not typing in a field)',
    board: 'Task board (on a task card)',
    agenda: 'Agenda',
    directory: 'Directory',
    global: 'Every page (when not typing in a field)',
  },
  notes: {
    move: 'Previous / next note',
    page: 'Page up / down',
    ends: 'First / last note',
    edit: 'Edit: text, speaker, agenda item, category, important, opinion mark',
    opinion: 'Mark as an opinion needing an answer / unmark (shown in the opinions tracker)',
    makeTask: 'Make a task of it (shown on the task board)',
    expand: 'Show all / less of a long note',
    history: 'Show its edit history',
    delete: 'Delete (can be undone)',
    undo: 'Undo the last delete',
  },
  board: {
    focus: 'Move between task cards',
    open: 'Open the task',
    move: 'Move the card to the next column or place at once',
    lift: 'Lift the card; choose a place with the arrows, drop with Space or Enter',
    cancel: 'Cancel the move, put it back',
    undo: 'Undo the last move',
  },
  agenda: {
    move: 'Move an agenda item or speaker up / down',
  },
  directory: {
    move: 'Move a person or unit up / down in the order',
  },
  global: {
    overview: 'Open this overview',
    search: 'Search everything',
  },
};
