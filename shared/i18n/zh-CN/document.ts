/**
 * The words of the exported documents (minutes, task breakdown, opinions report, agenda) and of their
 * file names, as main prints them (main/export, main/core/minutes-draft.ts). A term printed in two
 * places is written once and nested ($t(…)) where it recurs, except in a sentence that holds user text:
 * i18next does not nest in a string whose values bring "$t(" with them, and a title must print as
 * typed (test/unit/export-words.test.ts). Punctuation is the document's language's, whatever the UI's.
 */
export const documentWords = {
  punctuation: {
    /** Between names: 江辰、赵国栋. */
    list: '、',
    /** Between clauses of one sentence. */
    clause: '，',
    /** After a label: 时间：. */
    colon: '：',
    /** Between items that each hold a list: two dates with their sittings. */
    series: '；',
    /** A remark in brackets after a word: 赵国栋（副县长）. */
    aside: '（{{text}}）',
  },
  /** `<title>-<kind>-<date>.<ext>`. */
  fileName: {
    minutes: '$t(document:minutes.title)',
    tasks: '$t(export:kind.tasks)',
    opinions: '$t(document:opinions.title)',
    agenda: '$t(document:agenda.title)',
    signin: '$t(paper:kind.signin)',
    namecards: '$t(paper:kind.namecards)',
    seating: '$t(paper:kind.seating)',
    'followup-digest': '$t(export:kind.followup-digest)',
    'followup-ledger': '$t(export:kind.followup-ledger)',
    approved: '第{{version}}版（已审定）',
    draft: '第{{version}}版$t(document:minutes.draft)',
  },
  /** Under the title of a table: where it is from and when it was exported. */
  exported: '{{where}}（{{date}}导出）',
  /** Page numbers where the layout prints a word with them. */
  page: '第 {{n}} 页',
  /** The footer of a printed spreadsheet, in Excel's header/footer codes (&C centre, &P page, &N pages). */
  sheetFooter: '&C第 &P 页，共 &N 页',
  /**
   * The minutes as printed: the labels are the minutes editor's own (the minutes namespace), which
   * shows the document as it will print.
   */
  minutes: {
    title: '$t(export:kind.minutes)',
    /** The title as printed: a title that already says 纪要 (minutes.named) is printed as typed. */
    heading: '{{title}}会议纪要',
    named: '纪要',
    /** The HTML page's <title> and the PDF's, from the printed heading. */
    pageTitle: '{{title}}',
    draft: '（草稿）',
    time: '$t(minutes:header.time)',
    venue: '$t(minutes:header.venue)',
    chair: '$t(minutes:header.chair)',
    recorder: '$t(minutes:header.recorder)',
    attendees: '$t(minutes:attendees.heading)',
    observers: '$t(minutes:observers.heading)',
    excused: '$t(minutes:excused.heading)',
    absent: '$t(minutes:absent.heading)',
    unrecorded: '$t(minutes:unrecorded.heading)',
    notTaken: '未记录出席情况',
    distribution: '$t(minutes:colophon.distribution)',
    copyTo: '$t(minutes:colophon.copyTo)',
    issued: '{{issuer}}\u3000{{date}}印发',
    agenda: '$t(minutes:agenda.heading)',
    item: '$t(minutes:agenda.title)',
    planned: '$t(minutes:agenda.planned)',
    actual: '$t(minutes:agenda.actual)',
    presenter: '$t(minutes:agenda.presenter)',
    discussion: '$t(minutes:discussion.heading)',
    decisions: '$t(minutes:decisions.heading)',
    actions: '$t(minutes:actions.heading)',
    closing: '$t(minutes:closing.heading)',
    no: '$t(minutes:actions.no)',
    task: '$t(minutes:actions.task)',
    lead: '$t(minutes:actions.lead)',
    co: '$t(minutes:actions.co)',
    deadline: '$t(minutes:actions.deadline)',
    deliverable: '$t(minutes:actions.deliverable)',
    status: '$t(minutes:actions.status)',
    /** A drafted point the speaker made as an interjection. */
    interjection: '（插话）{{text}}',
    /** Statements under no agenda item. */
    otherRemarks: '其他发言',
    /** A note with no speaker. */
    participant: '与会人员',
  },
  /** 督办通报 and 督办台账 (issue 17): where the tasks stand as of a chosen day. */
  followup: {
    asOf: '截至{{date}}',
    summary: '共{{total}}项：正常推进{{onTime}}项，临期{{dueSoon}}项，逾期{{overdue}}项，已办结{{closed}}项。',
    counts: '一、各单位办理情况',
    overdueList: '二、逾期未办结事项',
    closedList: '三、已办结事项',
    none: '无。',
    unit: '牵头单位',
    noUnit: '（未定牵头单位）',
    onTime: '正常推进',
    dueSoon: '临期',
    overdue: '逾期',
    closed: '已办结',
    closedLate: '其中逾期办结',
    total: '合计',
    task: '督办事项',
    due: '办结时限',
    daysLate: '逾期天数',
    days_one: '{{count}}天',
    days_other: '{{count}}天',
    closedOn: '办结日期',
    late: '逾期办结',
    coUnits: '配合单位',
    originalDue: '原定时限',
    currentDue: '现时限',
    state: '办理状态',
    latestProgress: '最新进展',
    progressCount: '进展报告',
    extensions: '延期',
  },
  tasks: {
    /** The deadline as it was spoken (一个月内), beside the date. */
    rule: '时限要求',
    /** The due date before an approved extension (延期), beside the current one. */
    originalDeadline: '原定期限',
  },
  opinions: {
    title: '意见建议办理情况表',
    raisedBy: '提出人',
    session: '研讨会',
    opinion: '意见建议',
    disposition: '办理情况',
    plan: '纳入文件',
    reason: '说明',
    dispositions: {
      pending: '待研究',
      to_incorporate: '拟纳入',
      incorporated: '已采纳',
      declined: '未采纳',
      deferred: '暂缓',
    },
  },
  agenda: {
    title: '议程',
    /** No space between a Chinese title and 议程: Chinese does not separate words. */
    heading: '{{title}}议程',
    attending: '出席',
    observers: '列席',
    speakers: '发言人',
    /** An item's length when it has no planned start. */
    minutes: '{{n}}分钟',
  },
};
