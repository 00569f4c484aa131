import { fetchCsrf, signIn } from './session.ts';

export type Client = { cookie: string; csrf: string };

/** Nearest-rank percentile of a list of milliseconds. */
export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length, Math.ceil((p / 100) * sorted.length)) - 1] as number);
};

/** `count` separate signed-in sessions of one officer, each with its own CSRF token. */
export const signInClients = async (url: string, username: string, count: number): Promise<Client[]> =>
  Promise.all(
    Array.from({ length: count }, async () => {
      const session = await signIn(url, username, 'EProcuracy@2026');
      const csrf = await fetchCsrf(url);
      return { cookie: `${session}; ${csrf.cookie}`, csrf: csrf.token };
    }),
  );

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

const body = (i: number, warmUp: boolean) =>
  JSON.stringify({
    // Warm-up documents go to last year's book, so the measured ones start at 1.
    receivedOn: warmUp ? `${Number(today().slice(0, 4)) - 1}-12-30` : today(),
    numberSymbol: `${i + 1}/CV-BENCH`,
    documentDate: warmUp ? `${Number(today().slice(0, 4)) - 1}-12-29` : today(),
    type: 'official_letter',
    abstract: `Văn bản đến số ${i + 1} (đo tải)`,
    issuingBody: 'Công an thành phố Hà Nội',
    urgency: 'normal',
    pageCount: 2,
  });

/** Every client sends its share of `documents` registrations one after another; all clients run at once. */
export const registerThrough = async (
  url: string,
  clients: Client[],
  documents: number,
  { warmUp }: { warmUp: boolean },
) => {
  const latencies: number[] = [];
  const numbers: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      for (let i = next++; i < documents; i = next++) {
        const sent = performance.now();
        const reply = await fetch(`${url}/api/document-registry/incoming`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: client.cookie, 'x-csrf-token': client.csrf },
          body: body(i, warmUp),
        });
        const answer = (await reply.json()) as { number?: number };
        if (reply.status !== 201 || typeof answer.number !== 'number')
          throw new Error(`registration refused: ${reply.status} ${JSON.stringify(answer)}`);
        latencies.push(performance.now() - sent);
        numbers.push(answer.number);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies, numbers };
};
