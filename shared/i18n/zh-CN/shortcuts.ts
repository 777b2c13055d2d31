/** The keyboard shortcut overview (press ? outside a field). en/shortcuts.ts must have exactly these keys. */
export const shortcuts = {
  heading: '键盘快捷键',
  open: '按键一览',
  openTitle: '查看本页的键盘快捷键（?）',
  intro: '不在输入框中时，按 ? 随时打开本说明。下面是当前页面可用的按键。',
  key: '按键',
  does: '作用',
  separator: '；',
  screen: {
    capture: '速记框',
    notes: '记录列表（用 Tab 或点击选中一条记录后）',
    run: '会议进行（不在输入框中时）',
    board: '任务看板（选中一张任务卡后）',
    agenda: '议程编排',
    directory: '通讯录',
    global: '任何页面（不在输入框中时）',
  },
  notes: {
    move: '上一条 / 下一条记录',
    page: '向上 / 向下翻页',
    ends: '第一条 / 最后一条记录',
    edit: '编辑：内容、发言人、议程项、类别、重要、意见标记',
    opinion: '标为需要答复的意见 / 取消标记（出现在意见办理跟踪）',
    makeTask: '转为任务（出现在任务看板）',
    expand: '展开 / 收起长记录',
    history: '查看修改历史',
    delete: '删除（可撤销）',
    undo: '撤销刚才的删除',
  },
  board: {
    focus: '在任务卡间移动',
    open: '打开任务详情',
    move: '直接把任务卡移到相邻的列或位置',
    lift: '拿起任务卡；再用方向键选位置，按空格或回车放下',
    cancel: '取消移动，放回原处',
    undo: '撤销上一次移动',
  },
  agenda: {
    move: '上移 / 下移议程项或发言人',
  },
  directory: {
    move: '在排序中上移 / 下移人员或单位',
  },
  global: {
    overview: '打开本说明',
    search: '搜索全部内容',
  },
} as const;
