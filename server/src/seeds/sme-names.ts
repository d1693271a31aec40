import { SmeSector } from '../common/enums';
import type { Rng } from './prng';

/**
 * Invented but plausible SME names, provinces and numbers for the demo ledger, per country, in
 * Latin script (Vietnamese with its diacritics, NFC): "Sokha Rice Mill Co., Ltd", "Cơ sở Dệt Thổ
 * cẩm Hoà Bình", "Ban Rai Handicraft Group". Also the ways a second leader writes the same business.
 */

export type Country = 'KH' | 'MM' | 'TH' | 'VN';

/** Provinces of the Southern Economic Corridor, spelt as seeds/people.yaml spells them; Myanmar has three. */
export const SEC_PROVINCES: Record<Country, string[]> = {
  KH: ['Banteay Meanchey', 'Battambang', 'Siem Reap', 'Phnom Penh', 'Svay Rieng', 'Kampot', 'Koh Kong', 'Pursat', 'Kandal', 'Prey Veng', 'Takeo'],
  MM: ['Tanintharyi Region', 'Mon State', 'Kayin State'],
  TH: ['Sa Kaeo', 'Chanthaburi', 'Trat', 'Kanchanaburi', 'Bangkok', 'Prachinburi', 'Chachoengsao', 'Ratchaburi'],
  VN: ['Ho Chi Minh City', 'Tay Ninh', 'Long An', 'Can Tho', 'Kien Giang', 'An Giang', 'Dong Thap', 'Tien Giang', 'Ca Mau'],
};

type Trades = Partial<Record<SmeSector, string[]>>;

/** What the businesses of each country make or do, by sector; weighted towards farming and food. */
const TRADES: Record<Country, Trades> = {
  KH: {
    [SmeSector.AGRICULTURE_AND_FOOD]: ['Rice Mill', 'Palm Sugar', 'Pepper Farm', 'Fish Sauce', 'Cashew Processing', 'Mango Farm', 'Rice Seed', 'Dried Fish', 'Organic Vegetables', 'Cassava Trading', 'Rice Noodles', 'Honey'],
    [SmeSector.HANDICRAFTS_AND_TEXTILES]: ['Silk Weaving', 'Krama Weaving', 'Handicraft', 'Pottery', 'Rattan Crafts', 'Garment Workshop'],
    [SmeSector.MANUFACTURING]: ['Furniture', 'Brick Kiln', 'Ice Factory', 'Rice Wine', 'Soap Makers', 'Animal Feed'],
    [SmeSector.TRADE_AND_RETAIL]: ['Trading', 'Mini Mart', 'Agro Supply', 'Hardware'],
    [SmeSector.TOURISM_AND_HOSPITALITY]: ['Guesthouse', 'Homestay', 'Restaurant', 'Eco Tours'],
    [SmeSector.LOGISTICS_AND_TRANSPORT]: ['Transport', 'Logistics', 'Freight Services'],
    [SmeSector.SERVICES]: ['Printing', 'Motor Repair', 'Accounting Services', 'Tailoring'],
  },
  MM: {
    [SmeSector.AGRICULTURE_AND_FOOD]: ['Rubber', 'Cashew', 'Betel Nut', 'Tea Leaf', 'Rice Mill', 'Fishery', 'Dried Fish', 'Palm Oil', 'Durian', 'Beans and Pulses', 'Shrimp Paste', 'Coconut'],
    [SmeSector.HANDICRAFTS_AND_TEXTILES]: ['Longyi Weaving', 'Bamboo Crafts', 'Lacquerware', 'Garment'],
    [SmeSector.MANUFACTURING]: ['Furniture', 'Ice Plant', 'Noodle Factory', 'Plastic Products'],
    [SmeSector.TRADE_AND_RETAIL]: ['Trading', 'Mini Mart', 'Agro Supply'],
    [SmeSector.TOURISM_AND_HOSPITALITY]: ['Guest House', 'Restaurant', 'Travels and Tours'],
    [SmeSector.LOGISTICS_AND_TRANSPORT]: ['Transport', 'Logistics', 'Border Freight'],
    [SmeSector.SERVICES]: ['Printing', 'Motorbike Repair', 'Tailoring'],
  },
  TH: {
    [SmeSector.AGRICULTURE_AND_FOOD]: ['Durian Orchard', 'Cassava', 'Longan', 'Rubber', 'Dried Fruit', 'Rice Mill', 'Shrimp Farm', 'Coffee', 'Herbal Products', 'Mangosteen', 'Fish Sauce', 'Palm Sugar'],
    [SmeSector.HANDICRAFTS_AND_TEXTILES]: ['Handicraft', 'Weaving', 'Basketry', 'Silk'],
    [SmeSector.MANUFACTURING]: ['Furniture', 'Rubber Products', 'Food Processing', 'Ice'],
    [SmeSector.TRADE_AND_RETAIL]: ['Trading', 'Border Trading', 'Farm Supply'],
    [SmeSector.TOURISM_AND_HOSPITALITY]: ['Homestay', 'Resort', 'Restaurant', 'Eco Tour'],
    [SmeSector.LOGISTICS_AND_TRANSPORT]: ['Transport', 'Logistics', 'Freight'],
    [SmeSector.SERVICES]: ['Printing', 'Car Care', 'Beauty Salon'],
  },
  VN: {
    [SmeSector.AGRICULTURE_AND_FOOD]: ['Nước mắm', 'Gạo', 'Bánh tráng', 'Thủy sản', 'Trái cây', 'Chế biến Hạt điều', 'Nông sản', 'Khô cá', 'Cà phê', 'Mật ong', 'Bánh pía', 'Kẹo dừa'],
    [SmeSector.HANDICRAFTS_AND_TEXTILES]: ['Dệt Thổ cẩm', 'Mây tre đan', 'Gốm', 'Chiếu cói', 'May mặc'],
    [SmeSector.MANUFACTURING]: ['Đồ gỗ', 'Nước đá', 'Bao bì', 'Cơ khí'],
    [SmeSector.TRADE_AND_RETAIL]: ['Thương mại', 'Vật tư Nông nghiệp', 'Tạp hóa'],
    [SmeSector.TOURISM_AND_HOSPITALITY]: ['Du lịch Sinh thái', 'Nhà hàng', 'Homestay'],
    [SmeSector.LOGISTICS_AND_TRANSPORT]: ['Vận tải', 'Giao nhận', 'Kho vận'],
    [SmeSector.SERVICES]: ['In ấn', 'Sửa chữa Máy nông nghiệp', 'Dịch vụ Kế toán'],
  },
};

