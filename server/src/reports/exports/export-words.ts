import { Gender, OrganisationType, SmeSector, SupportKind, TargetGroup } from '../../common/enums';
import type { Locale } from '../../common/locale';
import { IndicatorUnit } from '../indicators/logframe-schema';
import { ReportSplit } from '../report-filter.input';

/**
 * The words of the M&E exports in each interface language: sheet titles, column headings, the
 * donor report's headings, and the names of the codes figures are split by. Enum names are the
 * client's (client/src/app/i18n/locales/*.json, `enums`), so a file says what the screen says.
 */
export interface ExportWords {
  /** A suppressed figure. */
  fewerThan3: string;
  notRecorded: string;
  total: string;

  indicators: string;
  smesReached: string;
  learningByModule: string;
  learningByQuestion: string;
  participation: string;
  belowThreshold: string;

  code: string;
  indicator: string;
  unit: string;
  baseline: string;
  target: string;
  actual: string;
  progress: string;
  people: string;
  group: string;
  splitBy: string;
  units: Record<IndicatorUnit, string>;
  splits: Record<ReportSplit, string>;
  bySplit: Record<ReportSplit, string>;

  course: string;
  module: string;
  question: string;
  paired: string;
  leftOut: string;
  meanPre: string;
  meanPost: string;
  gain: string;
  normalisedGain: string;
  improvedShare: string;
  rightBefore: string;
  rightAfter: string;
  attendanceRate: string;
  completionRate: string;

  smes: string;
  province: string;
  byProvinceTop10: string;
  bySmeCountry: string;

  name: string;
  cohort: string;
  nativeName: string;
  email: string;
  minimum: string;

  report: string;
  date: string;
  filter: string;
  allParticipants: string;
  figures: string;
  aggregatesOnly: string;
  exactFigures: string;
  /** "Page {page} of {pages}". */
  page: string;
  indicatorsAgainstTargets: string;
  learningResults: string;
  participationByCountryAndSex: string;
  smesNote: string;
  learningNote: string;
  nothing: string;

  month: string;
  cumulative: string;
  leaders: string;
  byMonth: string;
  byProvince: string;
  sectorHeading: string;
  supportKindHeading: string;
  ownerSex: string;
  bySector: string;
  byKind: string;
  byOwnerSex: string;

  country: Record<string, string>;
  gender: Record<Gender, string>;
  sector: Record<SmeSector, string>;
  supportKind: Record<SupportKind, string>;
  organisationType: Record<OrganisationType, string>;
  targetGroup: Record<TargetGroup, string>;
}

