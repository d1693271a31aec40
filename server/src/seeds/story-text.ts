import type { AttendanceStatus } from '../common/enums';

/**
 * Short English texts the demo programme's generated records draw on: trainer feedback, action
 * plans and progress reports, one set per course. `{province}` and `{n}` are filled in.
 */

export interface CourseStory {
  assignmentFeedback: string[];
  actionPlanFeedback: string[];
  /** Why a plan went back to its author. */
  returnedComment: string[];
  objectives: string[];
  activities: string[];
  smeTypes: string[];
  smeNotes: string[];
  supportNeeded: string[];
  done: string[];
  results: string[];
  challenges: string[];
}

const CLUSTER: CourseStory = {
  assignmentFeedback: [
    'Clear cluster boundary and a good map of buyers and suppliers; rank the constraints with more evidence.',
    'Strong field interviews. The map misses support institutions such as the provincial bank branch.',
    'Good work: linkages are rated and the missing links are explained. Priority area well argued.',
    'The map is complete, but payment flows are not shown. Justify the ranking of shared constraints.',
    'Well organised and easy to read. Add the regulators and the border trade office to the map.',
    'A realistic diagnosis of a small cluster; the proposed joint action follows from it.',
  ],
  actionPlanFeedback: [
    'A realistic plan with clear indicators. Keep the committee meeting monthly.',
    'Good link between the cluster map and the activities; the budget needs member contributions.',
    'Ambitious but achievable. Track sales and membership every quarter as planned.',
    'Clear responsibilities and partners. Start the joint purchase early to build trust.',
    'Well argued plan; make sure the consortium agreement is signed before the first trade fair.',
  ],
  returnedComment: [
    'Please add a budget and say how members will contribute, and give each activity a date and a person responsible. Resubmit within a month.',
  ],
  objectives: [
    'Organise the SMEs of {province} into a cluster with an elected committee and a written charter, and prepare a first joint export order within twelve months.',
    'Form an export consortium of five to eight firms in {province} that shares the cost of a trade fair, common packaging and a buyer database.',
    'Strengthen the existing producer group in {province} with shared quality standards, a joint purchase of inputs and regular buyer meetings.',
    'Link the SMEs of {province} to a regional value chain by meeting one buyer standard and signing a supply agreement with a cross-border buyer.',
  ],
  activities: [
    'Map the cluster with member firms and validate it at a members’ meeting',
    'Elect a cluster committee and agree a written charter',
    'Organise a joint purchase of packaging materials',
    'Visit buyers across the border with three member firms',
    'Train members on the buyer’s quality standard',
    'Draft and sign the export consortium agreement',
    'Share a stand at the regional trade fair',
    'Set up a shared price and order information group',
    'Prepare a joint product catalogue in English',
  ],
  smeTypes: ['Rice Mill', 'Cassava Chips Maker', 'Handicraft Workshop', 'Dried Fish Producer', 'Cashew Processor', 'Fruit Packing House', 'Herbal Products Enterprise', 'Weaving Group', 'Pepper Farm', 'Seafood Processor', 'Fish Sauce Maker', 'Furniture Workshop', 'Palm Sugar Producer', 'Food Processing Enterprise'],
  smeNotes: ['Founding member of the cluster committee', 'Wants to join the export consortium', 'Needs help with packaging and labels', 'Already sells across the border', 'Women-led enterprise', 'Interested in the joint purchase'],
  supportNeeded: [
    'Advice from Mekong Institute on the consortium agreement, and contacts of buyers in Thailand and Vietnam.',
    'A small grant for a shared stand at the trade fair, and coaching on quality standards.',
    'Introductions to the provincial chamber of commerce and a bank that lends to groups.',
    'Help translating the product catalogue and a mentor for the cluster committee.',
  ],
  done: [
    'Mapped the cluster in {province} with member firms and presented the map at a members’ meeting.',
    'Held the first elections of the cluster committee; the committee now meets every month.',
    'Organised a joint purchase of packaging for {n} member firms.',
    'Took a group of member firms to meet buyers across the border.',
    'Ran two training days on the buyer’s quality standard for members.',
    'Signed the export consortium agreement with the founding members.',
    'Shared a stand at the regional trade fair and collected buyer contacts.',
    'Reached new SMEs in {province} through the provincial SME promotion office.',
  ],
  results: [
    'Members cut packaging costs by about 12% through the joint order.',
    'Two member firms received first orders from a buyer in the region.',
    'The cluster now has {n} paying members and a small joint fund.',
    'Three firms meet the buyer’s quality standard and can supply together.',
    'The consortium shipped its first joint consignment.',
    'The committee agreed shared prices for the main products, which reduced undercutting between members.',
  ],
  challenges: [
    'Some members still sell alone when prices rise.',
    'Border paperwork delays shipments by two to three days.',
    'Members find it hard to pay the contribution before the harvest.',
    'Bank loans for small firms still need land titles as collateral.',
    'The rainy season made visits to members in remote villages difficult.',
  ],
};

