/**
 * The application menu and the few dialogs the Electron shell shows before the UI exists (startup
 * failures). en/menu.ts must have exactly these keys.
 */
export const menu = {
  app: {
    about: '关于 Convene',
    services: '服务',
    hide: '隐藏 Convene',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
    quit: '退出 Convene',
  },
  file: {
    label: '文件',
    home: '首页',
    directory: '人员与单位',
    settings: '设置…',
    openDataFolder: '打开数据文件夹',
    close: '关闭窗口',
    quit: '退出',
  },
  edit: {
    label: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    pasteAndMatchStyle: '粘贴并匹配样式',
    delete: '删除',
    selectAll: '全选',
  },
  view: {
    label: '视图',
    reload: '重新加载',
    forceReload: '强制重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    toggleFullScreen: '全屏',
  },
  window: {
    label: '窗口',
    minimize: '最小化',
    zoom: '缩放',
    close: '关闭',
    front: '全部置于顶层',
  },
  help: {
    label: '帮助',
    about: '关于 Convene',
  },
  startup: {
    title: 'Convene 无法启动',
    dataFolder: '数据文件夹：{{dataDir}}',
    backups: '自动备份保存在其中的 backups 文件夹里，原数据库文件没有被改动。',
    nativeMissing: '缺少为 Electron 编译的数据库组件：{{file}}。开发环境请先运行 node scripts/prepare-electron-native.mjs；安装包请重新安装 Convene。',
    failed: '打开数据时出错：{{detail}}',
  },
} as const;
