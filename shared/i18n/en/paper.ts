import type { Messages } from '../shape.js';
import type { paper as zh } from '../zh-CN/paper.js';

export const paper: Messages<typeof zh> = {
  kind: {
    signin: 'Sign-in sheet',
    namecards: 'Name cards',
    seating: 'Seating plan',
  },
  /** The session's title with the paper's name, as the agenda's title is made. */
  title: '{{word}}: {{title}}',
  time: 'Time',
  venue: 'Venue',
  no: 'No.',
  name: 'Name',
  unitPosition: 'Organisation and position',
  sign: 'Signature',
  unitAndPosition: '{{position}}, {{unit}}',
  seat: 'Seat',
  chair: 'Chair',
  table: 'Table',
  seatingNote: 'The chair sits at the centre of the head of the table, facing down this plan; No. 2 on the chair’s left (right on this plan), No. 3 on the chair’s right (left on this plan), and so on, alternating.',
  fold: 'Fold along this line',
  nobody: 'No participants yet',
};