/** How often each sector comes up: most SMEs along the corridor farm, fish or process food. */
const SECTOR_WEIGHTS: [SmeSector, number][] = [
  [SmeSector.AGRICULTURE_AND_FOOD, 45],
  [SmeSector.HANDICRAFTS_AND_TEXTILES, 14],
  [SmeSector.MANUFACTURING, 9],
  [SmeSector.TRADE_AND_RETAIL, 12],
  [SmeSector.TOURISM_AND_HOSPITALITY, 8],
  [SmeSector.LOGISTICS_AND_TRANSPORT, 7],
  [SmeSector.SERVICES, 5],
];

const OWNERS: Record<Country, string[]> = {
  KH: ['Sokha', 'Dara', 'Sophea', 'Chanthou', 'Vannak', 'Bopha', 'Rathana', 'Kosal', 'Sovann', 'Pisey', 'Channa', 'Malis', 'Veasna', 'Kunthea', 'Sambath', 'Theary', 'Navy', 'Ratanak', 'Socheata', 'Vichea', 'Chenda', 'Mony', 'Phalla', 'Leakhena', 'Sreyneang', 'Kimsan', 'Borey', 'Sothy', 'Narin', 'Vibol', 'Sopheak', 'Chantrea', 'Rachana', 'Samnang', 'Kanha', 'Davy', 'Nimol', 'Heng', 'Chhay', 'Kheang', 'Sreypov', 'Bunthoeun', 'Phirum', 'Vuthy', 'Makara', 'Kolab', 'Sovanna', 'Ponleu'],
  MM: ['Aung Myint', 'Kyaw Zin', 'Thiri', 'Hla Hla', 'Zaw Min', 'Win Win', 'Ei Mon', 'Su Su', 'Khin Maung', 'Nandar', 'Thida', 'Moe Moe', 'Htet Aung', 'Myo Min', 'Mya Mya', 'Pyae Phyo', 'Nilar', 'Soe Win', 'Tin Tin', 'Aye Aye', 'Thura', 'Min Thu', 'San San', 'Hnin Si', 'Than Than', 'Cho Cho', 'Kyi Kyi', 'Nay Lin', 'Zarni', 'Wai Wai', 'Sandar', 'Tun Lin'],
  TH: ['Somchai', 'Somboon', 'Rattana', 'Sunee', 'Prasert', 'Kanya', 'Malee', 'Wichai', 'Nipa', 'Chatchai', 'Pornthip', 'Anong', 'Boonmee', 'Chaiwat', 'Kittipong', 'Siriwan', 'Thawee', 'Pensri', 'Supaporn', 'Kamol', 'Narong', 'Duangjai', 'Orawan', 'Sompong', 'Jintana', 'Preecha', 'Wanpen', 'Yupin', 'Chalerm', 'Ratree', 'Sakda', 'Lamai'],
  VN: ['Hoà Bình', 'Phú An', 'Tân Phú', 'Hồng Phúc', 'Đức Thành', 'Minh Châu', 'Thành Đạt', 'Phước Lộc', 'An Khang', 'Kim Long', 'Bình Minh', 'Hưng Thịnh', 'Thiên Phú', 'Phương Nam', 'Tấn Phát', 'Hoàng Long', 'Ngọc Lan', 'Trường Giang', 'Cửu Long', 'Hiệp Thành', 'Vĩnh Phát', 'Sông Hậu', 'Quang Minh', 'Thanh Tâm', 'Hải Đăng', 'Gia Huy', 'Bảo Ngọc', 'Tâm Đức', 'Việt Hưng', 'Út Hiền', 'Ba Tư', 'Năm Sang', 'Mười Hai', 'Sáu Lợi'],
};

