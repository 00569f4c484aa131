import Fastify from 'fastify';

// A bare Fastify route answering with the same JSON as the real GET /api/me: the yardstick for overhead.
const body: unknown = JSON.parse(process.env.BENCH_BODY ?? 'null');
const app = Fastify({ logger: false });
app.get('/api/me', async () => body);
app.get('/api/health', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const stop = async () => {
  await app.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