export const EXPORT_WORDS: Record<Locale, ExportWords> = {
  en: {
    fewerThan3: 'fewer than 3',
    notRecorded: 'Not recorded',
    total: 'Total',
    indicators: 'Indicators',
    smesReached: 'SMEs reached',
    learningByModule: 'Learning results by module',
    learningByQuestion: 'Learning results by question',
    participation: 'Participation',
    belowThreshold: 'Below the attendance minimum',
    code: 'Code',
    indicator: 'Indicator',
    unit: 'Unit',
    baseline: 'Baseline',
    target: 'Target',
    actual: 'Actual',
    progress: 'Progress',
    people: 'People',
    group: 'Group',
    splitBy: 'Split by',
    units: { PEOPLE: 'people', SMES: 'SMEs', PERCENT: 'percent', POINTS: 'percentage points' },
    splits: { COUNTRY: 'Country', SEX: 'Sex', TARGET_GROUP: 'Target group', ORGANISATION_TYPE: 'Organisation type', COMPONENT: 'Component', COHORT: 'Cohort', YEAR: 'Year' },
    bySplit: { COUNTRY: 'By country', SEX: 'By sex', TARGET_GROUP: 'By target group', ORGANISATION_TYPE: 'By organisation type', COMPONENT: 'By component', COHORT: 'By cohort', YEAR: 'By year' },
    course: 'Course',
    module: 'Module',
    question: 'Question',
    paired: 'Paired (pre and post)',
    leftOut: 'Left out (one test only)',
    meanPre: 'Mean pre-test (%)',
    meanPost: 'Mean post-test (%)',
    gain: 'Gain (points)',
    normalisedGain: 'Normalised gain',
    improvedShare: 'Improved',
    rightBefore: 'Right before',
    rightAfter: 'Right after',
    attendanceRate: 'Attendance rate',
    completionRate: 'Completion rate',
    smes: 'SMEs',
    province: 'Province',
    byProvinceTop10: 'By province (top 10)',
    bySmeCountry: 'By the SME’s country',
    name: 'Name',
    cohort: 'Cohort',
    nativeName: 'Name in own script',
    email: 'Email',
    minimum: 'Minimum',
    report: 'Monitoring and evaluation report',
    date: 'Date',
    filter: 'Filter',
    allParticipants: 'All participants',
    figures: 'Figures',
    aggregatesOnly: 'Aggregates only: a figure that counts 1 or 2 people is shown as “fewer than 3”.',
    exactFigures: 'Exact figures, for programme staff.',
    page: 'Page {page} of {pages}',
    indicatorsAgainstTargets: 'Indicators against targets',
    learningResults: 'Learning results',
    participationByCountryAndSex: 'Participation by country and sex',
    smesNote: 'Distinct SMEs with at least one support record from a participant; merged duplicates count once.',
    learningNote: 'Each participant’s first pre-test against their last post-test in a module, in percent of the maximum score.',
    nothing: 'Nothing recorded for this filter.',
    month: 'Month',
    cumulative: 'Cumulative',
    leaders: 'Leaders',
    byMonth: 'By month',
    byProvince: 'By province',
    sectorHeading: 'Sector',
    supportKindHeading: 'Kind of first support',
    ownerSex: 'Owner’s sex',
    bySector: 'By sector',
    byKind: 'By kind of first support',
    byOwnerSex: 'By owner’s sex',
    country: { KH: 'Cambodia', MM: 'Myanmar', TH: 'Thailand', VN: 'Vietnam', JP: 'Japan' },
    gender: { FEMALE: 'Female', MALE: 'Male', OTHER: 'Other', UNDISCLOSED: 'Prefers not to say' },
    organisationType: {
      LOCAL_PRODUCTION_GROUP: 'Local production group',
      SME_ASSOCIATION: 'SME association',
      PROVINCIAL_SME_PROMOTION_OFFICE: 'Provincial SME promotion office',
      GOVERNMENT: 'Border or provincial government',
      CHAMBER_OF_COMMERCE: 'Chamber of commerce',
      BUSINESS_ASSOCIATION: 'Business association',
      BANK: 'Bank',
      LOGISTICS_PROVIDER: 'Logistics provider',
      TRAINING_INSTITUTE: 'Training institute',
      OTHER: 'Other',
    },
    sector: {
      AGRICULTURE_AND_FOOD: 'Agriculture and food',
      HANDICRAFTS_AND_TEXTILES: 'Handicrafts and textiles',
      MANUFACTURING: 'Manufacturing',
      TRADE_AND_RETAIL: 'Trade and retail',
      TOURISM_AND_HOSPITALITY: 'Tourism and hospitality',
      LOGISTICS_AND_TRANSPORT: 'Logistics and transport',
      SERVICES: 'Services',
      OTHER: 'Other',
    },
    supportKind: {
      TRAINING: 'Training',
      COACHING: 'Coaching',
      MARKET_LINKAGE: 'Market linkage',
      CERTIFICATION: 'Certification',
      FINANCE_ACCESS: 'Access to finance',
      EXPORT_CONSORTIUM: 'Export consortium',
    },
    targetGroup: {
      SME_LEADER: 'SME leader',
      BDS_PROVIDER: 'Business development service provider',
      GOVERNMENT_OFFICIAL: 'Government official',
      TRAINER: 'Trainer',
      PROGRAMME_STAFF: 'Programme staff',
      OTHER: 'Other',
    },
  },
  km: {
    fewerThan3: 'តិចជាង ៣',
    notRecorded: 'មិនបានកត់ត្រា',
    total: 'សរុប',
    indicators: 'សូចនាករ',
    smesReached: 'សហគ្រាសធុនតូច និងមធ្យមដែលបានទទួលការគាំទ្រ',
    learningByModule: 'លទ្ធផលសិក្សាតាមម៉ូឌុល',
    learningByQuestion: 'លទ្ធផលសិក្សាតាមសំណួរ',
    participation: 'ការចូលរួម',
    belowThreshold: 'ក្រោមអត្រាវត្តមានអប្បបរមា',
    code: 'កូដ',
    indicator: 'សូចនាករ',
    unit: 'ឯកតា',
    baseline: 'តម្លៃមូលដ្ឋាន',
    target: 'គោលដៅ',
    actual: 'លទ្ធផលជាក់ស្តែង',
    progress: 'វឌ្ឍនភាព',
    people: 'ចំនួននាក់',
    group: 'ក្រុម',
    splitBy: 'បែងចែកតាម',
    units: { PEOPLE: 'នាក់', SMES: 'សហគ្រាស', PERCENT: 'ភាគរយ', POINTS: 'ពិន្ទុភាគរយ' },
    splits: { COUNTRY: 'ប្រទេស', SEX: 'ភេទ', TARGET_GROUP: 'ក្រុមគោលដៅ', ORGANISATION_TYPE: 'ប្រភេទអង្គការ', COMPONENT: 'សមាសភាគ', COHORT: 'ជំនាន់បណ្តុះបណ្តាល', YEAR: 'ឆ្នាំ' },
    bySplit: {
      COUNTRY: 'តាមប្រទេស',
      SEX: 'តាមភេទ',
      TARGET_GROUP: 'តាមក្រុមគោលដៅ',
      ORGANISATION_TYPE: 'តាមប្រភេទអង្គការ',
      COMPONENT: 'តាមសមាសភាគ',
      COHORT: 'តាមជំនាន់បណ្តុះបណ្តាល',
      YEAR: 'តាមឆ្នាំ',
    },
    course: 'វគ្គសិក្សា',
    module: 'ម៉ូឌុល',
    question: 'សំណួរ',
    paired: 'ធ្វើតេស្តទាំងមុន និងក្រោយវគ្គ',
    leftOut: 'មិនរាប់បញ្ចូល (ធ្វើតេស្តតែមួយ)',
    meanPre: 'មធ្យមតេស្តមុនវគ្គ (%)',
    meanPost: 'មធ្យមតេស្តក្រោយវគ្គ (%)',
    gain: 'កំណើន (ពិន្ទុ)',
    normalisedGain: 'កំណើនធៀប',
    improvedShare: 'ភាគរយដែលប្រសើរឡើង',
    rightBefore: 'ឆ្លើយត្រូវមុនវគ្គ',
    rightAfter: 'ឆ្លើយត្រូវក្រោយវគ្គ',
    attendanceRate: 'អត្រាវត្តមាន',
    completionRate: 'អត្រាបញ្ចប់វគ្គ',
    smes: 'សហគ្រាស',
    province: 'ខេត្ត',
    byProvinceTop10: 'តាមខេត្ត (១០ ខេត្តខ្ពស់បំផុត)',
    bySmeCountry: 'តាមប្រទេសរបស់សហគ្រាស',
    name: 'ឈ្មោះ',
    cohort: 'ជំនាន់បណ្តុះបណ្តាល',
    nativeName: 'ឈ្មោះជាភាសាកំណើត',
    email: 'អ៊ីមែល',
    minimum: 'អប្បបរមា',
    report: 'របាយការណ៍តាមដាន និងវាយតម្លៃ',
    date: 'កាលបរិច្ឆេទ',
    filter: 'តម្រង',
    allParticipants: 'អ្នកចូលរួមទាំងអស់',
    figures: 'តួលេខ',
    aggregatesOnly: 'តួលេខសរុបប៉ុណ្ណោះ៖ តួលេខដែលរាប់មនុស្ស ១ ឬ ២ នាក់ បង្ហាញជា «តិចជាង ៣»។',
    exactFigures: 'តួលេខពិតប្រាកដ សម្រាប់បុគ្គលិកកម្មវិធី។',
    page: 'ទំព័រ {page} នៃ {pages}',
    indicatorsAgainstTargets: 'សូចនាករធៀបនឹងគោលដៅ',
    learningResults: 'លទ្ធផលសិក្សា',
    participationByCountryAndSex: 'ការចូលរួមតាមប្រទេស និងភេទ',
    smesNote: 'សហគ្រាសដាច់ដោយឡែកដែលមានកំណត់ត្រាគាំទ្រយ៉ាងហោចណាស់មួយពីអ្នកចូលរួម។ សហគ្រាសស្ទួនដែលបានបញ្ចូលគ្នា រាប់តែម្តង។',
    learningNote: 'តេស្តមុនវគ្គលើកដំបូង ធៀបនឹងតេស្តក្រោយវគ្គលើកចុងក្រោយ របស់អ្នកចូលរួមម្នាក់ៗក្នុងម៉ូឌុលនីមួយៗ គិតជាភាគរយនៃពិន្ទុអតិបរមា។',
    nothing: 'មិនមានទិន្នន័យសម្រាប់តម្រងនេះទេ។',
    month: 'ខែ',
    cumulative: 'សរុបបូកបន្ត',
    leaders: 'អ្នកដឹកនាំ',
    byMonth: 'តាមខែ',
    byProvince: 'តាមខេត្ត',
    sectorHeading: 'វិស័យ',
    supportKindHeading: 'ប្រភេទនៃការគាំទ្រលើកដំបូង',
    ownerSex: 'ភេទម្ចាស់សហគ្រាស',
    bySector: 'តាមវិស័យ',
    byKind: 'តាមប្រភេទនៃការគាំទ្រលើកដំបូង',
    byOwnerSex: 'តាមភេទម្ចាស់សហគ្រាស',
    country: { KH: 'កម្ពុជា', MM: 'មីយ៉ាន់ម៉ា', TH: 'ថៃ', VN: 'វៀតណាម', JP: 'ជប៉ុន' },
    gender: { FEMALE: 'ស្រី', MALE: 'ប្រុស', OTHER: 'ផ្សេងទៀត', UNDISCLOSED: 'មិនចង់បញ្ជាក់' },
    organisationType: {
      LOCAL_PRODUCTION_GROUP: 'ក្រុមផលិតករមូលដ្ឋាន',
      SME_ASSOCIATION: 'សមាគមសហគ្រាសធុនតូច និងមធ្យម',
      PROVINCIAL_SME_PROMOTION_OFFICE: 'ការិយាល័យលើកកម្ពស់សហគ្រាសធុនតូច និងមធ្យមខេត្ត',
      GOVERNMENT: 'រដ្ឋបាលព្រំដែន ឬរដ្ឋបាលខេត្ត',
      CHAMBER_OF_COMMERCE: 'សភាពាណិជ្ជកម្ម',
      BUSINESS_ASSOCIATION: 'សមាគមធុរកិច្ច',
      BANK: 'ធនាគារ',
      LOGISTICS_PROVIDER: 'អ្នកផ្តល់សេវាភស្តុភារ',
      TRAINING_INSTITUTE: 'វិទ្យាស្ថានបណ្តុះបណ្តាល',
      OTHER: 'ផ្សេងទៀត',
    },
    sector: {
      AGRICULTURE_AND_FOOD: 'កសិកម្ម និងចំណីអាហារ',
      HANDICRAFTS_AND_TEXTILES: 'សិប្បកម្ម និងវាយនភណ្ឌ',
      MANUFACTURING: 'ផលិតកម្ម',
      TRADE_AND_RETAIL: 'ពាណិជ្ជកម្ម និងលក់រាយ',
      TOURISM_AND_HOSPITALITY: 'ទេសចរណ៍ និងបដិសណ្ឋារកិច្ច',
      LOGISTICS_AND_TRANSPORT: 'ភស្តុភារ និងដឹកជញ្ជូន',
      SERVICES: 'សេវាកម្ម',
      OTHER: 'ផ្សេងទៀត',
    },
    supportKind: {
      TRAINING: 'ការបណ្តុះបណ្តាល',
      COACHING: 'ការណែនាំផ្ទាល់',
      MARKET_LINKAGE: 'ការភ្ជាប់ទីផ្សារ',
      CERTIFICATION: 'ការទទួលបានវិញ្ញាបនប័ត្រ',
      FINANCE_ACCESS: 'ការទទួលបានហិរញ្ញប្បទាន',
      EXPORT_CONSORTIUM: 'សម្ព័ន្ធនាំចេញ',
    },
    targetGroup: {
      SME_LEADER: 'អ្នកដឹកនាំសហគ្រាសធុនតូច និងមធ្យម',
      BDS_PROVIDER: 'អ្នកផ្តល់សេវាអភិវឌ្ឍន៍អាជីវកម្ម',
      GOVERNMENT_OFFICIAL: 'មន្ត្រីរាជការ',
      TRAINER: 'គ្រូបង្គោល',
      PROGRAMME_STAFF: 'បុគ្គលិកកម្មវិធី',
      OTHER: 'ផ្សេងទៀត',
    },
  },
  my: {
    fewerThan3: '၃ ထက်နည်း',
    notRecorded: 'မှတ်တမ်းမရှိ',
    total: 'စုစုပေါင်း',
    indicators: 'ညွှန်းကိန်းများ',
    smesReached: 'ပံ့ပိုးကူညီခဲ့သော အသေးစားနှင့် အလတ်စားလုပ်ငန်းများ',
    learningByModule: 'မော်ဂျူးအလိုက် သင်ယူမှုရလဒ်များ',
    learningByQuestion: 'မေးခွန်းအလိုက် သင်ယူမှုရလဒ်များ',
    participation: 'ပါဝင်မှု',
    belowThreshold: 'အနည်းဆုံး တက်ရောက်မှုနှုန်းအောက်',
    code: 'ကုဒ်',
    indicator: 'ညွှန်းကိန်း',
    unit: 'ယူနစ်',
    baseline: 'အခြေခံတန်ဖိုး',
    target: 'ပစ်မှတ်',
    actual: 'အမှန်တကယ်',
    progress: 'တိုးတက်မှု',
    people: 'လူဦးရေ',
    group: 'အုပ်စု',
    splitBy: 'ခွဲခြားပုံ',
    units: { PEOPLE: 'ဦး', SMES: 'လုပ်ငန်း', PERCENT: 'ရာခိုင်နှုန်း', POINTS: 'ရာခိုင်နှုန်းမှတ်' },
    splits: { COUNTRY: 'နိုင်ငံ', SEX: 'ကျား/မ', TARGET_GROUP: 'ပစ်မှတ်အုပ်စု', ORGANISATION_TYPE: 'အဖွဲ့အစည်းအမျိုးအစား', COMPONENT: 'အစိတ်အပိုင်း', COHORT: 'သင်တန်းအသုတ်', YEAR: 'ခုနှစ်' },
    bySplit: {
      COUNTRY: 'နိုင်ငံအလိုက်',
      SEX: 'ကျား/မ အလိုက်',
      TARGET_GROUP: 'ပစ်မှတ်အုပ်စုအလိုက်',
      ORGANISATION_TYPE: 'အဖွဲ့အစည်းအမျိုးအစားအလိုက်',
      COMPONENT: 'အစိတ်အပိုင်းအလိုက်',
      COHORT: 'သင်တန်းအသုတ်အလိုက်',
      YEAR: 'ခုနှစ်အလိုက်',
    },
    course: 'သင်တန်း',
    module: 'မော်ဂျူး',
    question: 'မေးခွန်း',
    paired: 'သင်တန်းမစမီနှင့် ပြီးနောက် နှစ်ကြိမ်လုံးဖြေဆိုသူ',
    leftOut: 'ထည့်မတွက် (တစ်ကြိမ်သာ ဖြေဆို)',
    meanPre: 'သင်တန်းမစမီ ပျမ်းမျှ (%)',
    meanPost: 'သင်တန်းပြီးနောက် ပျမ်းမျှ (%)',
    gain: 'တိုးတက်မှု (မှတ်)',
    normalisedGain: 'နှိုင်းရ တိုးတက်မှု',
    improvedShare: 'တိုးတက်သူ',
    rightBefore: 'သင်တန်းမစမီ မှန်',
    rightAfter: 'သင်တန်းပြီးနောက် မှန်',
    attendanceRate: 'တက်ရောက်မှုနှုန်း',
    completionRate: 'ပြီးဆုံးမှုနှုန်း',
    smes: 'လုပ်ငန်းများ',
    province: 'ပြည်နယ်/တိုင်း',
    byProvinceTop10: 'ပြည်နယ်/တိုင်းအလိုက် (ထိပ်ဆုံး ၁၀ ခု)',
    bySmeCountry: 'လုပ်ငန်း၏ နိုင်ငံအလိုက်',
    name: 'အမည်',
    cohort: 'သင်တန်းအသုတ်',
    nativeName: 'မိခင်ဘာသာဖြင့် အမည်',
    email: 'အီးမေးလ်',
    minimum: 'အနည်းဆုံး',
    report: 'စောင့်ကြည့်ခြင်းနှင့် အကဲဖြတ်ခြင်း အစီရင်ခံစာ',
    date: 'ရက်စွဲ',
    filter: 'စစ်ထုတ်မှု',
    allParticipants: 'ပါဝင်သူအားလုံး',
    figures: 'ကိန်းဂဏန်းများ',
    aggregatesOnly: 'စုစုပေါင်းကိန်းဂဏန်းများသာ- လူ ၁ ဦး သို့မဟုတ် ၂ ဦးကို ရေတွက်သော ကိန်းဂဏန်းကို «၃ ထက်နည်း» ဟု ပြသည်။',
    exactFigures: 'အစီအစဉ်ဝန်ထမ်းများအတွက် တိကျသော ကိန်းဂဏန်းများ။',
    page: 'စာမျက်နှာ {page} / {pages}',
    indicatorsAgainstTargets: 'ပစ်မှတ်နှင့် နှိုင်းယှဉ်ထားသော ညွှန်းကိန်းများ',
    learningResults: 'သင်ယူမှုရလဒ်များ',
    participationByCountryAndSex: 'နိုင်ငံနှင့် ကျား/မ အလိုက် ပါဝင်မှု',
    smesNote: 'ပါဝင်သူတစ်ဦးထံမှ ပံ့ပိုးမှုမှတ်တမ်း အနည်းဆုံး တစ်ခုရှိသော လုပ်ငန်းများကို တစ်ကြိမ်စီသာ ရေတွက်သည်။ ပေါင်းစည်းထားသော ထပ်နေသည့်လုပ်ငန်းများကို တစ်ကြိမ်သာ ရေတွက်သည်။',
    learningNote: 'မော်ဂျူးတစ်ခုစီတွင် ပါဝင်သူတစ်ဦးစီ၏ ပထမဆုံး သင်တန်းမစမီစာမေးပွဲကို နောက်ဆုံး သင်တန်းပြီးစာမေးပွဲနှင့် နှိုင်းယှဉ်ထားပြီး အမြင့်ဆုံးရမှတ်၏ ရာခိုင်နှုန်းဖြင့် ဖော်ပြသည်။',
    nothing: 'ဤစစ်ထုတ်မှုအတွက် မှတ်တမ်းမရှိပါ။',
    month: 'လ',
    cumulative: 'စုစုပေါင်း (တိုးပွား)',
    leaders: 'ခေါင်းဆောင်များ',
    byMonth: 'လအလိုက်',
    byProvince: 'ပြည်နယ်/တိုင်းအလိုက်',
    sectorHeading: 'ကဏ္ဍ',
    supportKindHeading: 'ပထမဆုံး ပံ့ပိုးမှုအမျိုးအစား',
    ownerSex: 'ပိုင်ရှင်၏ ကျား/မ',
    bySector: 'ကဏ္ဍအလိုက်',
    byKind: 'ပထမဆုံး ပံ့ပိုးမှုအမျိုးအစားအလိုက်',
    byOwnerSex: 'ပိုင်ရှင်၏ ကျား/မ အလိုက်',
    country: { KH: 'ကမ္ဘောဒီးယား', MM: 'မြန်မာ', TH: 'ထိုင်း', VN: 'ဗီယက်နာမ်', JP: 'ဂျပန်' },
    gender: { FEMALE: 'အမျိုးသမီး', MALE: 'အမျိုးသား', OTHER: 'အခြား', UNDISCLOSED: 'မဖော်ပြလိုပါ' },
    organisationType: {
      LOCAL_PRODUCTION_GROUP: 'ဒေသခံ ထုတ်လုပ်သူအုပ်စု',
      SME_ASSOCIATION: 'အသေးစားနှင့် အလတ်စားလုပ်ငန်းများ အသင်း',
      PROVINCIAL_SME_PROMOTION_OFFICE: 'ပြည်နယ် အသေးစားနှင့် အလတ်စားလုပ်ငန်း မြှင့်တင်ရေးရုံး',
      GOVERNMENT: 'နယ်စပ် သို့မဟုတ် ပြည်နယ်အစိုးရ',
      CHAMBER_OF_COMMERCE: 'ကုန်သည်များအသင်း',
      BUSINESS_ASSOCIATION: 'စီးပွားရေးအသင်း',
      BANK: 'ဘဏ်',
      LOGISTICS_PROVIDER: 'ကုန်စည်ပို့ဆောင်ရေး ဝန်ဆောင်မှုပေးသူ',
      TRAINING_INSTITUTE: 'သင်တန်းကျောင်း',
      OTHER: 'အခြား',
    },
    sector: {
      AGRICULTURE_AND_FOOD: 'စိုက်ပျိုးရေးနှင့် စားသောက်ကုန်',
      HANDICRAFTS_AND_TEXTILES: 'လက်မှုပစ္စည်းနှင့် အထည်အလိပ်',
      MANUFACTURING: 'ကုန်ထုတ်လုပ်ငန်း',
      TRADE_AND_RETAIL: 'ကုန်သွယ်ရေးနှင့် လက်လီ',
      TOURISM_AND_HOSPITALITY: 'ခရီးသွားလုပ်ငန်းနှင့် ဧည့်ဝန်ဆောင်မှု',
      LOGISTICS_AND_TRANSPORT: 'ကုန်စည်ပို့ဆောင်ရေးနှင့် သယ်ယူပို့ဆောင်ရေး',
      SERVICES: 'ဝန်ဆောင်မှု',
      OTHER: 'အခြား',
    },
    supportKind: {
      TRAINING: 'သင်တန်း',
      COACHING: 'လမ်းညွှန်ပံ့ပိုးမှု',
      MARKET_LINKAGE: 'ဈေးကွက်ချိတ်ဆက်မှု',
      CERTIFICATION: 'အသိအမှတ်ပြုလက်မှတ်ရယူရေး',
      FINANCE_ACCESS: 'ငွေကြေးရရှိရေး',
      EXPORT_CONSORTIUM: 'ပို့ကုန်အဖွဲ့ပေါင်း',
    },
    targetGroup: {
      SME_LEADER: 'အသေးစားနှင့် အလတ်စားလုပ်ငန်း ခေါင်းဆောင်',
      BDS_PROVIDER: 'စီးပွားရေးဖွံ့ဖြိုးမှု ဝန်ဆောင်မှုပေးသူ',
      GOVERNMENT_OFFICIAL: 'အစိုးရ အရာရှိ',
      TRAINER: 'သင်တန်းဆရာ',
      PROGRAMME_STAFF: 'အစီအစဉ် ဝန်ထမ်း',
      OTHER: 'အခြား',
    },
  },
  th: {
    fewerThan3: 'น้อยกว่า 3',
    notRecorded: 'ไม่ได้บันทึก',
    total: 'รวม',
    indicators: 'ตัวชี้วัด',
    smesReached: 'วิสาหกิจขนาดกลางและขนาดย่อมที่ได้รับการสนับสนุน',
    learningByModule: 'ผลการเรียนรู้รายโมดูล',
    learningByQuestion: 'ผลการเรียนรู้รายข้อคำถาม',
    participation: 'การเข้าร่วม',
    belowThreshold: 'ต่ำกว่าเกณฑ์การเข้าร่วมขั้นต่ำ',
    code: 'รหัส',
    indicator: 'ตัวชี้วัด',
    unit: 'หน่วย',
    baseline: 'ค่าฐาน',
    target: 'เป้าหมาย',
    actual: 'ผลจริง',
    progress: 'ความก้าวหน้า',
    people: 'จำนวนคน',
    group: 'กลุ่ม',
    splitBy: 'จำแนกตาม',
    units: { PEOPLE: 'คน', SMES: 'กิจการ', PERCENT: 'ร้อยละ', POINTS: 'จุดร้อยละ' },
    splits: { COUNTRY: 'ประเทศ', SEX: 'เพศ', TARGET_GROUP: 'กลุ่มเป้าหมาย', ORGANISATION_TYPE: 'ประเภทองค์กร', COMPONENT: 'องค์ประกอบ', COHORT: 'รุ่นการอบรม', YEAR: 'ปี' },
    bySplit: {
      COUNTRY: 'จำแนกตามประเทศ',
      SEX: 'จำแนกตามเพศ',
      TARGET_GROUP: 'จำแนกตามกลุ่มเป้าหมาย',
      ORGANISATION_TYPE: 'จำแนกตามประเภทองค์กร',
      COMPONENT: 'จำแนกตามองค์ประกอบ',
      COHORT: 'จำแนกตามรุ่นการอบรม',
      YEAR: 'จำแนกตามปี',
    },
    course: 'หลักสูตร',
    module: 'โมดูล',
    question: 'ข้อคำถาม',
    paired: 'ทำแบบทดสอบทั้งก่อนและหลังเรียน',
    leftOut: 'ไม่นับรวม (ทำแบบทดสอบครั้งเดียว)',
    meanPre: 'คะแนนเฉลี่ยก่อนเรียน (%)',
    meanPost: 'คะแนนเฉลี่ยหลังเรียน (%)',
    gain: 'คะแนนที่เพิ่มขึ้น (จุด)',
    normalisedGain: 'พัฒนาการสัมพัทธ์',
    improvedShare: 'สัดส่วนที่พัฒนาขึ้น',
    rightBefore: 'ตอบถูกก่อนเรียน',
    rightAfter: 'ตอบถูกหลังเรียน',
    attendanceRate: 'อัตราการเข้าร่วม',
    completionRate: 'อัตราการสำเร็จการอบรม',
    smes: 'จำนวนกิจการ',
    province: 'จังหวัด',
    byProvinceTop10: 'จำแนกตามจังหวัด (10 อันดับแรก)',
    bySmeCountry: 'จำแนกตามประเทศของกิจการ',
    name: 'ชื่อ',
    cohort: 'รุ่นการอบรม',
    nativeName: 'ชื่อภาษาท้องถิ่น',
    email: 'อีเมล',
    minimum: 'ขั้นต่ำ',
    report: 'รายงานการติดตามและประเมินผล',
    date: 'วันที่',
    filter: 'ตัวกรอง',
    allParticipants: 'ผู้เข้าร่วมทั้งหมด',
    figures: 'ตัวเลข',
    aggregatesOnly: 'ตัวเลขรวมเท่านั้น: ตัวเลขที่นับคน 1 หรือ 2 คน แสดงเป็น “น้อยกว่า 3”',
    exactFigures: 'ตัวเลขจริง สำหรับเจ้าหน้าที่โครงการ',
    page: 'หน้า {page} จาก {pages}',
    indicatorsAgainstTargets: 'ตัวชี้วัดเทียบกับเป้าหมาย',
    learningResults: 'ผลการเรียนรู้',
    participationByCountryAndSex: 'การเข้าร่วมจำแนกตามประเทศและเพศ',
    smesNote: 'วิสาหกิจที่มีบันทึกการสนับสนุนจากผู้เข้าร่วมอย่างน้อยหนึ่งรายการ นับกิจการละหนึ่งครั้ง กิจการซ้ำที่รวมกันแล้วนับเพียงครั้งเดียว',
    learningNote: 'แบบทดสอบก่อนเรียนครั้งแรกเทียบกับแบบทดสอบหลังเรียนครั้งสุดท้ายของผู้เข้าร่วมแต่ละคนในแต่ละโมดูล คิดเป็นร้อยละของคะแนนเต็ม',
    nothing: 'ไม่มีข้อมูลสำหรับตัวกรองนี้',
    month: 'เดือน',
    cumulative: 'สะสม',
    leaders: 'ผู้นำ',
    byMonth: 'จำแนกตามเดือน',
    byProvince: 'จำแนกตามจังหวัด',
    sectorHeading: 'ภาคธุรกิจ',
    supportKindHeading: 'ประเภทการสนับสนุนครั้งแรก',
    ownerSex: 'เพศของเจ้าของกิจการ',
    bySector: 'จำแนกตามภาคธุรกิจ',
    byKind: 'จำแนกตามประเภทการสนับสนุนครั้งแรก',
    byOwnerSex: 'จำแนกตามเพศของเจ้าของกิจการ',
    country: { KH: 'กัมพูชา', MM: 'เมียนมา', TH: 'ไทย', VN: 'เวียดนาม', JP: 'ญี่ปุ่น' },
    gender: { FEMALE: 'หญิง', MALE: 'ชาย', OTHER: 'อื่น ๆ', UNDISCLOSED: 'ไม่ประสงค์จะระบุ' },
    organisationType: {
      LOCAL_PRODUCTION_GROUP: 'กลุ่มผู้ผลิตในท้องถิ่น',
      SME_ASSOCIATION: 'สมาคมวิสาหกิจขนาดกลางและขนาดย่อม',
      PROVINCIAL_SME_PROMOTION_OFFICE: 'สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อมระดับจังหวัด',
      GOVERNMENT: 'หน่วยงานราชการชายแดนหรือจังหวัด',
      CHAMBER_OF_COMMERCE: 'หอการค้า',
      BUSINESS_ASSOCIATION: 'สมาคมธุรกิจ',
      BANK: 'ธนาคาร',
      LOGISTICS_PROVIDER: 'ผู้ให้บริการโลจิสติกส์',
      TRAINING_INSTITUTE: 'สถาบันฝึกอบรม',
      OTHER: 'อื่น ๆ',
    },
    sector: {
      AGRICULTURE_AND_FOOD: 'เกษตรและอาหาร',
      HANDICRAFTS_AND_TEXTILES: 'หัตถกรรมและสิ่งทอ',
      MANUFACTURING: 'การผลิต',
      TRADE_AND_RETAIL: 'การค้าและค้าปลีก',
      TOURISM_AND_HOSPITALITY: 'การท่องเที่ยวและการบริการ',
      LOGISTICS_AND_TRANSPORT: 'โลจิสติกส์และการขนส่ง',
      SERVICES: 'บริการ',
      OTHER: 'อื่น ๆ',
    },
    supportKind: {
      TRAINING: 'การฝึกอบรม',
      COACHING: 'การให้คำปรึกษาแนะนำ',
      MARKET_LINKAGE: 'การเชื่อมโยงตลาด',
      CERTIFICATION: 'การรับรองมาตรฐาน',
      FINANCE_ACCESS: 'การเข้าถึงแหล่งเงินทุน',
      EXPORT_CONSORTIUM: 'กลุ่มความร่วมมือเพื่อการส่งออก',
    },
    targetGroup: {
      SME_LEADER: 'ผู้นำวิสาหกิจขนาดกลางและขนาดย่อม',
      BDS_PROVIDER: 'ผู้ให้บริการพัฒนาธุรกิจ',
      GOVERNMENT_OFFICIAL: 'เจ้าหน้าที่ภาครัฐ',
      TRAINER: 'วิทยากร',
      PROGRAMME_STAFF: 'เจ้าหน้าที่โครงการ',
      OTHER: 'อื่น ๆ',
    },
  },
  vi: {
    fewerThan3: 'ít hơn 3',
    notRecorded: 'Không ghi nhận',
    total: 'Tổng',
    indicators: 'Chỉ số',
    smesReached: 'Doanh nghiệp nhỏ và vừa được hỗ trợ',
    learningByModule: 'Kết quả học tập theo học phần',
    learningByQuestion: 'Kết quả học tập theo câu hỏi',
    participation: 'Sự tham gia',
    belowThreshold: 'Dưới mức chuyên cần tối thiểu',
    code: 'Mã',
    indicator: 'Chỉ số',
    unit: 'Đơn vị',
    baseline: 'Giá trị cơ sở',
    target: 'Mục tiêu',
    actual: 'Thực tế',
    progress: 'Tiến độ',
    people: 'Số người',
    group: 'Nhóm',
    splitBy: 'Phân theo',
    units: { PEOPLE: 'người', SMES: 'doanh nghiệp', PERCENT: 'phần trăm', POINTS: 'điểm phần trăm' },
    splits: { COUNTRY: 'Quốc gia', SEX: 'Giới tính', TARGET_GROUP: 'Nhóm đối tượng', ORGANISATION_TYPE: 'Loại tổ chức', COMPONENT: 'Hợp phần', COHORT: 'Khóa', YEAR: 'Năm' },
    bySplit: {
      COUNTRY: 'Theo quốc gia',
      SEX: 'Theo giới tính',
      TARGET_GROUP: 'Theo nhóm đối tượng',
      ORGANISATION_TYPE: 'Theo loại tổ chức',
      COMPONENT: 'Theo hợp phần',
      COHORT: 'Theo khóa',
      YEAR: 'Theo năm',
    },
    course: 'Khóa học',
    module: 'Học phần',
    question: 'Câu hỏi',
    paired: 'Làm cả bài đầu vào và đầu ra',
    leftOut: 'Không tính (chỉ làm một bài)',
    meanPre: 'Điểm TB đầu vào (%)',
    meanPost: 'Điểm TB đầu ra (%)',
    gain: 'Mức tăng (điểm)',
    normalisedGain: 'Mức tăng chuẩn hóa',
    improvedShare: 'Tỷ lệ tiến bộ',
    rightBefore: 'Đúng trước khóa',
    rightAfter: 'Đúng sau khóa',
    attendanceRate: 'Tỷ lệ chuyên cần',
    completionRate: 'Tỷ lệ hoàn thành',
    smes: 'Số doanh nghiệp',
    province: 'Tỉnh',
    byProvinceTop10: 'Theo tỉnh (10 tỉnh cao nhất)',
    bySmeCountry: 'Theo quốc gia của doanh nghiệp',
    name: 'Họ và tên',
    cohort: 'Khóa',
    nativeName: 'Tên bản ngữ',
    email: 'Email',
    minimum: 'Tối thiểu',
    report: 'Báo cáo giám sát và đánh giá',
    date: 'Ngày',
    filter: 'Bộ lọc',
    allParticipants: 'Tất cả học viên',
    figures: 'Số liệu',
    aggregatesOnly: 'Chỉ số liệu tổng hợp: số liệu đếm 1 hoặc 2 người được ghi là “ít hơn 3”.',
    exactFigures: 'Số liệu chính xác, dành cho cán bộ chương trình.',
    page: 'Trang {page}/{pages}',
    indicatorsAgainstTargets: 'Chỉ số so với mục tiêu',
    learningResults: 'Kết quả học tập',
    participationByCountryAndSex: 'Sự tham gia theo quốc gia và giới tính',
    smesNote: 'Các doanh nghiệp riêng biệt có ít nhất một lần được học viên hỗ trợ; doanh nghiệp trùng lặp đã gộp chỉ tính một lần.',
    learningNote: 'Bài đầu vào đầu tiên so với bài đầu ra cuối cùng của mỗi học viên trong mỗi học phần, tính theo phần trăm điểm tối đa.',
    nothing: 'Không có số liệu cho bộ lọc này.',
    month: 'Tháng',
    cumulative: 'Lũy kế',
    leaders: 'Lãnh đạo',
    byMonth: 'Theo tháng',
    byProvince: 'Theo tỉnh',
    sectorHeading: 'Ngành',
    supportKindHeading: 'Loại hỗ trợ đầu tiên',
    ownerSex: 'Giới tính chủ doanh nghiệp',
    bySector: 'Theo ngành',
    byKind: 'Theo loại hỗ trợ đầu tiên',
    byOwnerSex: 'Theo giới tính chủ doanh nghiệp',
    country: { KH: 'Campuchia', MM: 'Myanmar', TH: 'Thái Lan', VN: 'Việt Nam', JP: 'Nhật Bản' },
    gender: { FEMALE: 'Nữ', MALE: 'Nam', OTHER: 'Khác', UNDISCLOSED: 'Không muốn nêu' },
    organisationType: {
      LOCAL_PRODUCTION_GROUP: 'Nhóm sản xuất địa phương',
      SME_ASSOCIATION: 'Hiệp hội doanh nghiệp nhỏ và vừa',
      PROVINCIAL_SME_PROMOTION_OFFICE: 'Cơ quan hỗ trợ doanh nghiệp nhỏ và vừa cấp tỉnh',
      GOVERNMENT: 'Chính quyền biên giới hoặc cấp tỉnh',
      CHAMBER_OF_COMMERCE: 'Phòng thương mại',
      BUSINESS_ASSOCIATION: 'Hiệp hội doanh nghiệp',
      BANK: 'Ngân hàng',
      LOGISTICS_PROVIDER: 'Nhà cung cấp dịch vụ logistics',
      TRAINING_INSTITUTE: 'Cơ sở đào tạo',
      OTHER: 'Khác',
    },
    sector: {
      AGRICULTURE_AND_FOOD: 'Nông nghiệp và thực phẩm',
      HANDICRAFTS_AND_TEXTILES: 'Thủ công mỹ nghệ và dệt may',
      MANUFACTURING: 'Sản xuất',
      TRADE_AND_RETAIL: 'Thương mại và bán lẻ',
      TOURISM_AND_HOSPITALITY: 'Du lịch và khách sạn',
      LOGISTICS_AND_TRANSPORT: 'Logistics và vận tải',
      SERVICES: 'Dịch vụ',
      OTHER: 'Khác',
    },
    supportKind: {
      TRAINING: 'Đào tạo',
      COACHING: 'Huấn luyện kèm cặp',
      MARKET_LINKAGE: 'Kết nối thị trường',
      CERTIFICATION: 'Chứng nhận',
      FINANCE_ACCESS: 'Tiếp cận tài chính',
      EXPORT_CONSORTIUM: 'Liên minh xuất khẩu',
    },
    targetGroup: {
      SME_LEADER: 'Lãnh đạo doanh nghiệp nhỏ và vừa',
      BDS_PROVIDER: 'Nhà cung cấp dịch vụ phát triển kinh doanh',
      GOVERNMENT_OFFICIAL: 'Cán bộ nhà nước',
      TRAINER: 'Giảng viên',
      PROGRAMME_STAFF: 'Cán bộ chương trình',
      OTHER: 'Khác',
    },
  },
};

/** The reader's name for a split's group key: a country, sex, target group or organisation type; other keys as they are. */
export function groupLabel(words: ExportWords, by: ReportSplit, key: string, label: string): string {
  if (key === 'NONE' || key === '') return words.notRecorded;
  switch (by) {
    case ReportSplit.COUNTRY:
      return words.country[key] ?? key;
    case ReportSplit.SEX:
      return words.gender[key as Gender] ?? key;
    case ReportSplit.TARGET_GROUP:
      return words.targetGroup[key as TargetGroup] ?? key;
    case ReportSplit.ORGANISATION_TYPE:
      return words.organisationType[key as OrganisationType] ?? key;
    case ReportSplit.COMPONENT:
    case ReportSplit.COHORT:
    case ReportSplit.YEAR:
      return label;
  }
}
