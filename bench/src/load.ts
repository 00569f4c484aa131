import autocannon from 'autocannon';

export type LoadOptions = {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  duration: number;
  /** The status every answer must have; any 2xx when absent. */
  expectStatus?: number;
};

export type LoadResult = { requests: number; rps: number; p50: number; p95: number; p99: number; failed: number };

/** Nearest-rank percentile of an ascending list, in the list's unit. */
const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length, Math.ceil((p / 100) * sorted.length)) - 1] as number);

/**
 * Drives one endpoint with autocannon; latencies are recorded per response here because autocannon
 * reports p97.5 and p99 but not the p95 the requirement names.
 */
export const runLoad = (options: LoadOptions): Promise<LoadResult> =>
  new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let failed = 0;
    const { expectStatus, ...load } = options;
    const isExpected = (status: number) => (expectStatus ? status === expectStatus : status >= 200 && status < 300);
    const instance = autocannon({ ...load, pipelining: 1, timeout: 30 }, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      resolve({
        requests: latencies.length,
        rps: result.requests.average,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        failed: failed + result.errors + result.timeouts,
      });
    });
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (isExpected(statusCode)) latencies.push(responseTime);
      else failed += 1;
    });
  });
