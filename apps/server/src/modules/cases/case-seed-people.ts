import { addDays, type LegalDate } from '@eprocuracy/domain';
import { GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE, SURNAMES } from '../identity/seed-data.ts';
import type { Random } from './case-seed-random.ts';

/** A demo province: its name, the CCCD place code (Circular 59/2021/TT-BCA, Annex I) and places in it. */
export type SeedProvince = { name: string; cccd: string; places: readonly string[]; streets: readonly string[] };

export const SEED_PROVINCES: Record<string, SeedProvince> = {
  QNI: {
    name: 'Quảng Ninh',
    cccd: '022',
    places: [
      'phường Hồng Gai, Hạ Long',
      'phường Bãi Cháy, Hạ Long',
      'phường Cẩm Thủy, Cẩm Phả',
      'phường Ka Long, Móng Cái',
      'phường Quang Trung, Uông Bí',
      'xã Hải Hà',
    ],
    streets: ['Lê Thánh Tông', 'Trần Hưng Đạo', 'Hạ Long', 'Nguyễn Văn Cừ', 'Cao Xanh'],
  },
  TVH: {
    name: 'Trà Vinh',
    cccd: '084',
    places: [
      'phường 1, Trà Vinh',
      'phường 7, Trà Vinh',
      'thị trấn Càng Long',
      'xã Long Hữu, Duyên Hải',
      'xã Hiếu Tử, Tiểu Cần',
    ],
    streets: ['Điện Biên Phủ', 'Phạm Ngũ Lão', 'Nguyễn Đáng', 'Lê Lợi', 'Bạch Đằng'],
  },
  NAN: {
    name: 'Nghệ An',
    cccd: '040',
    places: [
      'phường Hưng Bình, Vinh',
      'phường Lê Lợi, Vinh',
      'xã Diễn Thành, Diễn Châu',
      'xã Quỳnh Lương, Quỳnh Lưu',
      'thị trấn Đô Lương',
    ],
    streets: ['Quang Trung', 'Lê Duẩn', 'Nguyễn Du', 'Phan Bội Châu', 'Trường Thi'],
  },
  HNI: {
    name: 'Hà Nội',
    cccd: '001',
    places: [
      'phường Hàng Bạc, Hoàn Kiếm',
      'phường Láng Hạ, Đống Đa',
      'phường Dịch Vọng, Cầu Giấy',
      'phường Bồ Đề, Long Biên',
      'phường Văn Quán, Hà Đông',
    ],
    streets: ['Kim Mã', 'Giải Phóng', 'Xuân Thủy', 'Nguyễn Văn Cừ', 'Quang Trung'],
  },
  HCM: {
    name: 'TP Hồ Chí Minh',
    cccd: '079',
    places: [
      'phường Bến Thành, Quận 1',
      'phường 4, Tân Bình',
      'phường Linh Trung, Thủ Đức',
      'phường 25, Bình Thạnh',
      'phường 11, Quận 5',
    ],
    streets: ['Nguyễn Huệ', 'Cộng Hòa', 'Võ Văn Ngân', 'Xô Viết Nghệ Tĩnh', 'Trần Hưng Đạo'],
  },
};

const OCCUPATIONS = [
  'Lao động tự do',
  'Lao động tự do',
  'Công nhân',
  'Lái xe',
  'Kinh doanh',
  'Nông dân',
  'Thợ xây',
  'Sinh viên',
  'Không nghề nghiệp',
  'Nhân viên văn phòng',
];
const OFFICIAL_OCCUPATIONS = ['Cán bộ, công chức', 'Kế toán', 'Trưởng phòng', 'Cán bộ địa chính xã'];
const COMPANY_KINDS = ['Công ty TNHH', 'Công ty cổ phần', 'Công ty TNHH MTV'];
const COMPANY_NAMES = ['Hải Phong', 'Minh Long', 'Đại Việt', 'Thành Đạt', 'Phú Gia', 'Hoàng Hà', 'Trường Sơn'];
const COMPANY_TRADES = ['Thương mại', 'Xuất nhập khẩu', 'Lâm sản', 'Vận tải', 'Xây dựng'];