/** Places and brand words that open a name instead of the owner's. */
const PLACES: Record<Country, string[]> = {
  KH: ['Angkor', 'Mekong', 'Tonle', 'Kirirom', 'Bokor', 'Kulen', 'Sangke', 'Mongkol Borei', 'Poipet', 'Sisophon', 'Pailin', 'Kep', 'Bavet', 'Chi Phat', 'Prek Chik', 'Srah Srang', 'Moung Ruessei', 'Thma Puok'],
  MM: ['Shwe', 'Ngwe', 'Golden', 'Royal', 'Yadanar', 'Mingalar', 'Ayeyar', 'Thanlwin', 'Dawei', 'Mawlamyine', 'Myawaddy', 'Hpa-an', 'Thaton', 'Myeik', 'Kyaikto', 'Ye'],
  TH: ['Ban Rai', 'Ban Khlong', 'Ban Nong Bua', 'Ban Nam Sai', 'Ban Don Kaeo', 'Ban Thung Yai', 'Ban Pa Daeng', 'Ban Khao Noi', 'Ban Huai Sai', 'Aranyaprathet', 'Khlong Yai', 'Bo Rai', 'Tha Mai', 'Sai Yok', 'Thong Pha Phum', 'Wang Nam Yen', 'Laem Ngop', 'Soi Dao'],
  VN: [],
};

/** Legal forms as people write them (some names have none). */
const FORMS: Record<Country, string[]> = {
  KH: ['Co., Ltd', 'Co., Ltd.', 'Enterprise', '', '', 'Group', 'Co.,Ltd'],
  MM: ['Co., Ltd.', 'Company Limited', '', '', 'Enterprise', 'Co., Ltd'],
  TH: ['Group', 'Community Enterprise', 'Co., Ltd.', 'Part., Ltd.', 'Limited Partnership', '', 'Group'],
  VN: ['Cơ sở', 'Công ty TNHH', 'Hợp tác xã', 'Doanh nghiệp tư nhân', 'Hộ kinh doanh', 'Công ty Cổ phần', 'Cơ sở'],
};

export function pickSector(rng: Rng): SmeSector {
  let roll = rng.float() * SECTOR_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [sector, weight] of SECTOR_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return sector;
  }
  return SmeSector.AGRICULTURE_AND_FOOD;
}

