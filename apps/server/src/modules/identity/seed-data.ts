/** Office levels shipped by default (after the 2025 reform: regional offices replace district ones). */
export const DEFAULT_LEVELS = [
  { code: 'supreme', nameVi: 'Tối cao', nameEn: 'Supreme', rank: 0 },
  { code: 'high', nameVi: 'Cấp cao', nameEn: 'High-level', rank: 1 },
  { code: 'provincial', nameVi: 'Cấp tỉnh', nameEn: 'Provincial', rank: 2 },
  { code: 'regional', nameVi: 'Khu vực', nameEn: 'Regional', rank: 3 },
];

export type DemoOffice = {
  code: string;
  name: string;
  nameEn: string;
  address: string;
  level: string;
  children?: DemoOffice[];
};

const regions = (province: string, code: string, places: string[][]): DemoOffice[] =>
  places.map(([n, place], i) => ({
    code: `${code}-KV${i + 1}`,
    name: `Viện kiểm sát nhân dân khu vực ${n} – ${province}`,
    nameEn: `People's Procuracy of Region ${n}, ${province}`,
    address: `${place}, ${province}`,
    level: 'regional',
  }));

const province = (code: string, name: string, nameEn: string, address: string, places: string[][]): DemoOffice => ({
  code,
  name: `Viện kiểm sát nhân dân ${name}`,
  nameEn: `People's Procuracy of ${nameEn}`,
  address,
  level: 'provincial',
  children: regions(name.replace(/^(tỉnh|thành phố) /, ''), code, places),
});

/** The demo organisation: the Supreme Procuracy, three high-level offices, five provinces with regions. */
export const DEMO_TREE: DemoOffice = {
  code: 'VKSTC',
  name: 'Viện kiểm sát nhân dân tối cao',
  nameEn: 'Supreme People’s Procuracy',
  address: '44 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội',
  level: 'supreme',
  children: [
    {
      code: 'VKSCC1',
      name: 'Viện kiểm sát nhân dân cấp cao tại Hà Nội',
      nameEn: 'High-level People’s Procuracy in Hà Nội',
      address: '2 Hoàng Cầu, Đống Đa, Hà Nội',
      level: 'high',
    },
    {
      code: 'VKSCC2',
      name: 'Viện kiểm sát nhân dân cấp cao tại Đà Nẵng',
      nameEn: 'High-level People’s Procuracy in Đà Nẵng',
      address: '136 Nguyễn Tri Phương, Thanh Khê, Đà Nẵng',
      level: 'high',
    },
    {
      code: 'VKSCC3',
      name: 'Viện kiểm sát nhân dân cấp cao tại TP Hồ Chí Minh',
      nameEn: 'High-level People’s Procuracy in Hồ Chí Minh City',
      address: '112 Nguyễn Đình Chiểu, Quận 1, TP Hồ Chí Minh',
      level: 'high',
    },
    province('QNI', 'tỉnh Quảng Ninh', 'Quảng Ninh Province', 'Phường Hồng Hà, Hạ Long, Quảng Ninh', [
      ['1', 'Hạ Long'],
      ['2', 'Cẩm Phả'],
      ['3', 'Móng Cái'],
      ['4', 'Uông Bí'],
    ]),
    province('TVH', 'tỉnh Trà Vinh', 'Trà Vinh Province', 'Phường 1, TP Trà Vinh', [
      ['1', 'Trà Vinh'],
      ['2', 'Càng Long'],
      ['3', 'Duyên Hải'],
    ]),
    province('NAN', 'tỉnh Nghệ An', 'Nghệ An Province', 'Phường Hưng Bình, Vinh, Nghệ An', [
      ['1', 'Vinh'],
      ['2', 'Diễn Châu'],
      ['3', 'Quỳnh Lưu'],
      ['4', 'Đô Lương'],
    ]),
    province('HNI', 'thành phố Hà Nội', 'Hà Nội City', '1 Phạm Văn Đồng, Cầu Giấy, Hà Nội', [
      ['1', 'Hoàn Kiếm'],
      ['2', 'Đống Đa'],
      ['3', 'Cầu Giấy'],
      ['4', 'Long Biên'],
      ['5', 'Hà Đông'],
    ]),
    province('HCM', 'Thành phố Hồ Chí Minh', 'Hồ Chí Minh City', '121 Nguyễn Thị Minh Khai, Quận 3, TP Hồ Chí Minh', [
      ['1', 'Sài Gòn'],
      ['2', 'Tân Bình'],
      ['3', 'Thủ Đức'],
      ['4', 'Bình Thạnh'],
      ['5', 'Chợ Lớn'],
    ]),
  ],
};

export const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
export const MIDDLE_MALE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Xuân'];
export const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thu', 'Hồng', 'Thanh', 'Minh', 'Kim', 'Phương'];
export const GIVEN_MALE = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hiếu',
  'Hùng',
  'Khánh',
  'Long',
  'Nam',
  'Phong',
  'Phúc',
  'Quân',
  'Quang',
  'Sơn',
  'Thắng',
  'Trung',
  'Tuấn',
  'Việt',
  'Đạt',
];
export const GIVEN_FEMALE = [
  'Anh',
  'Giang',
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Ngọc',
  'Thảo',
  'Trang',
  'Vân',
  'Yến',
  'Thủy',
];
