/** Settings: language, theme, data folder, versions, backups. */
export const settings = {
  title: '设置',
  language: {
    heading: '界面语言',
    hint: '“跟随系统”时，中文系统显示中文，其他系统显示英文。',
    saved: '界面语言已更改。',
  },
  theme: {
    heading: '外观',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
  data: {
    heading: '数据',
    hint: '所有内容都保存在这台电脑上的一个数据库文件中，不需要网络。',
    folder: '数据文件夹',
    database: '数据库文件',
    version: 'Convene 版本',
    schema: '数据库结构版本',
  },
  backup: {
    heading: '备份',
    hint: '每次退出时自动备份一次。重要的会议前后，也可以随时手动备份。',
    create: '立即备份',
    creating: '正在备份…',
    created: '已备份到 {{file}}',
    listLabel: '已有备份',
    empty: '还没有备份。',
    file: '文件',
    createdAt: '时间',
    size: '大小',
  },
} as const;
