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
    approved: '第{{version}}版（已审定）',
    draft: '第{{version}}版$t(document:minutes.draft)',
  },
  /** Under the title of a table: where it is from and when it was exported. */
  exported: '{{where}}（{{date}}导出）',
  /** Page numbers where the layout prints a word with them. */
  page: '第 {{n}} 页',
  /** The footer of a printed spreadsheet, in Excel's header/footer codes (&C centre, &P page, &N pages). */
  sheetFooter: '&C第 &P 页，共 &N 页',
  minutes: {
    title: '会议纪要',
    /** The title as printed: a title that already says 纪要 (minutes.named) is printed as typed. */
    heading: '{{title}}会议纪要',
    named: '纪要',
    /** The HTML page's <title> and the PDF's, from the printed heading. */
    pageTitle: '{{title}}',
    draft: '（草稿）',
    time: '时间',
    venue: '地点',
    chair: '主持',
    recorder: '记录',
    attendees: '出席',
    observers: '列席',
    excused: '请假',
    absent: '缺席',
    unrecorded: '出席情况未登记',
    notTaken: '未记录出席情况',
    distribution: '分送',
    copyTo: '抄送',
    issued: '{{issuer}}\u3000{{date}}印发',
    agenda: '会议议程',
    item: '议题',
    planned: '计划时间',
    actual: '实际时间',
    presenter: '报告人',
    discussion: '发言摘要',
    decisions: '会议议定事项',
    actions: '任务分解',
    closing: '会议要求',
    no: '序号',
    task: '任务',
    lead: '牵头单位',
    co: '配合单位',
    deadline: '完成时限',
    deliverable: '成果形式',
    status: '状态',
    /** A drafted point the speaker made as an interjection. */
    interjection: '（插话）{{text}}',
    /** Statements under no agenda item. */
    otherRemarks: '其他发言',
    /** A note with no speaker. */
    participant: '与会人员',
  },
  tasks: {
    /** The deadline as it was spoken (一个月内), beside the date. */
    rule: '时限要求',
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
