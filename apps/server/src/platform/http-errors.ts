import { toFieldErrors } from '@eprocuracy/domain';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifySchemaCompiler } from 'fastify/types/schema.js';
import { ZodError, type ZodType } from 'zod';
import { AppError, invalid, toProblem } from './errors.ts';

/** The language of a response: the `lang` cookie, else Accept-Language, else Vietnamese. */
export const languageOf = (request: FastifyRequest): 'vi' | 'en' => {
  const cookie = request.cookies?.lang;
  if (cookie === 'en' || cookie === 'vi') return cookie;
  return /^en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'vi';
};

/** Validates every part of a request with its zod schema; failures become INVALID naming the field. */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const prefix = httpPart === 'body' || !httpPart ? '' : httpPart === 'querystring' ? 'query' : httpPart;
    return { error: invalid(toFieldErrors(result.error.issues, prefix)) };
  };

/** Maps a framework error (body limits, JSON syntax, CSRF, rate limit) to one of our codes. */
const fromFastifyError = (error: FastifyError): AppError => {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('MALFORMED');
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return new AppError('CSRF');
    default:
      if (error.statusCode === 429) return new AppError('RATE_LIMITED');
      if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
        return new AppError('MALFORMED');
      }
      if (error.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA');
      if (error.statusCode === 413) return new AppError('TOO_LARGE');
      if (error.statusCode === 404) return new AppError('NOT_FOUND');
      return new AppError('INTERNAL');
  }
};

/** One place turns every error into RFC 9457 problem+json; stack traces only reach the log. */
export const registerErrorHandling = (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let appError: AppError;
    if (error instanceof AppError) appError = error;
    else if (error instanceof ZodError) appError = invalid(toFieldErrors(error.issues));
    else appError = fromFastifyError(error);
    if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'unhandled error');
    const problem = toProblem(appError, languageOf(request));
    if (appError.code === 'RATE_LIMITED' && reply.getHeader('retry-after') === undefined)
      reply.header('retry-after', '60');
    return reply.status(problem.status).type('application/problem+json').send(problem);
  });
  app.setNotFoundHandler((request, reply) => {
    const problem = toProblem(new AppError('NOT_FOUND'), languageOf(request));
    return reply.status(404).type('application/problem+json').send(problem);
  });
};