/** A business name for a country and sector, NFC. */
export function smeName(country: Country, sector: SmeSector, rng: Rng): string {
  const trade = rng.pick(TRADES[country][sector] ?? TRADES[country][SmeSector.AGRICULTURE_AND_FOOD]!);
  const form = rng.pick(FORMS[country]);
  let name: string;
  if (country === 'VN') {
    // Vietnamese forms come first; cooperatives are mostly farmers'.
    const opening = sector === SmeSector.AGRICULTURE_AND_FOOD && rng.chance(0.25) ? 'Hợp tác xã' : form;
    name = `${opening} ${trade} ${rng.pick(OWNERS.VN)}`;
  } else if (country === 'MM' && rng.chance(0.3)) {
    name = `${rng.chance(0.5) ? 'Daw' : 'U'} ${rng.pick(OWNERS.MM)} ${trade} ${form}`;
  } else {
    name = `${rng.chance(0.55) ? rng.pick(OWNERS[country]) : rng.pick(PLACES[country])} ${trade} ${form}`;
  }
  return name.replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** How the same business reads when a second leader writes it down. */
export type VariantKind = 'spelling' | 'phone' | 'registration';

/** Letters people swap when writing a name down from speech. */
const SPELLINGS: [RegExp, string][] = [
  [/ou\b/, 'u'],
  [/ea/, 'ia'],
  [/kh/i, 'k'],
  [/aw\b/, 'au'],
  [/oo/, 'u'],
  [/ee/, 'i'],
  [/ai/, 'ay'],
  [/y\b/, 'i'],
  [/a\b/, 'ar'],
];

/** A second spelling of `name`: another legal form, no accents, or a letter or two spelt differently. */
export function respell(country: Country, name: string, rng: Rng): string {
  let variant = name;
  if (country === 'VN') {
    // Typed on a phone without Vietnamese input: no accents; the legal form often dropped or changed.
    variant = variant.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (d) => (d === 'đ' ? 'd' : 'D'));
    if (rng.chance(0.5)) variant = variant.replace(/^(Co so|Cong ty TNHH|Hop tac xa|Doanh nghiep tu nhan|Ho kinh doanh|Cong ty Co phan) /, rng.pick(['Cs ', 'Cty TNHH ', 'HTX ', 'DNTN ', '']));
  } else {
    const forms = FORMS[country].filter(Boolean);
    const withoutForm = forms.reduce((text, form) => (text.endsWith(` ${form}`) ? text.slice(0, -form.length - 1) : text), variant);
    variant = rng.chance(0.5) ? `${withoutForm} ${rng.pick(forms)}` : withoutForm;
    const swaps = SPELLINGS.filter(([pattern]) => pattern.test(withoutForm));
    if (swaps.length && rng.chance(0.7)) {
      const [pattern, replacement] = rng.pick(swaps);
      variant = variant.replace(pattern, replacement);
    }
    if (rng.chance(0.3)) variant = variant.toUpperCase();
  }
  return variant.replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** The name as said in passing: its first words, without the legal form ("Sokha Rice Mill Co., Ltd" → "Sokha Rice"). */
export function shorten(name: string): string {
  const words = name.replace(/\s*(Co\.,\s?Ltd\.?|Company Limited|Part\., Ltd\.|Limited Partnership)$/i, '').split(' ');
  return words.slice(0, Math.max(2, words.length - 1)).join(' ');
}

/** Mobile prefixes after the 0 trunk prefix, and how many digits follow. */
const MOBILES: Record<Country, { prefixes: string[]; digits: number; code: string }> = {
  KH: { prefixes: ['12', '17', '77', '92', '96', '15', '16', '89'], digits: 6, code: '855' },
  MM: { prefixes: ['9 25', '9 42', '9 45', '9 78', '9 97'], digits: 7, code: '95' },
  TH: { prefixes: ['81', '86', '89', '91', '92', '95', '98'], digits: 7, code: '66' },
  VN: { prefixes: ['90', '91', '93', '94', '97', '98', '70', '76'], digits: 7, code: '84' },
};

/** A mobile number as a leader would write it: national (0 …) or international (+…). */
export function phoneNumber(country: Country, rng: Rng): string {
  const { prefixes, digits, code } = MOBILES[country];
  const rest = Array.from({ length: digits }, () => String(rng.int(0, 9))).join('');
  const body = `${rng.pick(prefixes)} ${rest.slice(0, 3)} ${rest.slice(3)}`;
  return rng.chance(0.6) ? `0${body}` : `+${code} ${body}`;
}

/** A business registration number in a form the country uses. */
export function registrationNumber(country: Country, rng: Rng): string {
  const digits = (n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
  switch (country) {
    case 'KH':
      return `${rng.chance(0.5) ? 'MOC-' : ''}${digits(8)}`;
    case 'MM':
      return `${digits(9)}`;
    case 'TH':
      return `0-${digits(4)}-${digits(5)}-${digits(2)}-${digits(1)}`;
    case 'VN':
      return `${rng.pick(['03', '11', '12', '17', '18'])}${digits(8)}`;
  }
}

/** Kinds of support, weighted as leaders reported them, with what came of each. */
export const SUPPORT_RESULTS = {
  TRAINING: ['Owner and two staff trained in record keeping.', 'Attended the cluster training on the buyer’s quality standard.', 'Learned costing and pricing for export orders.', 'Trained on food hygiene for cross-border sales.'],
  COACHING: ['The owner now keeps monthly accounts.', 'Follow-up visit on packaging and labels.', 'Coached on a simple business plan for the bank.', 'Coached on stock control before the harvest.'],
  MARKET_LINKAGE: ['Met a buyer from across the border at the trade fair.', 'First order from a wholesaler in the capital.', 'Linked to a supermarket supplier programme.', 'Now supplies a hotel group in the province.'],
  CERTIFICATION: ['Applied for the provincial product standard mark.', 'Passed the good manufacturing practice inspection.', 'Product registered with the food and drug authority.'],
  FINANCE_ACCESS: ['Loan approved for new equipment.', 'Prepared the documents for a group loan.', 'Opened a business account for the consortium payments.'],
  EXPORT_CONSORTIUM: ['Joined the cluster’s export consortium.', 'Shipped a shared consignment with two consortium members.', 'Signed the consortium’s quality agreement.'],
} as const;
