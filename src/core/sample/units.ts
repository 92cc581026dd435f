// Real-sounding applicants of a Hunan round: provincial societies, the 14 city/prefecture ASTs,
// university ASTs. Made-up rows, real kinds of names (the unit-type guess reads these names).
export const PROVINCIAL_SOCIETIES = [
  '湖南省机械工程学会', '湖南省医学会', '湖南省农学会', '湖南省土木建筑学会', '湖南省电机工程学会',
  '湖南省化学化工学会', '湖南省计算机学会', '湖南省自动化学会', '湖南省药学会', '湖南省护理学会',
  '湖南省林学会', '湖南省水利学会', '湖南省地质学会', '湖南省气象学会', '湖南省环境科学学会',
  '湖南省营养学会', '湖南省植物保护学会', '湖南省畜牧兽医学会', '湖南省作物学会', '湖南省园艺学会',
  '湖南省汽车工程学会', '湖南省铁道学会', '湖南省航空学会', '湖南省材料研究学会', '湖南省金属学会',
  '湖南省有色金属学会', '湖南省电子学会', '湖南省通信学会', '湖南省测绘地理信息学会', '湖南省心理学会',
  '湖南省科普作家协会', '湖南省老科学技术工作者协会', '湖南省茶叶学会', '湖南省水产学会',
  '湖南省岩石力学与工程学会', '湖南省公路学会', '湖南省预防医学会', '湖南省生物医学工程学会',
  '湖南省中医药和中西医结合学会', '湖南省数学学会',
] as const;

export const CITY_ASTS = [
  '长沙市科协', '株洲市科协', '湘潭市科协', '衡阳市科协', '邵阳市科协', '岳阳市科协', '常德市科协',
  '张家界市科协', '益阳市科协', '郴州市科协', '永州市科协', '怀化市科协', '娄底市科协', '湘西州科协',
] as const;

export const UNIVERSITY_ASTS = [
  '中南大学科协', '湖南大学科协', '湖南师范大学科协', '湘潭大学科协', '长沙理工大学科协',
  '湖南农业大学科协', '中南林业科技大学科协', '湖南科技大学科协', '南华大学科协', '吉首大学科协',
  '湖南工业大学科协', '湖南中医药大学科协',
] as const;

/** Units that are no applicant type at all, with what they typed in 单位类型. */
export const NOT_APPLICANTS = [
  { unit: '浏阳市科协', type: '县级科协' },
  { unit: '湖南华菱钢铁集团有限责任公司', type: '企业' },
  { unit: '中国机械工程学会', type: '全国学会' },
] as const;

export const UNITS_BY_TYPE: Record<string, readonly string[]> = {
  省级学会: PROVINCIAL_SOCIETIES,
  市州科协: CITY_ASTS,
  高校科协: UNIVERSITY_ASTS,
};

/** The 失信名单 of the sample: one ban in force (its unit applies), one that ran out in 2021. */
export const BLACKLIST = [
  { unit: '湖南省应用技术研究会', startYear: 2020 },
  { unit: '湖南省信息产业协会', startYear: 2019 },
] as const;

/** Topics that make a project name sound like its category. */
export const TOPICS: Record<string, readonly string[]> = {
  '1': ['年会专题论坛服务', '年会科技成果展示服务', '年会青年科学家沙龙服务'],
  '2.1.1': ['湖南科技论坛·先进制造分论坛', '湖南科技论坛·生物种业分论坛', '湖南科技论坛·数字经济分论坛'],
  '2.1.2': ['院士专家市州行', '院士专家进园区', '院士专家产业链行'],
  '2.2.1': ['科技创新联盟建设', '产业科技创新联盟', '产学研协同创新联盟'],
  '2.2.2': ['科协工作联盟建设', '市州科协协作联盟'],
  '2.3': ['"科创中国"湖南中心建设'],
  '3.1.1': ['青年科技沙龙', '青年科技论坛', '青年学者学术沙龙'],
  '3.1.2': ['高端学术研讨会', '学术年会', '国际学术交流会'],
  '3.1.3': ['科技期刊质量提升', '期刊数字化建设'],
  '3.2.1': ['科技助力乡村振兴', '乡村科技服务站建设', '特色产业科技帮扶'],
  '3.2.2': ['服务企业科技创新', '企业技术难题攻关服务', '专精特新企业科技服务'],
  '3.3.1': ['学会党建强会计划', '党建引领学会发展'],
  '3.3.2': ['学会"两化"建设', '学会数字化平台建设'],
  '3.3.3': ['学会联合体建设', '高校科协联合体建设'],
  '3.3.4': ['承接科技评价职能', '承接团体标准制定'],
  '3.3.5': ['学会综合服务平台建设'],
  '3.4': ['"会地"合作示范项目', '学会服务地方发展'],
};

export const OTHER_INDUSTRIES = ['电子信息', '食品加工', '文化旅游'] as const;

/** What a project is about, so that two projects of one unit rarely share a name by chance. */
export const THEMES = [
  '智能制造', '乡村振兴', '数字经济', '绿色低碳', '生物种业', '新材料', '中医药传承', '公共卫生',
  '轨道交通', '工程机械', '人工智能', '碳达峰碳中和', '湘江保护', '防灾减灾', '种业创新', '航空航天',
  '先进储能', '健康湖南', '科学普及', '智慧农业',
] as const;
