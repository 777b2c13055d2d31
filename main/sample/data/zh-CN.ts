/** 示例研讨的中文文本。结构（谁属于哪个单位、谁以什么身份参会、日期）见 structure.ts。 */
import type { SampleText } from '../types.js';

export const zhCN: SampleText = {
  programme: {
    title: '清源县高质量发展战略布局专题研讨',
    description:
      '经过数月起草，县委形成了未来五年高质量发展战略（愿景、核心目标与关键路径）。' +
      '战略不以一次大会动员的方式下达，而是分批次、小范围、高强度地组织专题研讨，一批比一批范围更广，' +
      '把战略转化为各单位的年度计划、重点任务和考核指标；每次研讨的成果都落实为有牵头单位、有责任人、有时限的具体任务。',
  },

  units: {
    county_committee: { name: '中共清源县委员会', shortName: '县委' },
    county_government: { name: '清源县人民政府', shortName: '县政府' },
    organisation_dept: { name: '中共清源县委组织部', shortName: '县委组织部' },
    assessment_office: { name: '清源县考核办公室', shortName: '考核办' },
    development_reform: { name: '清源县发展和改革局', shortName: '发改局' },
    industry_it: { name: '清源县工业和信息化局', shortName: '工信局' },
    finance: { name: '清源县财政局', shortName: '财政局' },
    financial_office: { name: '清源县人民政府金融工作办公室', shortName: '金融办' },
    agriculture: { name: '清源县农业农村局', shortName: '农业农村局' },
    culture_tourism: { name: '清源县文化和旅游局', shortName: '文旅局' },
    natural_resources: { name: '清源县自然资源和规划局', shortName: '自然资源和规划局' },
    dev_zone: { name: '清源经济技术开发区管理委员会', shortName: '经开区管委会' },
    chengguan: { name: '清源县城关镇', shortName: '城关镇' },
    hexi: { name: '清源县河西镇', shortName: '河西镇' },
    qingshan: { name: '清源县青山乡', shortName: '青山乡' },
    congress: { name: '清源县人民代表大会常务委员会', shortName: '县人大常委会' },
    cppcc: { name: '中国人民政治协商会议清源县委员会', shortName: '县政协' },
    precision_machinery: { name: '清源精密机械股份有限公司', shortName: '清源精机' },
    eco_agriculture: { name: '青山生态农业发展有限公司', shortName: '青山生态' },
    new_materials: { name: '河西新材料科技有限公司', shortName: '河西新材' },
  },

  people: {
    jiang_chen: { name: '江辰', position: '县委书记' },
    li_changgen: { name: '李长根', position: '县委副书记、县长' },
    zhou_liqun: { name: '周立群', position: '县委副书记' },
    wang_zhiyuan: { name: '王志远', position: '县委常委、常务副县长（分管发展改革、财政）' },
    chen_jing: { name: '陈静', position: '县委常委、组织部部长' },
    liu_fang: { name: '刘芳', position: '县委常委、宣传部部长' },
    zhao_guodong: { name: '赵国栋', position: '副县长（分管工业和信息化）' },
    sun_haiyan: { name: '孙海燕', position: '副县长（分管农业农村）' },
    ma_wenbo: { name: '马文博', position: '副县长（分管文化旅游）' },
    he_jianjun: { name: '何建军', position: '经开区党工委书记、管委会主任' },
    wu_xiaodong: { name: '吴晓东', position: '城关镇党委书记' },
    han_xue: { name: '韩雪', position: '城关镇党委副书记、镇长' },
    zheng_chunmei: { name: '郑春梅', position: '河西镇党委书记' },
    cao_yuhang: { name: '曹宇航', position: '河西镇党委副书记、镇长' },
    feng_lei: { name: '冯磊', position: '青山乡党委书记' },
    lin_weidong: { name: '林卫东', position: '工信局局长' },
    gao_xiulan: { name: '高秀兰', position: '财政局局长' },
    xie_ming: { name: '谢明', position: '金融办主任' },
    tang_zhenhua: { name: '唐振华', position: '发改局局长' },
    xu_jianping: { name: '许建平', position: '自然资源和规划局局长' },
    qian_li: { name: '钱丽', position: '考核办主任' },
    peng_desheng: { name: '彭德胜', position: '农业农村局局长' },
    luo_xiaolin: { name: '罗晓琳', position: '文旅局局长' },
    xu_hongmei: { name: '徐红梅', position: '县人大代表、河西镇农民专业合作社理事长' },
    deng_zhigang: { name: '邓志刚', position: '县人大代表、城关镇东门社区党委书记' },
    jiang_wenhua: { name: '蒋文华', position: '县政协委员、清源县第一中学校长' },
    shen_yiming: { name: '沈一鸣', position: '县政协委员、清源明理律师事务所主任' },
    zeng_qingfeng: { name: '曾庆丰', position: '董事长、县工商联副主席' },
    tian_yu: { name: '田雨', position: '总经理' },
    pan_junjie: { name: '潘俊杰', position: '总经理' },
    qin_yue: { name: '秦悦', position: '县委办公室秘书' },
    fan_siqi: { name: '范思琪', position: '县政府办公室秘书' },
  },

  stages: {
    leadership: {
      title: '常委会层面研讨',
      audience: '县委常委会全体成员、各位副县长；经开区、主要乡镇和工信局主要负责同志交流发言，发改局主要负责同志列席。',
      purpose:
        '一是统一领导班子对战略的思想认识；二是进行首次对接，每位班子成员结合分管领域，思考如何把战略融入明年工作。' +
        '采取“对接—研讨”方式，只研讨、不作决定。',
    },
    themed: {
      title: '专题研讨',
      audience: '相关部门主要负责同志，重点乡镇党政主要负责同志，部分人大代表、政协委员和企业家代表。',
      purpose: '围绕战略重点分专题深入研讨，广泛听取意见建议；每条意见逐条记录、逐条反馈，作为修改完善相关规划方案的依据。',
    },
    decisions: {
      title: '后续决策会议',
      audience: '县长办公会、县委常委会组成人员，相关部门主要负责同志。',
      purpose:
        '把研讨成果转化为决策：资源配置向战略重点倾斜；改革乡镇和部门年度考核，新增“战略任务落实”专项考核。',
    },
  },

  sessions: {
    leadership_seminar: {
      title: '常委会层面战略对接研讨会',
      theme: '战略愿景与关键路径：对接—研讨',
      venue: '县委会议室',
    },
    business_environment: {
      title: '专题研讨会：优化营商环境，构建创新生态',
      theme: '优化营商环境，构建创新生态',
      venue: '县行政中心第一会议室',
    },
    regional_coordination: {
      title: '专题研讨会：深化区域协同，实现共赢发展',
      theme: '深化区域协同，实现共赢发展',
      venue: '经开区管委会会议室',
    },
    resource_allocation: {
      title: '县长办公会：资源配置向战略重点倾斜',
      theme: '明年预算、项目计划和用地指标向战略重点倾斜；高耗能、高污染、低效益项目严把准入关',
      venue: '县政府常务会议室',
    },
    assessment_reform: {
      title: '县委常委会：年度考核评价体系改革',
      theme: '调整乡镇和部门年度考核指标权重，新增“战略任务落实”专项考核',
      venue: '县委会议室',
    },
  },

  agendas: {
    leadership_seminar: {
      vision: {
        title: '战略愿景与关键路径',
        chairNotes: '江辰同志结合幻灯片作框架性报告：未来五年的战略愿景、核心目标和关键路径。',
        speakerPrompt: '',
      },
      chain_plan: {
        title: '解读“强链扩圈”产业生态构建方案',
        chairNotes: '王志远同志（分管发展改革）解读方案，讲清重点产业链、目标任务和各单位分工。',
        speakerPrompt: '',
      },
      round_am: {
        title: '交流发言（一）：分管领域',
        chairNotes:
          '分管工信、农业、文旅的副县长依次发言，工信局主要负责同志紧接分管副县长发言。' +
          '江辰、李长根同志适时插话，引导从“怎么解决问题”的角度谈，而不仅是罗列问题。只研讨、不作决定。',
        speakerPrompt: '理解、思路、实际困难与资源约束',
      },
      round_pm: {
        title: '交流发言（二）：经开区和主要乡镇',
        chairNotes:
          '经开区和主要乡镇党委书记发言，讲清本区域如何承接战略。' +
          '江辰、李长根同志适时插话，引导从“怎么解决问题”的角度谈，而不仅是罗列问题。',
        speakerPrompt: '理解、思路、实际困难与资源约束',
      },
      summary: {
        title: '主持人总结',
        chairNotes: '江辰同志总结：统一思想认识，点评各分管领域的对接思路，部署下一批专题研讨。本次会议不作决定。',
        speakerPrompt: '',
      },
    },
    business_environment: {
      intro: {
        title: '专题情况介绍：营商环境与创新生态',
        chairNotes: '唐振华同志介绍营商环境评价结果、创新平台建设现状和战略中的相关任务，为发言作铺垫。',
        speakerPrompt: '',
      },
      statements: {
        title: '部门、乡镇、代表委员和企业家发言',
        chairNotes:
          '先部门、乡镇，再人大代表、政协委员，最后企业家。请曾庆丰董事长重点谈人才引进和知识产权保护。' +
          '每条意见逐条记录，会后逐条反馈。',
        speakerPrompt: '对优化营商环境、构建创新生态的意见和建议',
      },
      discussion: {
        title: '自由讨论',
        chairNotes: '围绕发言中集中反映的问题（人才、知识产权、融资、审批）交流，部门能当场回应的当场回应。',
        speakerPrompt: '',
      },
      summary: {
        title: '总结讲话',
        chairNotes: '李长根同志总结，明确意见建议梳理、反馈和纳入方案修改的时限。',
        speakerPrompt: '',
      },
    },
    regional_coordination: {
      intro: {
        title: '专题情况介绍：区域协同发展格局与重点任务',
        chairNotes: '王志远同志介绍经开区与各乡镇分工协作、利益共享的思路和跨乡镇重点项目。',
        speakerPrompt: '',
      },
      statements: {
        title: '部门、经开区、乡镇、人大代表和企业家发言',
        chairNotes: '乡镇同志重点谈产业协作、利益分享和要素保障中的实际困难。每条意见逐条记录，会后逐条反馈。',
        speakerPrompt: '对深化区域协同、实现共赢发展的意见和建议',
      },
      discussion: {
        title: '自由讨论',
        chairNotes: '围绕经开区与乡镇之间的项目落地、税收分成和生态补偿交流。',
        speakerPrompt: '',
      },
      summary: {
        title: '总结讲话',
        chairNotes: '江辰同志总结，明确需要进一步研究的协同机制及其牵头单位。',
        speakerPrompt: '',
      },
    },
    resource_allocation: {
      budget: {
        title: '明年预算安排向战略重点倾斜的方案',
        chairNotes: '财政局汇报：资金优先保障符合战略方向的项目。',
        speakerPrompt: '',
      },
      projects: {
        title: '明年重大项目计划及准入把关意见',
        chairNotes: '发改局汇报：符合战略方向的项目优先安排；高耗能、高污染、低效益项目严把准入关。',
        speakerPrompt: '',
      },
      land: {
        title: '用地和能耗指标保障方案',
        chairNotes: '自然资源和规划局汇报：用地指标优先保障战略重点项目。',
        speakerPrompt: '',
      },
      discussion: {
        title: '讨论',
        chairNotes: '与会同志逐一发表意见。',
        speakerPrompt: '',
      },
      decision: {
        title: '议定事项',
        chairNotes: '李长根同志归纳议定事项，明确牵头单位、责任人和完成时限。',
        speakerPrompt: '',
      },
    },
    assessment_reform: {
      weights: {
        title: '关于调整乡镇和部门年度考核指标权重的说明',
        chairNotes:
          '组织部汇报：提高产业发展质量、创新能力、营商环境满意度、区域协同成效、生态环境质量的权重，' +
          '降低单纯GDP增速和投资规模的权重。',
        speakerPrompt: '',
      },
      special: {
        title: '“战略任务落实”专项考核办法（草案）起草说明',
        chairNotes: '考核办说明专项考核的对象、内容、评分方法和结果运用。',
        speakerPrompt: '',
      },
      discussion: {
        title: '审议讨论',
        chairNotes: '常委会成员逐一发表意见；根据讨论意见修改后再付表决。',
        speakerPrompt: '',
      },
      decision: {
        title: '表决',
        chairNotes: '江辰同志主持表决，形成会议决定。',
        speakerPrompt: '',
      },
    },
  },

  plans: {
    talent: {
      title: '人才发展规划',
      description: '引才、育才、留才的政策体系：安家补贴之外的子女入学、配偶就业、人才公寓和技能人才培养。',
    },
    industrial_ecosystem: {
      title: '“强链扩圈”产业生态构建方案',
      description: '围绕精密机械、新材料等重点产业链补链延链，分阶段、差异化支持“专精特新”企业成长。',
    },
    business_environment: {
      title: '营商环境优化行动方案',
      description: '审批提速、融资支持、知识产权保护和涉企服务的年度行动清单，由企业评价满意度。',
    },
  },

  notes: {
    s1_zhao_chains: {
      text:
        '对战略的理解：工业是清源高质量发展的主战场。“强链扩圈”要求招商从“铺摊子”转向“补链条”，' +
        '明年工业口围绕精密机械、新材料两条链精准招引配套企业。',
      reason: '',
    },
    s1_lin_specialised: {
      text:
        '建议出台更加精准的“专精特新”企业扶持政策：按初创期、成长期、成熟期分类施策，' +
        '贷款贴息、研发补助、市场开拓支持各有侧重，避免“撒胡椒面”。',
      reason: '',
    },
    s1_lin_scattered: {
      text: '现有产业扶持资金分散在多个部门，单个项目支持力度小，企业感受不明显。',
      reason: '',
    },
    s1_jiang_solutions: {
      text:
        '江辰插话：困难讲清楚了，更要讲怎么解决。请工信局会同财政局、金融办，一个月内拿出分阶段、差异化的' +
        '“专精特新”企业扶持政策初稿，讲清需要县里给什么政策、哪些部门配合。',
      reason: '',
    },
    s1_sun_land: {
      text: '设施农业用地审批慢、指标紧，冷链物流和农产品加工项目落不了地；建议明年用地计划中单列农业项目指标。',
      reason: '',
    },
    s1_ma_tourism: {
      text: '文旅可以和工业联动：把城关镇老机械厂区改造为工业旅游点，带动夜间消费。',
      reason: '',
    },
    s1_he_factories: {
      text: '经开区标准厂房缺口约20万平方米，项目“等厂房”现象突出，建议明年专项安排标准厂房建设资金。',
      reason: '待县长办公会统筹明年预算和项目计划时一并研究。',
    },
    s1_li_resources: {
      text: '李长根插话：乡镇不要只提要指标，要讲清楚本乡镇能拿出什么资源、和经开区怎么分工协作。',
      reason: '',
    },
    s1_wu_services: {
      text: '城关镇的定位是做好经开区的配套服务，重点建设人才公寓、学校和商业配套，让企业职工留得下。',
      reason: '',
    },
    s2_lin_approval: {
      text: '优化营商环境要从企业最常跑的事项改起：企业开办、项目审批推行“一窗受理、并联审批”，审批时限再压缩一半。',
      reason: '',
    },
    s2_xie_credit: {
      text: '中小企业融资难、融资贵，普遍缺少抵押物；建议设立县级融资担保和风险补偿资金池，推广知识产权质押贷款。',
      reason: '',
    },
    s2_xu_service: {
      text: '部分部门服务企业还存在“门好进、脸好看、事难办”的现象，营商环境好不好，要让企业来打分。',
      reason: '',
    },
    s2_shen_ip_centre: {
      text: '建议依托县法院和市场监管局设立知识产权快速维权中心，提供取证、调解、诉讼一站式服务。',
      reason: '快速维权中心须经市级批准设立，待与市市场监管局对接后再议。',
    },
    s2_jiang_schools: {
      text: '县一中愿意为引进人才的子女预留学位，建议建立人才子女入学“绿色通道”，由教育局统筹。',
      reason: '',
    },
    s2_zeng_talent: {
      text: '引进人才光靠一次性安家补贴不够，人才子女上学、配偶就业这些问题必须一并解决，否则人才引得来、留不住。',
      reason: '',
    },
    s2_zeng_ip: {
      text:
        '知识产权方面，企业最怕研发成果被抄袭：一项新工艺投入几百万，被人仿冒后维权取证难、周期长、成本太高，' +
        '很多企业只能忍着。',
      reason: '',
    },
    s2_zeng_training: {
      text: '建议政府搭台、校企合作，在县职业中专开设精密机械订单班，定向培养本地技术工人。',
      reason: '',
    },
    s2_pan_rent: {
      text: '建议对所有新入园企业一律免收三年厂房租金，吸引更多企业落户。',
      reason: '普惠式免租与“按亩均效益配置资源、严把准入关”的要求不符，改为按亩均效益分档给予租金优惠。',
    },
    s2_li_follow_up: {
      text: '李长根插话：知识产权保护请市场监管局会后一周内拿出快速维权的具体办法；人才子女入学请教育局牵头研究。',
      reason: '',
    },
    s2_tian_brand: {
      text: '青山生态的农产品品牌屡被仿冒，希望把农产品地理标志保护纳入全县知识产权工作统筹。',
      reason: '',
    },
  },
  actions: {
    specialised_policy: {
      title: '制定分阶段、差异化的“专精特新”企业扶持政策',
      description:
        '落实常委会层面研讨会上江辰同志的要求：按初创期、成长期、成熟期分类施策，讲清需要县里给什么政策、哪些部门配合，' +
        '避免扶持资金“撒胡椒面”。',
      deliverable: '不同成长阶段“专精特新”企业差异化扶持政策初稿',
      dueRule: '一个月内',
      checklist: ['贷款贴息', '研发补助', '市场开拓支持'],
    },
    resource_tilt: {
      title: '明年预算、项目计划和用地指标向战略重点倾斜',
      description:
        '财政局、发改局、自然资源和规划局分别调整明年预算安排、重点项目计划和土地利用计划：资金、土地、能耗指标优先保障' +
        '符合战略方向的项目；高耗能、高污染、低效益项目一律严把准入关。',
      deliverable: '明年预算、项目计划和用地指标倾斜方案（报县长办公会审定）',
      dueRule: '两个月内',
      checklist: ['预算安排向战略重点倾斜', '重点项目计划优先安排符合战略的项目', '土地和能耗指标优先保障', '“两高一低”项目准入负面清单'],
    },
    open_challenges: {
      title: '发布首批“揭榜挂帅”榜单',
      description:
        '梳理产业链关键环节和重大改革试点中的难题，面向社会公开张榜，由有能力的企业和团队揭榜攻关，' +
        '给予政策支持和充分自主权。',
      deliverable: '首批“揭榜挂帅”榜单及配套支持办法',
      dueRule: '三个月内',
      checklist: ['梳理产业链关键环节和改革试点难题', '明确揭榜条件、政策支持和自主权', '公开发布榜单'],
    },
    assessment_reform: {
      title: '修订乡镇和部门年度考核办法',
      description:
        '提高产业发展质量、创新能力、营商环境满意度、区域协同成效、生态环境质量等指标权重，降低单纯GDP增速和投资规模权重，' +
        '新增“战略任务落实情况”专项考核；经县委常委会讨论修改后通过。',
      deliverable: '乡镇和部门年度考核办法（修订稿）',
      dueRule: '一个月内',
      checklist: ['提高质量、创新、营商环境、区域协同、生态指标权重', '降低GDP增速和投资规模权重', '新增“战略任务落实情况”专项考核'],
    },
  },

  minutes: {
    leadership_seminar: {
      closing:
        '各位班子成员结合分管领域，把战略融入明年工作思路，于一月底前形成对接意见；' +
        '工信局会同财政局、金融办一个月内拿出“专精特新”企业扶持政策初稿。',
    },
  },
};
