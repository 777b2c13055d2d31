/** Home: the list of programmes, creating one, opening the sample workshop. */
export const home = {
  title: '研讨项目',
  intro: '每个研讨项目是一组分阶段举行的专题研讨会：每个阶段有自己的参加对象和目的。',
  listLabel: '全部研讨项目',
  empty: {
    title: '还没有研讨项目',
    hint: '新建第一个研讨项目，或打开示例研讨，看看一套完整的分阶段研讨是什么样子。',
  },
  stageCount_one: '{{count}} 个阶段',
  stageCount_other: '{{count}} 个阶段',
  sessionCount_one: '{{count}} 场研讨会',
  sessionCount_other: '{{count}} 场研讨会',
  updated: '更新于 {{date}}',
  noDescription: '暂无说明',
  action: {
    new: '新建研讨项目',
    openSample: '打开示例研讨',
    loadingSample: '正在载入示例…',
    delete: '删除“{{title}}”',
  },
  form: {
    heading: '新建研讨项目',
    title: '标题',
    titleHint: '例如：清源县高质量发展战略布局专题研讨',
    description: '说明',
    descriptionHint: '这组研讨要达成什么（选填）',
    locale: '会议语言',
    localeHint: '纪要和导出文件使用这种语言',
    submit: '创建',
    creating: '正在创建…',
  },
} as const;
