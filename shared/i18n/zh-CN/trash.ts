/** Trash: deleted items, restore or delete forever. */
export const trash = {
  title: '回收站',
  intro: '删除的内容先放在这里，可以恢复。彻底删除后无法找回。',
  empty: { title: '回收站是空的', hint: '删除的研讨项目、阶段、研讨会、议程项、记录、规划文件、单位和人员会出现在这里。' },
  kind: {
    programme: '研讨项目',
    stage: '阶段',
    session: '研讨会',
    unit: '单位',
    person: '人员',
    agenda_item: '议程项',
    note: '记录',
    plan: '规划文件',
    action_item: '任务',
    action_progress: '进展报告',
    action_file: '附件',
  },
  column: { kind: '类型', label: '名称', deletedAt: '删除时间', actions: '操作' },
  restoreItem: '恢复“{{label}}”',
  purgeItem: '彻底删除“{{label}}”',
  confirm: {
    title: '彻底删除“{{label}}”？',
    body: '彻底删除后无法恢复。研讨项目、阶段或研讨会里包含的内容（阶段、研讨会、场次、参会记录）也会一并删除。',
    confirm: '彻底删除',
  },
  purged: '已彻底删除“{{label}}”。',
} as const;
