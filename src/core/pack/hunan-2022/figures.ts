// The figures a category must report (rules.md, "Category figures"). Each is a number column of its
// own; the quote is the guide's wording, shown in the `indicator` message.
import type { RulePackInput } from '../schema';

type FigureInput = NonNullable<RulePackInput['figures']>[number];

const centre = (key: string, header: string, en: string, min: number, quote: string): FigureInput => ({
  key,
  header,
  en,
  category: '2.3',
  min,
  severity: 'error',
  clause: '四.(二).3',
  quote,
});

const ruralStation = (key: string, header: string, en: string, min: number, quote: string): FigureInput => ({
  key,
  header,
  en,
  category: '3.2.1',
  min,
  severity: 'error',
  clause: '四.(三).2',
  quote,
});

export const figures: FigureInput[] = [
  {
    key: 'experts',
    header: '院士专家人数',
    en: 'Academicians and experts',
    category: '2.1.2',
    min: 5,
    severity: 'error',
    clause: '四.(二).1.②',
    quote: '要求参加活动的院士专家5名以上',
  },
  {
    key: 'chairAge',
    header: '执行主席年龄',
    en: 'Executive chair age',
    category: '3.1.1',
    max: 40,
    // "一般": a rule of thumb, so staff look rather than refuse.
    severity: 'warning',
    clause: '四.(三).1.①',
    quote: '执行主席年龄一般在40岁以下',
  },
  ruralStation('expertTeam', '专家团队人数', 'Expert team size', 50, '建立50人以上专家团队'),
  ruralStation('onlineServices', '线上服务次数', 'Online services', 50, '线上服务次数不少于50次'),
  ruralStation('offlineActivities', '线下活动次数', 'Offline activities', 5, '线下活动不少于5次'),
  ruralStation('volunteers', '科技志愿者人数', 'Registered volunteers', 50, '科技志愿者注册人数不少于50人'),
  ruralStation('volunteerActivities', '志愿服务次数', 'Volunteer activities', 4, '开展科技志愿服务活动不少于4次'),
  centre('newResources', '新增入驻资源数', 'New resources on the platform', 10000, '新增1万家（人、件）'),
  centre('innovators', '创新达人评选人数', 'Innovators selected', 100, '评选“创新达人”100人'),
  centre('methodTrainings', '创新方法培训次数', 'Innovation-method trainings', 4, '培训4次以上'),
  centre('methodTrainees', '创新方法培训人数', 'Innovation-method trainees', 400, '培训人员400人以上'),
  centre('parkVisits', '进园区入企业活动次数', 'Park and enterprise visits', 4, '服务活动4次以上'),
  centre('challengeEvents', '揭榜挂帅活动次数', '"Open competition" events', 1, '“揭榜挂帅”活动1次以上'),
  centre('enterpriseTrainings', '企业科协培训次数', 'Enterprise AST trainings', 2, '业务培训2次以上'),
  centre('enterpriseTrainees', '企业科协培训人数', 'Enterprise AST trainees', 100, '培训人员100人以上'),
  centre('demoAreas', '示范片区数', 'Demonstration areas', 2, '2个片区以上'),
  centre('parkTechServices', '园区企业技术服务次数', 'Technical services to parks', 4, '提供技术服务4次以上'),
];