export const fullName = (random: Random, isFemale: boolean) =>
  `${random.pick(SURNAMES)} ${random.pick(isFemale ? MIDDLE_FEMALE : MIDDLE_MALE)} ${random.pick(isFemale ? GIVEN_FEMALE : GIVEN_MALE)}`;

export const addressIn = (random: Random, province: SeedProvince) =>
  `Số ${random.int(1, 280)} ${random.pick(province.streets)}, ${random.pick(province.places)}, ${province.name}`;

/**
 * A 12-digit CCCD: place of birth registration (3 digits), century and sex (0/1 for 1900s male/female,
 * 2/3 for 2000s), two digits of the birth year, then six digits (Circular 59/2021/TT-BCA Art. 7).
 */
export const cccdOf = (random: Random, province: SeedProvince, birthDate: LegalDate, isFemale: boolean) => {
  const year = Number(birthDate.slice(0, 4));
  const century = (year >= 2000 ? 2 : 0) + (isFemale ? 1 : 0);
  return `${province.cccd}${century}${birthDate.slice(2, 4)}${String(random.int(0, 999_999)).padStart(6, '0')}`;
};

/** A person's identity as the case records it. */
export type SeedPerson = {
  kind: 'individual' | 'corporate';
  fullName: string;
  birthDate: LegalDate | null;
  sex: 'male' | 'female' | null;
  idNumber: string | null;
  nationality: string;
  address: string;
  province: string;
  occupation: string | null;
};

/** A defendant aged 16 to 62 at the offence (never under 16: Penal Code Art. 12), mostly men. */
export const defendantPerson = (
  random: Random,
  province: SeedProvince,
  offenceDate: LegalDate,
  options: { isOfficial?: boolean } = {},
): SeedPerson => {
  const isFemale = random.chance(options.isOfficial ? 0.3 : 0.12);
  const age = random.weighted([
    [random.int(16, 17), 1],
    [random.int(18, 29), 9],
    [random.int(30, 45), 7],
    [random.int(46, 62), 3],
  ] as const);
  const birthDate = addDays(offenceDate, -(age * 365 + random.int(20, 330)));
  return {
    kind: 'individual',
    fullName: fullName(random, isFemale),
    birthDate,
    sex: isFemale ? 'female' : 'male',
    // A few records come from the investigating body without the CCCD (incomplete data is realistic).
    idNumber: random.chance(0.93) ? cccdOf(random, province, birthDate, isFemale) : null,
    nationality: 'Việt Nam',
    address: addressIn(random, province),
    province: province.name,
    occupation: random.pick(options.isOfficial ? OFFICIAL_OCCUPATIONS : OCCUPATIONS),
  };
};

/** A commercial legal person (Penal Code Art. 74–76), identified by its enterprise code. */
export const corporatePerson = (random: Random, province: SeedProvince): SeedPerson => ({
  kind: 'corporate',
  fullName: `${random.pick(COMPANY_KINDS)} ${random.pick(COMPANY_TRADES)} ${random.pick(COMPANY_NAMES)}`,
  birthDate: null,
  sex: null,
  idNumber: `57${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
  nationality: 'Việt Nam',
  address: addressIn(random, province),
  province: province.name,
  occupation: null,
});

/** A victim: any adult or a business (a shop, a company) for property crimes. */
export const victimPerson = (random: Random, province: SeedProvince, offenceDate: LegalDate): SeedPerson => {
  const isFemale = random.chance(0.5);
  const birthDate = addDays(offenceDate, -(random.int(18, 75) * 365 + random.int(0, 360)));
  return {
    kind: 'individual',
    fullName: fullName(random, isFemale),
    birthDate,
    sex: isFemale ? 'female' : 'male',
    idNumber: random.chance(0.8) ? cccdOf(random, province, birthDate, isFemale) : null,
    nationality: 'Việt Nam',
    address: addressIn(random, province),
    province: province.name,
    occupation: random.pick(OCCUPATIONS),
  };
};
