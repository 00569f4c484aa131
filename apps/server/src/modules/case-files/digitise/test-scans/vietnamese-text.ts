import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Articles 2, 7 and 8 of the Criminal Procedure Code 2015 (BLTTHS, Law 101/2015/QH13), embedded so that tests
 * which must always run have real Vietnamese legal prose with every kind of diacritic.
 */
export const SAMPLE_PARAGRAPHS: readonly string[] = [
  'Bộ luật tố tụng hình sự có nhiệm vụ bảo đảm phát hiện chính xác và xử lý công minh, kịp thời mọi hành vi phạm tội, phòng ngừa, ngăn chặn tội phạm, không để lọt tội phạm, không làm oan người vô tội; góp phần bảo vệ công lý, bảo vệ quyền con người, quyền công dân, bảo vệ chế độ xã hội chủ nghĩa, bảo vệ lợi ích của Nhà nước, quyền và lợi ích hợp pháp của tổ chức, cá nhân, giáo dục mọi người ý thức tuân theo pháp luật, đấu tranh phòng ngừa và chống tội phạm.',
  'Mọi hoạt động tố tụng hình sự phải được thực hiện theo quy định của Bộ luật này. Không được giải quyết nguồn tin về tội phạm, khởi tố, điều tra, truy tố, xét xử ngoài những căn cứ và trình tự, thủ tục do Bộ luật này quy định.',
  'Khi tiến hành tố tụng, trong phạm vi nhiệm vụ, quyền hạn của mình, cơ quan, người có thẩm quyền tiến hành tố tụng phải tôn trọng và bảo vệ quyền con người, quyền và lợi ích hợp pháp của cá nhân; thường xuyên kiểm tra tính hợp pháp và sự cần thiết của những biện pháp đã áp dụng, kịp thời hủy bỏ hoặc thay đổi những biện pháp đó nếu xét thấy có vi phạm pháp luật hoặc không còn cần thiết.',
];

/** ../shared/data/legal beside the repository: Vietnamese laws as Markdown, present on developer machines and CI. */
export const LEGAL_TEXTS_FOLDER = resolve(import.meta.dirname, '../../../../../../../../shared/data/legal');

/** Whether the shared legal texts are there (tests that need them skip, saying so, when they are not). */
export const hasLegalTexts = (): boolean => existsSync(LEGAL_TEXTS_FOLDER);

const stripMarkdown = (line: string): string =>
  line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .trim();

/**
 * Prose paragraphs of a law in ../shared/data/legal (e.g. `to-tung-hinh-su.md`): the body after the metadata
 * table, without headings, tables, article titles and the editors' cross-reference notes in parentheses.
 * `skip` and `count` pick a stable slice, so a bench run can be repeated on the same text.
 */
export const loadLegalParagraphs = async (options: {
  file: string;
  count: number;
  skip?: number;
  minLength?: number;
}): Promise<string[]> => {
  const markdown = await readFile(resolve(LEGAL_TEXTS_FOLDER, options.file), 'utf8');
  const body = markdown.split('## VĂN BẢN')[1] ?? markdown;
  const paragraphs = body
    .normalize('NFC')
    .split('\n')
    .map(stripMarkdown)
    .filter((line) => line.length >= (options.minLength ?? 80))
    .filter((line) => !/^(\||#|\(|Điều \S+\. |Chương |Phần |-{3})/u.test(line));
  const skip = options.skip ?? 0;
  return paragraphs.slice(skip, skip + options.count);
};
