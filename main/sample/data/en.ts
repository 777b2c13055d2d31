/** The sample workshop in English. Names are pinyin, surname first, as in the Chinese original. */
import type { SampleText } from '../types.js';

export const en: SampleText = {
  programme: {
    title: 'Qingyuan County: strategy rollout seminars',
    description:
      'After months of drafting, the county has a five-year high-quality development strategy: vision, core goals and key paths. ' +
      'Instead of one large mobilisation meeting, it is rolled out through small, intensive seminars in batches, each wider than the last, ' +
      "to turn it into each unit's annual plan, key tasks and assessment indicators; every discussion ends in concrete tasks " +
      'with a lead unit, an owner and a deadline.',
  },

  units: {
    county_committee: { name: 'Qingyuan County Committee of the CPC', shortName: 'County Party Committee' },
    county_government: { name: "Qingyuan County People's Government", shortName: 'County Government' },
    organisation_dept: { name: 'Organisation Department of the Qingyuan County Party Committee', shortName: 'Organisation Department' },
    assessment_office: { name: 'Qingyuan County Assessment Office', shortName: 'Assessment Office' },
    development_reform: { name: 'Qingyuan County Development and Reform Bureau', shortName: 'Development and Reform Bureau' },
    industry_it: { name: 'Qingyuan County Bureau of Industry and Information Technology', shortName: 'Industry and IT Bureau' },
    finance: { name: 'Qingyuan County Finance Bureau', shortName: 'Finance Bureau' },
    financial_office: { name: 'Qingyuan County Financial Affairs Office', shortName: 'Financial Affairs Office' },
    agriculture: { name: 'Qingyuan County Bureau of Agriculture and Rural Affairs', shortName: 'Agriculture Bureau' },
    culture_tourism: { name: 'Qingyuan County Bureau of Culture and Tourism', shortName: 'Culture and Tourism Bureau' },
    natural_resources: { name: 'Qingyuan County Bureau of Natural Resources and Planning', shortName: 'Natural Resources Bureau' },
    dev_zone: { name: 'Qingyuan Economic and Technological Development Zone Administration', shortName: 'Development Zone' },
    chengguan: { name: 'Chengguan Town, Qingyuan County', shortName: 'Chengguan Town' },
    hexi: { name: 'Hexi Town, Qingyuan County', shortName: 'Hexi Town' },
    qingshan: { name: 'Qingshan Township, Qingyuan County', shortName: 'Qingshan Township' },
    congress: { name: "Standing Committee of the Qingyuan County People's Congress", shortName: "County People's Congress" },
    cppcc: { name: 'Qingyuan County Committee of the CPPCC', shortName: 'County CPPCC' },
    precision_machinery: { name: 'Qingyuan Precision Machinery Co., Ltd.', shortName: 'Qingyuan Precision' },
    eco_agriculture: { name: 'Qingshan Eco-Agriculture Development Co., Ltd.', shortName: 'Qingshan Eco-Agri' },
    new_materials: { name: 'Hexi New Materials Technology Co., Ltd.', shortName: 'Hexi New Materials' },
  },

  people: {
    jiang_chen: { name: 'Jiang Chen', position: 'County Party Secretary' },
    li_changgen: { name: 'Li Changgen', position: 'Deputy Party Secretary and County Head' },
    zhou_liqun: { name: 'Zhou Liqun', position: 'Deputy County Party Secretary' },
    wang_zhiyuan: {
      name: 'Wang Zhiyuan',
      position: 'Standing Committee Member, Executive Deputy County Head (development and reform, finance)',
    },
    chen_jing: { name: 'Chen Jing', position: 'Standing Committee Member, Head of the Organisation Department' },
    liu_fang: { name: 'Liu Fang', position: 'Standing Committee Member, Head of the Publicity Department' },
    zhao_guodong: { name: 'Zhao Guodong', position: 'Deputy County Head (industry and IT)' },
    sun_haiyan: { name: 'Sun Haiyan', position: 'Deputy County Head (agriculture and rural affairs)' },
    ma_wenbo: { name: 'Ma Wenbo', position: 'Deputy County Head (culture and tourism)' },
    he_jianjun: { name: 'He Jianjun', position: 'Party Secretary and Director of the Development Zone' },
    wu_xiaodong: { name: 'Wu Xiaodong', position: 'Party Secretary of Chengguan Town' },
    han_xue: { name: 'Han Xue', position: 'Head of Chengguan Town' },
    zheng_chunmei: { name: 'Zheng Chunmei', position: 'Party Secretary of Hexi Town' },
    cao_yuhang: { name: 'Cao Yuhang', position: 'Head of Hexi Town' },
    feng_lei: { name: 'Feng Lei', position: 'Party Secretary of Qingshan Township' },
    lin_weidong: { name: 'Lin Weidong', position: 'Director of the Industry and IT Bureau' },
    gao_xiulan: { name: 'Gao Xiulan', position: 'Director of the Finance Bureau' },
    xie_ming: { name: 'Xie Ming', position: 'Director of the Financial Affairs Office' },
    tang_zhenhua: { name: 'Tang Zhenhua', position: 'Director of the Development and Reform Bureau' },
    xu_jianping: { name: 'Xu Jianping', position: 'Director of the Natural Resources and Planning Bureau' },
    qian_li: { name: 'Qian Li', position: 'Director of the Assessment Office' },
    peng_desheng: { name: 'Peng Desheng', position: 'Director of the Agriculture Bureau' },
    luo_xiaolin: { name: 'Luo Xiaolin', position: 'Director of the Culture and Tourism Bureau' },
    xu_hongmei: { name: 'Xu Hongmei', position: "County People's Congress deputy; head of a farmers' cooperative in Hexi Town" },
    deng_zhigang: { name: 'Deng Zhigang', position: "County People's Congress deputy; Party Secretary of Dongmen Community" },
    jiang_wenhua: { name: 'Jiang Wenhua', position: 'County CPPCC member; Principal of Qingyuan No. 1 Middle School' },
    shen_yiming: { name: 'Shen Yiming', position: 'County CPPCC member; managing partner of Mingli Law Firm' },
    zeng_qingfeng: { name: 'Zeng Qingfeng', position: 'Chairman; Vice-Chair of the County Federation of Industry and Commerce' },
    tian_yu: { name: 'Tian Yu', position: 'General Manager' },
    pan_junjie: { name: 'Pan Junjie', position: 'General Manager' },
    qin_yue: { name: 'Qin Yue', position: 'Secretary, General Office of the County Party Committee' },
    fan_siqi: { name: 'Fan Siqi', position: 'Secretary, General Office of the County Government' },
  },

  stages: {
    leadership: {
      title: 'Leadership team (standing committee level)',
      audience:
        'All members of the county party standing committee and the deputy county heads; the heads of the development zone, ' +
        'the main townships and the industry and IT bureau speak in the round; the head of the development and reform bureau sits in.',
      purpose:
        "(1) Align the leadership's understanding of the strategy; (2) first docking: each member considers how to build " +
        "the strategy into next year's work in their own portfolio. Docking, then discussion: no decisions are taken.",
    },
    themed: {
      title: 'Themed seminars',
      audience:
        "Heads of the relevant departments, party and government heads of key townships, some people's congress deputies, " +
        'CPPCC members and entrepreneur representatives.',
      purpose:
        'Discuss the strategic priorities theme by theme and hear every opinion; each one is recorded, answered one by one, ' +
        'and fed into the revision of the relevant plan.',
    },
    decisions: {
      title: 'Follow-up decision meetings',
      audience: "Members of the county head's office meeting and of the standing committee, with the heads of the departments concerned.",
      purpose:
        'Turn the seminars into decisions: resources follow the strategic priorities; the annual assessment of townships and ' +
        'departments is reformed, with a new special assessment of strategic task implementation.',
    },
  },

  sessions: {
    leadership_seminar: {
      title: 'Leadership seminar on the strategy',
      theme: 'Strategic vision and key paths: docking, then discussion',
      venue: 'County Party Committee meeting room',
    },
    business_environment: {
      title: 'Themed seminar: business environment and innovation ecosystem',
      theme: 'A better business environment, an innovation ecosystem',
      venue: 'Meeting Room 1, County Administrative Centre',
    },
    regional_coordination: {
      title: 'Themed seminar: regional coordination and shared gains',
      theme: 'Deeper regional coordination, shared gains',
      venue: 'Development Zone meeting room',
    },
    resource_allocation: {
      title: "County head's office meeting: resources follow the strategy",
      theme:
        "Tilt next year's budget, project plans and land quotas toward the strategic priorities; " +
        'stop high-energy, high-pollution, low-benefit projects at the gate',
      venue: 'County Government executive meeting room',
    },
    assessment_reform: {
      title: 'Standing committee: reform of the annual assessment',
      theme: 'Reweight the annual assessment of townships and departments; add a special assessment of strategic task implementation',
      venue: 'County Party Committee meeting room',
    },
  },

  agendas: {
    leadership_seminar: {
      vision: {
        title: 'Strategic vision and key paths',
        chairNotes: 'Jiang Chen presents the framework with slides: the vision, core goals and key paths for the next five years.',
        speakerPrompt: '',
      },
      chain_plan: {
        title: 'The "strengthen the chains, widen the circle" industrial ecosystem plan',
        chairNotes:
          'Wang Zhiyuan (development and reform) explains the plan: the key industrial chains, the targets and who does what.',
        speakerPrompt: '',
      },
      round_am: {
        title: 'Round of statements (1): portfolios',
        chairNotes:
          'The deputy county heads for industry and IT, agriculture, culture and tourism speak in turn; the head of the ' +
          'industry and IT bureau follows his deputy county head. Jiang Chen and Li Changgen interject to steer toward ' +
          'how to solve the problems, not only list them. Discussion only: no decisions.',
        speakerPrompt: 'Understanding, ideas, practical difficulties and resource constraints',
      },
      round_pm: {
        title: 'Round of statements (2): development zone and townships',
        chairNotes:
          'The development zone and the party secretaries of the main townships: how their area takes the strategy on. ' +
          'Jiang Chen and Li Changgen interject to steer toward how to solve the problems, not only list them.',
        speakerPrompt: 'Understanding, ideas, practical difficulties and resource constraints',
      },
      summary: {
        title: 'Summary by the chair',
        chairNotes:
          "Jiang Chen sums up: a shared understanding, comments on each portfolio's ideas, the next round of themed " +
          'seminars. This meeting takes no decisions.',
        speakerPrompt: '',
      },
    },
    business_environment: {
      intro: {
        title: 'Introduction: the business environment and the innovation ecosystem',
        chairNotes:
          'Tang Zhenhua presents the business-environment assessment, the state of innovation platforms and the related ' +
          'tasks in the strategy, to set up the statements.',
        speakerPrompt: '',
      },
      statements: {
        title: 'Statements: departments, townships, deputies, committee members, entrepreneurs',
        chairNotes:
          'Departments and townships first, then the deputy and the committee members, entrepreneurs last. Chairman Zeng ' +
          'Qingfeng is asked to cover talent attraction and intellectual property. Every opinion is recorded and answered ' +
          'one by one after the meeting.',
        speakerPrompt: 'Opinions and suggestions on a better business environment and an innovation ecosystem',
      },
      discussion: {
        title: 'Open discussion',
        chairNotes:
          'On the issues raised most (talent, intellectual property, financing, approvals); departments answer on the spot where they can.',
        speakerPrompt: '',
      },
      summary: {
        title: 'Closing remarks',
        chairNotes: 'Li Changgen sums up and sets deadlines for sorting the opinions, answering them and feeding them into the revised plan.',
        speakerPrompt: '',
      },
    },
    regional_coordination: {
      intro: {
        title: 'Introduction: regional coordination and its key tasks',
        chairNotes:
          'Wang Zhiyuan presents how the development zone and the townships share out work and gains, and the ' +
          'cross-township key projects.',
        speakerPrompt: '',
      },
      statements: {
        title: 'Statements: departments, development zone, townships, deputy, entrepreneur',
        chairNotes:
          'Township leaders focus on the practical difficulties of industrial cooperation, sharing gains and securing land ' +
          'and funds. Every opinion is recorded and answered one by one after the meeting.',
        speakerPrompt: 'Opinions and suggestions on deeper regional coordination and shared gains',
      },
      discussion: {
        title: 'Open discussion',
        chairNotes: 'On placing projects between the development zone and the townships, sharing tax revenue, ecological compensation.',
        speakerPrompt: '',
      },
      summary: {
        title: 'Closing remarks',
        chairNotes: 'Jiang Chen sums up and names the coordination mechanisms to be worked out further, each with a lead unit.',
        speakerPrompt: '',
      },
    },
    resource_allocation: {
      budget: {
        title: "Next year's budget: tilting toward the strategic priorities",
        chairNotes: 'Report by the Finance Bureau: money goes first to projects that fit the strategy.',
        speakerPrompt: '',
      },
      projects: {
        title: "Next year's major projects and the gate for new ones",
        chairNotes:
          'Report by the Development and Reform Bureau: projects that fit the strategy come first; high-energy, ' +
          'high-pollution, low-benefit projects are stopped at the gate.',
        speakerPrompt: '',
      },
      land: {
        title: 'Land and energy quotas for the priorities',
        chairNotes: 'Report by the Natural Resources and Planning Bureau: land quotas go first to strategic key projects.',
        speakerPrompt: '',
      },
      discussion: {
        title: 'Discussion',
        chairNotes: 'Those present give their views in turn.',
        speakerPrompt: '',
      },
      decision: {
        title: 'Decisions',
        chairNotes: 'Li Changgen states what is decided, each with a lead unit, an owner and a deadline.',
        speakerPrompt: '',
      },
    },
    assessment_reform: {
      weights: {
        title: 'Reweighting the annual assessment of townships and departments',
        chairNotes:
          'Report by the Organisation Department: higher weights for industrial development quality, innovation capacity, ' +
          'business-environment satisfaction, regional coordination results and ecological quality; lower weights for ' +
          'raw GDP growth and investment volume.',
        speakerPrompt: '',
      },
      special: {
        title: 'The special assessment of strategic task implementation (draft)',
        chairNotes: 'The Assessment Office explains who is assessed, on what, how it is scored and how the results are used.',
        speakerPrompt: '',
      },
      discussion: {
        title: 'Deliberation',
        chairNotes: 'Each standing committee member gives their view; the draft is revised accordingly before the vote.',
        speakerPrompt: '',
      },
      decision: {
        title: 'Vote',
        chairNotes: 'Jiang Chen puts the revised draft to the vote.',
        speakerPrompt: '',
      },
    },
  },

  plans: {
    talent: {
      title: 'Talent development plan',
      description:
        "Attracting, training and keeping talent: beyond the settling-in allowance, children's schooling, spouses' jobs, " +
        'talent housing and training skilled workers.',
    },
    industrial_ecosystem: {
      title: 'Industrial ecosystem plan',
      description:
        '"Strengthen the chains, widen the circle": fill and extend the precision-machinery and new-materials chains; ' +
        'support specialised, innovative firms differently at each stage of growth.',
    },
    business_environment: {
      title: 'Business environment action plan',
      description:
        "This year's actions on faster approvals, credit, protection of intellectual property and services to firms, " +
        'with satisfaction rated by the firms themselves.',
    },
  },

  notes: {
    s1_zhao_chains: {
      text:
        'How he reads the strategy: industry is where high-quality development will be won. "Strengthen the chains, ' +
        'widen the circle" means investment promotion must move from spreading out to filling gaps: next year the ' +
        'industry portfolio targets suppliers for the precision-machinery and new-materials chains.',
      reason: '',
    },
    s1_lin_specialised: {
      text:
        'Asks for more precise support policies for "specialised, refined, distinctive and innovative" (zhuanjingtexin) ' +
        'enterprises: different measures for start-up, growth and mature firms, with loan interest subsidies, R&D subsidies ' +
        'and market expansion support weighted to each stage, instead of spreading money thinly.',
      reason: '',
    },
    s1_lin_scattered: {
      text: 'Industrial support funds are scattered over several departments; each project gets little, and firms hardly notice it.',
      reason: '',
    },
    s1_jiang_solutions: {
      text:
        'Jiang Chen interjects: the difficulties are clear; now say how to solve them. The Industry and IT Bureau, with the ' +
        'Finance Bureau and the Financial Affairs Office, to bring a first draft of stage-by-stage support policies for ' +
        'specialised and innovative enterprises within a month: what the county must provide, and which departments help.',
      reason: '',
    },
    s1_sun_land: {
      text:
        'Land for facility agriculture is scarce and slow to approve, so cold-chain and food-processing projects cannot start; ' +
        "asks for a separate land quota for farm projects in next year's land plan.",
      reason: '',
    },
    s1_ma_tourism: {
      text: "Tourism can work with industry: turn Chengguan's old machinery works into an industrial-heritage site that brings evening trade.",
      reason: '',
    },
    s1_he_factories: {
      text:
        'The development zone is about 200,000 square metres short of standard factory space; projects are waiting for ' +
        'buildings. Asks for dedicated funds for standard factories next year.',
      reason: "To be weighed with next year's budget and project plan at the county head's office meeting.",
    },
    s1_li_resources: {
      text:
        'Li Changgen interjects: townships should not only ask for quotas; say what resources your township brings and ' +
        'how you divide the work with the development zone.',
      reason: '',
    },
    s1_wu_services: {
      text:
        "Chengguan's role is to serve the development zone: talent housing, schools and shops, so that the firms' staff stay.",
      reason: '',
    },
    s2_lin_approval: {
      text:
        'A better business environment starts with what firms queue for most: one window and parallel approval for ' +
        'starting a business and for project approval, with approval times cut by half again.',
      reason: '',
    },
    s2_xie_credit: {
      text:
        'Small firms find credit scarce and expensive and lack collateral; proposes a county guarantee and risk-compensation ' +
        'fund and loans secured on intellectual property.',
      reason: '',
    },
    s2_xu_service: {
      text:
        'Some departments still greet firms politely and then get nothing done; whether the business environment is good ' +
        'should be rated by the firms.',
      reason: '',
    },
    s2_shen_ip_centre: {
      text:
        'Proposes a rapid intellectual-property protection centre at the county court and the market regulation bureau: ' +
        'evidence, mediation and litigation in one place.',
      reason: 'A rapid protection centre needs the city to approve it; to be taken up again after talks with the city market regulation bureau.',
    },
    s2_jiang_schools: {
      text:
        "No. 1 Middle School will keep places for the children of recruited talent; proposes a fast track for talent's " +
        'children to enrol, run by the education bureau.',
      reason: '',
    },
    s2_zeng_talent: {
      text:
        "Attracting talent takes more than a one-off settling-in allowance: their children's schooling and their spouses' " +
        'jobs must be solved too, or the people we attract will not stay.',
      reason: '',
    },
    s2_zeng_ip: {
      text:
        'On intellectual property, firms fear most that their R&D is copied: a new process costs millions, and once it is ' +
        'imitated, gathering evidence is hard, cases take long and enforcement costs too much, so most firms just put up with it.',
      reason: '',
    },
    s2_zeng_training: {
      text:
        'Proposes that the government broker school-enterprise cooperation: a precision-machinery class at the county ' +
        'vocational school that trains local technicians for the firms.',
      reason: '',
    },
    s2_pan_rent: {
      text: 'Proposes waiving factory rent for three years for every new firm in the zone, to attract more of them.',
      reason:
        'A blanket rent waiver contradicts allocating resources by output per mu and screening projects at the gate; ' +
        'rent relief will be graded by output per mu instead.',
    },
    s2_li_follow_up: {
      text:
        'Li Changgen interjects: the market regulation bureau to bring concrete rapid-protection measures for intellectual ' +
        "property within a week; the education bureau to lead on schooling for talent's children.",
      reason: '',
    },
    s2_tian_brand: {
      text:
        "Qingshan Eco-Agri's produce brand is imitated again and again; asks that geographical-indication protection for " +
        "farm produce be part of the county's intellectual-property work.",
      reason: '',
    },
  },
  actions: {
    specialised_policy: {
      title: 'Stage-by-stage support policy for specialised SMEs',
      description:
        "As Jiang Chen asked in the leadership seminar: support firms differently at the start-up, growth and mature stages, " +
        'say what the county must provide and which departments take part, and stop spreading the money too thin.',
      deliverable: 'First draft of differentiated support policies for specialised and innovative enterprises at different growth stages',
      dueRule: 'within one month',
      checklist: ['Loan interest subsidies', 'R&D subsidies', 'Market expansion support'],
    },
    resource_tilt: {
      title: "Tilt next year's budget, project plans and land quotas toward the strategy",
      description:
        'The finance bureau, the development and reform bureau and the natural resources and planning bureau adjust next ' +
        "year's budget, key project plan and land-use plan: money, land and energy quotas go first to projects that fit the " +
        'strategy; high-energy, high-pollution, low-benefit projects are stopped at the gate.',
      deliverable: "Plan for tilting next year's budget, projects and land quotas (for the county head's office meeting)",
      dueRule: 'within two months',
      checklist: [
        'Budget tilted toward the strategic priorities',
        'Key projects that fit the strategy first in the project plan',
        'Land and energy quotas reserved for them',
        'Negative list for high-energy, high-pollution, low-benefit projects',
      ],
    },
    open_challenges: {
      title: 'Publish the first open challenges (“take the challenge, lead the team”)',
      description:
        'List the key problems in critical links of the industrial chains and in the major reform pilots, publish them, and let ' +
        'enterprises and teams volunteer to take them on, with policy support and real autonomy.',
      deliverable: 'First list of open challenges, with its support measures',
      dueRule: 'within three months',
      checklist: ['Problems in critical chain links and reform pilots listed', 'Terms, policy support and autonomy set out', 'List published'],
    },
    assessment_reform: {
      title: 'Revise the annual assessment of townships and departments',
      description:
        'Higher weights for industrial development quality, innovation capacity, business-environment satisfaction, regional ' +
        'coordination results and ecological quality; lower weights for raw GDP growth and investment volume; a new special ' +
        'assessment of strategic task implementation. Debated in the standing committee, passed after revision.',
      deliverable: 'Revised annual assessment rules for townships and departments',
      dueRule: 'within one month',
      checklist: [
        'Higher weights for quality, innovation, business environment, coordination and ecology',
        'Lower weights for GDP growth and investment volume',
        'New special assessment of strategic task implementation',
      ],
    },
  },

  minutes: {
    leadership_seminar: {
      closing:
        'Each member of the leadership builds the strategy into next year\'s plans for their portfolio and reports ' +
        'by the end of January; the industry and IT bureau, with the finance bureau and the financial office, drafts the support ' +
        'policy for specialised and innovative SMEs within one month.',
    },
  },
};
