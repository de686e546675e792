import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppModule } from './app.module';
import type { LoaEnv } from './config/env';

/** Largest upload accepted (rosters, evidence files); bigger ones get 413 with a clear message. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Finds the built web app: LOA_WEB_DIST, else `apps/web/dist` above this file or the cwd. */
export function findWebDist(env: LoaEnv): string | undefined {
  if (env.webDistDir)
    return existsSync(join(env.webDistDir, 'index.html')) ? resolve(env.webDistDir) : undefined;
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  const fromCwd = join(process.cwd(), 'apps', 'web', 'dist');
  return existsSync(join(fromCwd, 'index.html')) ? fromCwd : undefined;
}

/** Builds the whole application (API under /api, web app at /), ready to listen or to test. */
export async function createApp(
  env: LoaEnv,
  databaseUrl: string,
  options: { logger?: boolean } = {},
) {
  const adapter = new FastifyAdapter({ trustProxy: env.trustProxy, bodyLimit: 1024 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(env, databaseUrl),
    adapter,
    {
      logger: options.logger === false ? false : ['error', 'warn'],
    },
  );
  app.setGlobalPrefix('api');
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });

  const openApi = new DocumentBuilder()
    .setTitle('Loa API')
    .setDescription(
      'Đào tạo, bồi dưỡng và cấp giấy chứng nhận cho cán bộ làm công tác truyền thông ngành giáo dục',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));

  const webDist = findWebDist(env);
  const fastify = app.getHttpAdapter().getInstance();
  if (webDist) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false });
    // The web app's client-side routes: any other GET outside /api answers with index.html.
    fastify.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') {
        return reply
          .status(404)
          .send({ statusCode: 404, code: 'NOT_FOUND', message: 'Không tìm thấy' });
      }
      return reply.type('text/html').sendFile('index.html');
    });
  }
  await app.init();
  return app;
}
