/** One search box for notes, sessions, people and units. */
export const search = {
  title: '搜索',
  intro: '在所有研讨会的记录、会议纪要、研讨会、人员和单位中查找。',
  label: '搜索内容',
  placeholder: '输入关键词，如“营商环境”“人才”',
  hint: '一两个字也能搜，如“人才”“税”；人名可输拼音或首字母，如“wf”。多个词用空格分开，需全部出现。',
  shortcut: '在任意页面按 / 或 Ctrl+K 进入搜索。',
  kind: { note: '记录', session: '研讨会', person: '人员', unit: '单位', action: '任务', minutes: '会议纪要' },
  count_one: '找到 {{count}} 条结果',
  count_other: '找到 {{count}} 条结果',
  none: { title: '没有找到“{{query}}”', hint: '换个说法试试，或减少关键词。一两个字也能搜。' },
  searching: '正在搜索…',
  noteIn: '{{speaker}}的发言',
  minutesOf: '{{session}}的会议纪要',
  openDirectory: '在通讯录中查看',
} as const;
