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
        'All members of the county party standing committee and the deputy county heads; the heads of the development zone ' +
        'and the main townships speak in the round; the heads of the development and reform and the industry and IT bureaus sit in.',
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
};