const BDS: CourseStory = {
  assignmentFeedback: [
    'The client need is well evidenced. The price covers cost only at high volume; show the break-even point.',
    'Clear target segment and value proposition. The pilot needs a decision rule.',
    'Good service package with a realistic pilot; add indicators for results at the client.',
    'Solid interviews with clients. Define the delivery channel more precisely.',
    'A well priced package with a cost-recovery plan. Good work.',
  ],
  actionPlanFeedback: [
    'A realistic plan for launching the service; keep track of uptake from the first month.',
    'Good indicators and a clear budget. Involve the partner bank early.',
    'Well argued. The pilot size is right for the staff you have.',
    'Clear plan; make sure the service can pay for itself after the first year.',
  ],
  returnedComment: ['Please add measurable indicators and say how the service will be paid for after the first year.'],
  objectives: [
    'Launch a priced export document checking service for the SMEs of {province} and reach break-even within a year.',
    'Redesign our business advice service around what SME clients in {province} say they need, and pilot it with 15 clients.',
    'Set up a regular cross-border business matching event with partner chambers and report the deals that follow.',
    'Offer a finance clinic with partner banks so that SMEs in {province} can prepare loan applications.',
  ],
  activities: [
    'Interview twenty SME clients about their needs',
    'Design and price the service package',
    'Pilot the service with a first group of clients',
    'Train two staff members to deliver the service',
    'Organise a business matching event with a partner chamber',
    'Review the pilot and decide whether to scale up',
    'Publish the service on the chamber’s website and newsletter',
  ],
  smeTypes: ['Trading Company', 'Food Exporter', 'Logistics Client', 'Garment Workshop', 'Agro-processing Enterprise', 'Handicraft Exporter', 'Rice Trader'],
  smeNotes: ['Pilot client', 'Needs export documents checked', 'Asked for a loan application clinic', 'Interested in the matching event'],
  supportNeeded: [
    'Templates for service pricing and contacts at partner chambers in the other countries.',
    'Coaching from Mekong Institute during the pilot and help with the client survey.',
    'An introduction to logistics firms at the border for the matching event.',
  ],
  done: [
    'Interviewed SME clients in {province} and redesigned the service around their answers.',
    'Launched the service with a first group of paying clients.',
    'Trained two colleagues to deliver the service.',
    'Held a business matching event with a partner chamber across the border.',
    'Reviewed the pilot and extended the service to a second district.',
  ],
  results: [
    'Clients say the service saves them two to three days per shipment.',
    'The service now covers most of its costs from fees.',
    'Four SMEs signed supply agreements after the matching event.',
    'Two partner banks now refer clients to the finance clinic.',
  ],
  challenges: [
    'Some SMEs are not yet willing to pay for advice.',
    'Staff turnover slowed the launch.',
    'Regulations on export documents changed during the pilot.',
  ],
};

export const STORIES: Record<string, CourseStory> = {
  'sme-cluster-development': CLUSTER,
  'bds-provider-strengthening': BDS,
};

/** The story texts of a course; the cluster course's for any other. */
export function storyFor(courseSlug: string): CourseStory {
  return STORIES[courseSlug] ?? CLUSTER;
}

export function fill(template: string, values: { province?: string | null; n?: number }): string {
  return template.replace('{province}', values.province ?? 'the province').replace('{n}', String(values.n ?? ''));
}

/** Notes a trainer adds to an attendance line, by status (none for PRESENT or ABSENT). */
export const ATTENDANCE_NOTES: Record<AttendanceStatus, string[]> = {
  PRESENT: [],
  LATE: ['Bus from the border delayed', 'Arrived after the morning break', 'Heavy rain on the road'],
  EXCUSED: ['Sick leave, medical note', 'Family emergency', 'Called to an official meeting'],
  ABSENT: [],
};
