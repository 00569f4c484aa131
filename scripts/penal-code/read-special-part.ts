/** Raw structure of the special part, before any penalty is read: chapters, articles, clauses, points. */
export type RawPoint = { letter: string; text: string };
export type RawClause = { number: number | null; text: string; points: RawPoint[]; tail: string[] };
export type RawArticle = {
  number: number;
  suffix?: string;
  name: string;
  chapter: number;
  sourceNote: string;
  intro: string[];
  clauses: RawClause[];
};
export type RawChapter = { number: number; roman: string; name: string };
export type RawSpecialPart = { chapters: RawChapter[]; articles: RawArticle[] };

const PENAL_CODE_HEADING = /^Điều 16\.1\.LQ\.(\d+)([a-z]?)\. (.+)$/;
// Any article heading of the consolidated text, e.g. guidance resolutions "Điều 16.1.NQ.6.2. …".
const ANY_HEADING = /^Điều \d+\.\d+\.[A-ZĐ]+\.[\d.]*\d[a-z]?\. /;
const GLUED_HEADING = /(?<=[^\s(])(?=Điều \d+\.\d+\.[A-ZĐ]+\.[\d.]*\d[a-z]?\. )/g;
const GLUED_NOTE = /(?<=\S)(?=\(Điều (?:này|\d+[a-z]? [A-ZĐ]))/g;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Integer value of a roman numeral such as XXVI. */
export const romanToInt = (roman: string): number =>
  [...roman].reduce((sum, ch, i) => {
    const value = ROMAN[ch] ?? Number.NaN;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    return sum + (value < next ? -value : value);
  }, 0);

/** The consolidated text's lines, with headings and notes that were glued to a sentence put on their own line. */
export const splitLines = (text: string): string[] => {
  const body = text.normalize('NFC').split('\n## Danh sách điều khoản')[0] ?? '';
  return body
    .replace(GLUED_HEADING, '\n')
    .replace(GLUED_NOTE, '\n')
    .split('\n')
    .map((line) => line.trim().replace(/^\*+(?=\S)|(?<=\S)\*+$/g, ''))
    .filter((line) => line !== '');
};

/** Reads chapters, articles, clauses and points of Part Two ("Phần hai – Các tội phạm") of the Penal Code. */
export const readSpecialPart = (text: string): RawSpecialPart => {
  const lines = splitLines(text);
  const start = lines.indexOf('Phần hai');
  const end = lines.indexOf('Phần ba');
  if (start < 0 || end < start) throw new Error('Part Two ("Phần hai") not found in the text');
  const chapters: RawChapter[] = [];
  const articles: RawArticle[] = [];
  let article: RawArticle | undefined;
  let expectSourceNote = false;
  for (let i = start + 1; i < end; i++) {
    const line = lines[i] as string;
    const chapter = /^Chương ([IVXL]+)$/.exec(line);
    if (chapter?.[1]) {
      chapters.push({ number: romanToInt(chapter[1]), roman: chapter[1], name: lines[++i] ?? '' });
      article = undefined;
      continue;
    }
    if (/^Mục \d+$/.test(line)) {
      i++;
      article = undefined;
      continue;
    }
    const heading = PENAL_CODE_HEADING.exec(line);
    if (heading) {
      const current = chapters.at(-1);
      if (!current) throw new Error(`article before any chapter: ${line}`);
      article = {
        number: Number(heading[1]),
        ...(heading[2] ? { suffix: heading[2] } : {}),
        name: heading[3] ?? '',
        chapter: current.number,
        sourceNote: '',
        intro: [],
        clauses: [],
      };
      articles.push(article);
      expectSourceNote = true;
      continue;
    }
    if (ANY_HEADING.test(line)) {
      article = undefined;
      continue;
    }
    if (!article) continue;
    if (line.startsWith('(')) {
      if (expectSourceNote) article.sourceNote = line;
      expectSourceNote = false;
      continue;
    }
    expectSourceNote = false;
    addBodyLine(article, line);
  }
  return { chapters, articles };
};

const addBodyLine = (article: RawArticle, line: string): void => {
  const clause = /^(\d+)\.\s+(.*)$/.exec(line);
  if (clause) {
    article.clauses.push({ number: Number(clause[1]), text: clause[2] ?? '', points: [], tail: [] });
    return;
  }
  const current = article.clauses.at(-1);
  const point = /^([a-zđ])\)\s*(.*)$/.exec(line);
  if (point && current) {
    current.points.push({ letter: point[1] ?? '', text: point[2] ?? '' });
    return;
  }
  if (current) current.tail.push(line);
  else article.intro.push(line);
};
