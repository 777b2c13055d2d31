import type { Messages } from '../shape.js';
import type { projector as zh } from '../zh-CN/projector.js';

export const projector: Messages<typeof zh> = {
  title: 'Projector',
  loading: 'Connecting…',
  notFound: 'This session could not be found.',
  waiting: 'The session will begin shortly',
  closed: 'The session has ended',
  sittingEnded: 'Sitting {{n}} has ended',
  thanks: 'Thank you for taking part',
  speaking: 'Speaking',
  presenter: 'Presenter',
  remaining: 'Time left',
  over: 'Over time',
  paused: 'Paused',
  next: 'Next speakers',
  following: 'Coming up',
  breakTitle: 'Break',
  breakUntil: 'We resume at {{time}}',
  breakNoTime: 'We resume shortly',
  finished: 'The agenda is complete',
  interjection: 'Interjection',
  clock: 'Time',
  kind: { presentation: 'Presentation', statements: 'Round of statements', discussion: 'Open discussion', break: 'Break', summary: 'Summary' },
};
