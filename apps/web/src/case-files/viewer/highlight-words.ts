import type { SnippetPart } from '@eprocuracy/domain';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A word as the search index keys it: Vietnamese marks removed (đ → d, like PostgreSQL's `unaccent`) and
 * lower-cased, as the `vi_unaccent` configuration of migration 0010 does; "Tội" and "toi" fold alike.
 */
export const foldWord = (word: string): string =>
  word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/**
 * The words of a search (websearch syntax, as the server reads it) that a matching page holds: quoted phrases
 * give each of their words, `OR` is an operator, and words excluded with `-` (alone or a `-"phrase"`) are
 * not on the page, so they are never highlighted.
 */
export const searchedWords = (query: string): Set<string> => {
  const words = new Set<string>();
  const parts = query.match(/-?"[^"]*"?|\S+/g) ?? [];
  for (const part of parts) {
    if (part.startsWith('-')) continue;
    if (part.toLowerCase() === 'or') continue;
    for (const word of part.match(WORD) ?? []) words.add(foldWord(word));
  }
  return words;
};

/**
 * The page text cut into plain and highlighted parts: each word whose folded form was searched is a hit,
 * with its diacritics as on the page. The text is returned whole; parts are never HTML.
 */
export const highlightWords = (text: string, words: ReadonlySet<string>): SnippetPart[] => {
  const parts: SnippetPart[] = [];
  const push = (piece: string, hit: boolean) => {
    if (piece === '') return;
    const last = parts.at(-1);
    if (last && last.hit === hit && !hit) last.text += piece;
    else parts.push({ text: piece, hit });
  };
  let at = 0;
  if (words.size > 0) {
    for (const match of text.matchAll(WORD)) {
      if (!words.has(foldWord(match[0]))) continue;
      push(text.slice(at, match.index), false);
      push(match[0], true);
      at = match.index + match[0].length;
    }
  }
  push(text.slice(at), false);
  return parts;
};
