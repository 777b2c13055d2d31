/** The screen shown when the database cannot be opened. */
export const recovery = {
  title: '数据库无法打开',
  corrupt: '数据文件已损坏，Convene 没有打开它，以免造成更多损失。可以恢复最近的备份；损坏的文件会改名保留在数据文件夹中，不会被删除。',
  future: '这个数据库由更新版本的 Convene 创建（版本 {{found}}，本程序支持到 {{supported}}）。为保护数据，本程序不会打开或改动它。请升级 Convene 后再打开。',
  detail: '技术信息：{{detail}}',
  backups: '可恢复的备份',
  noBackups: '没有找到备份。请联系技术人员，或从其他电脑导入会议包。',
  restoreLatest: '恢复最近的备份',
  restoreThis: '恢复此备份',
  restoring: '正在恢复…',
  restored: '已恢复备份。损坏的文件已保留为：{{file}}',
  created: '备份时间',
  size: '大小',
  /** The database opened, but the full check run after opening found damage: the app keeps working. */
  damagedTitle: '数据库检查发现损坏',
  damaged:
    '打开后的完整检查发现数据文件有损坏（例如索引缺少数据行）。Convene 仍可继续使用，但部分查询可能出错，继续写入也可能造成更多损失。建议恢复最近的备份：备份之后的修改不在备份中；当前文件会改名保留在数据文件夹中，不会被删除。',
  backToApp: '暂不恢复，返回 Convene',
  nothingToRecover: '数据库检查未发现问题，无需恢复。',
  banner: '数据库检查发现损坏，部分数据可能出错。可以恢复备份，当前文件会保留。',
  bannerAction: '查看恢复选项',
} as const;
