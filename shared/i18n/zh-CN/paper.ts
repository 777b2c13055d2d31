/** The room's paper (issue 16): sign-in sheet, name cards and seating plan, as printed. */
export const paper = {
  /** The word after the session's title, and in the file name. */
  kind: {
    signin: '签到表',
    namecards: '桌签',
    seating: '座次图',
  },
  /** The session's title with the paper's name, as the agenda's title is made. */
  title: '{{title}}{{word}}',
  time: '时间',
  venue: '地点',
  no: '序号',
  name: '姓名',
  unitPosition: '单位职务',
  sign: '签到',
  /** 单位 and 职务 as one line: "县工业和信息化局局长". */
  unitAndPosition: '{{unit}}{{position}}',
  seat: '座次',
  chair: '主持',
  /** The table in the middle of the seating plan. */
  table: '会议桌',
  /** Under the plan: how to read it (the chair faces the reader). */
  seatingNote: '主持人居中，面向本图下方；2号坐主持人左手边（图中右侧），3号坐右手边（图中左侧），其后左右交替。',
  /** Printed on the fold line of each name card. */
  fold: '沿此线对折',
  /** When the session has no participants yet. */
  nobody: '尚未添加参会人员',
};
