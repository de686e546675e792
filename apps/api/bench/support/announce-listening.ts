import type { FastifyInstance } from 'fastify';

/**
 * Listens on a free loopback port, prints `LISTENING <port>` for startChildServer, and on SIGTERM
 * closes the server, then runs `release` (pools) and exits.
 */
export async function listenAndAnnounce(
  app: FastifyInstance,
  release: () => Promise<void>,
): Promise<void> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`LISTENING ${port}\n`);
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(release)
      .then(() => process.exit(0));
  });
}
