import type { SnippetPart } from '@eprocuracy/domain';

/** Put around each matched word by ts_headline; removed from the page text first, so they mark only hits. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/** Splits a headline into plain and highlighted parts, so the web shows hits without rendering HTML. */
export const snippetParts = (headline: string): SnippetPart[] => {
  const parts: SnippetPart[] = [];
  const push = (text: string, hit: boolean) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += text;
    else parts.push({ text, hit });
  };
  let rest = headline;
  while (rest.length > 0) {
    const start = rest.indexOf(HIT_START);
    if (start < 0) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, start), false);
    const end = rest.indexOf(HIT_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    push(rest.slice(start + 1, stop), true);
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return parts;
};
