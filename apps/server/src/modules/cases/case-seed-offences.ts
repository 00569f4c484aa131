/**
 * The offences of the demo, weighted roughly as in the procuracy's yearly statistics: property crimes,
 * drugs, assault, gambling and traffic first, corruption and smuggling rarer. Clauses and points are
 * those of the Penal Code 2015 (amended 2017); the category of each clause comes from the catalogue.
 */
export type OffenceProfile = {
  article: string;
  /** Short name used in case titles ("Trộm cắp tài sản"). */
  name: string;
  weight: number;
  clauses: readonly (readonly [{ clause: number; point?: string }, number])[];
  defendants: readonly [number, number];
  victims: readonly [number, number];
  /** Chance that the case is opened before any suspect is identified (often suspended, Art. 229(1)(a) CPC). */
  unknownOffender: number;
  /** Chance that a defendant is held (custody, then detention). */
  detention: number;
  evidence: readonly (readonly [description: string, unit: string, max: number])[];
  /** Offences a commercial legal person answers for (Penal Code Art. 76). */
  corporate?: boolean;
  /** Committed by people holding a position (Chapter XXIII). */
  official?: boolean;
};

const c = (clause: number, point?: string) => (point ? { clause, point } : { clause });

export const OFFENCES: readonly OffenceProfile[] = [
  {
    article: '173',
    name: 'Trộm cắp tài sản',
    weight: 26,
    clauses: [
      [c(1), 6],
      [c(2, 'c'), 2],
      [c(2, 'đ'), 1],
      [c(3, 'a'), 0.4],
    ],
    defendants: [1, 3],
    victims: [1, 2],
    unknownOffender: 0.22,
    detention: 0.35,
    evidence: [
      ['Xe mô tô biển kiểm soát 14B1-', 'chiếc', 2],
      ['Điện thoại di động iPhone', 'chiếc', 3],
      ['Tiền Việt Nam', 'đồng', 15_000_000],
      ['Dây chuyền vàng 18K', 'chiếc', 2],
    ],
  },
  {
    article: '174',
    name: 'Lừa đảo chiếm đoạt tài sản',
    weight: 12,
    clauses: [
      [c(1), 3],
      [c(2, 'c'), 2],
      [c(3, 'a'), 1],
      [c(4, 'a'), 0.6],
    ],
    defendants: [1, 4],
    victims: [1, 4],
    unknownOffender: 0.1,
    detention: 0.45,
    evidence: [
      ['Điện thoại di động dùng để liên lạc với bị hại', 'chiếc', 4],
      ['Sim điện thoại', 'chiếc', 12],
      ['Sổ tiết kiệm giả', 'quyển', 3],
    ],
  },
  {
    article: '171',
    name: 'Cướp giật tài sản',
    weight: 5,
    clauses: [
      [c(1), 3],
      [c(2, 'd'), 2],
    ],
    defendants: [1, 2],
    victims: [1, 1],
    unknownOffender: 0.15,
    detention: 0.8,
    evidence: [
      ['Xe mô tô dùng làm phương tiện phạm tội', 'chiếc', 1],
      ['Túi xách', 'chiếc', 1],
    ],
  },
  {
    article: '168',
    name: 'Cướp tài sản',
    weight: 3,
    clauses: [
      [c(1), 3],
      [c(2, 'd'), 2],
    ],
    defendants: [1, 3],
    victims: [1, 1],
    unknownOffender: 0.08,
    detention: 0.9,
    evidence: [
      ['Dao nhọn dài 25 cm', 'con', 1],
      ['Mũ bảo hiểm', 'chiếc', 2],
    ],
  },
  {
    article: '134',
    name: 'Cố ý gây thương tích',
    weight: 10,
    clauses: [
      [c(1, 'a'), 5],
      [c(2), 2],
      [c(3), 1],
      [c(4), 0.4],
    ],
    defendants: [1, 4],
    victims: [1, 2],
    unknownOffender: 0.04,
    detention: 0.35,
    evidence: [
      ['Gậy gỗ', 'chiếc', 2],
      ['Dao tự chế', 'con', 1],
    ],
  },
  {
    article: '249',
    name: 'Tàng trữ trái phép chất ma túy',
    weight: 10,
    clauses: [
      [c(1, 'c'), 6],
      [c(2, 'g'), 1],
    ],
    defendants: [1, 1],
    victims: [0, 0],
    unknownOffender: 0,
    detention: 0.85,
    evidence: [
      ['Methamphetamine', 'gam', 5],
      ['Heroine', 'gam', 3],
      ['Cân điện tử', 'chiếc', 1],
    ],
  },
  {
    article: '251',
    name: 'Mua bán trái phép chất ma túy',
    weight: 7,
    clauses: [
      [c(1), 4],
      [c(2, 'b'), 2],
      [c(3, 'b'), 0.5],
      [c(4, 'b'), 0.3],
    ],
    defendants: [1, 3],
    victims: [0, 0],
    unknownOffender: 0,
    detention: 0.95,
    evidence: [
      ['Methamphetamine', 'gam', 300],
      ['Heroine', 'gam', 100],
      ['Tiền thu lời bất chính', 'đồng', 50_000_000],
    ],
  },
  {
    article: '321',
    name: 'Đánh bạc',
    weight: 8,
    clauses: [
      [c(1), 6],
      [c(2, 'b'), 1],
    ],
    defendants: [2, 6],
    victims: [0, 0],
    unknownOffender: 0,
    detention: 0.05,
    evidence: [
      ['Tiền thu trên chiếu bạc', 'đồng', 30_000_000],
      ['Bộ bài tú lơ khơ', 'bộ', 2],
    ],
  },
  {
    article: '260',
    name: 'Vi phạm quy định về tham gia giao thông đường bộ',
    weight: 7,
    clauses: [
      [c(1, 'a'), 5],
      [c(2, 'b'), 1],
    ],
    defendants: [1, 1],
    victims: [1, 2],
    unknownOffender: 0.05,
    detention: 0.05,
    evidence: [
      ['Xe ô tô tải', 'chiếc', 1],
      ['Xe mô tô', 'chiếc', 1],
    ],
  },
  {
    article: '178',
    name: 'Hủy hoại hoặc cố ý làm hư hỏng tài sản',
    weight: 3,
    clauses: [
      [c(1), 4],
      [c(2, 'a'), 1],
    ],
    defendants: [1, 2],
    victims: [1, 1],
    unknownOffender: 0.1,
    detention: 0.1,
    evidence: [['Can nhựa đựng xăng', 'chiếc', 1]],
  },
  {
    article: '353',
    name: 'Tham ô tài sản',
    weight: 1.5,
    clauses: [
      [c(1), 2],
      [c(2, 'd'), 2],
      [c(3, 'a'), 1],
    ],
    defendants: [1, 4],
    victims: [0, 1],
    unknownOffender: 0,
    detention: 0.5,
    evidence: [
      ['Chứng từ kế toán', 'bộ', 12],
      ['Tiền khắc phục hậu quả', 'đồng', 200_000_000],
    ],
    official: true,
  },
  {
    article: '354',
    name: 'Nhận hối lộ',
    weight: 1,
    clauses: [
      [c(1), 2],
      [c(2, 'e'), 1],
    ],
    defendants: [1, 3],
    victims: [0, 0],
    unknownOffender: 0,
    detention: 0.6,
    evidence: [['Tiền nhận hối lộ', 'đồng', 500_000_000]],
    official: true,
  },
  {
    article: '188',
    name: 'Buôn lậu',
    weight: 1.5,
    clauses: [
      [c(1, 'a'), 2],
      [c(2, 'c'), 1],
    ],
    defendants: [1, 3],
    victims: [0, 0],
    unknownOffender: 0,
    detention: 0.3,
    evidence: [
      ['Thuốc lá điếu nhập lậu', 'bao', 5_000],
      ['Đường kính nhập lậu', 'kg', 20_000],
    ],
    corporate: true,
  },
  {
    article: '232',
    name: 'Vi phạm quy định về khai thác, bảo vệ rừng và lâm sản',
    weight: 1,
    clauses: [
      [c(1), 3],
      [c(2), 1],
    ],
    defendants: [1, 2],
    victims: [0, 0],
    unknownOffender: 0.1,
    detention: 0.1,
    evidence: [['Gỗ tròn nhóm II', 'm³', 40]],
    corporate: true,
  },
];

/** Names of the accused for a title: "Nguyễn Văn A" or "Nguyễn Văn A và đồng phạm". */
export const caseTitle = (offence: OffenceProfile, names: readonly string[], place: string): string =>
  names.length === 0
    ? `${offence.name} xảy ra tại ${place}`
    : `${names[0]}${names.length > 1 ? ' và đồng phạm' : ''} – ${offence.name}`;
