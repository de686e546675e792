import { startApiServer, startChildServer, type ChildServer } from '../../support/child-server';

/**
 * Starts the Loa API (with `apiEnv`) and the bare Fastify floor on `databaseUrl` side by side;
 * each server that starts is added to `started`, so the caller stops it even when the other
 * one failed.
 */
export async function startServers(
  databaseUrl: string,
  apiEnv: Record<string, string>,
  started: ChildServer[],
): Promise<[api: ChildServer, floor: ChildServer]> {
  const keep = (server: ChildServer) => {
    started.push(server);
    return server;
  };
  const [api, floor] = await Promise.allSettled([
    startApiServer(databaseUrl, apiEnv).then(keep),
    startChildServer('../servers/serve-bare-fastify.ts', { BENCH_DATABASE_URL: databaseUrl }).then(
      keep,
    ),
  ]);
  if (api.status === 'rejected') throw api.reason;
  if (floor.status === 'rejected') throw floor.reason;
  return [api.value, floor.value];
}
