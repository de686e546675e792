import { randomBytes } from 'node:crypto';
import { JobsService } from '../../src/modules/jobs/jobs.service';

describe('jobs', () => {
  // Several API processes (or parallel test workers) start at once and declare the same queues:
  // pg-boss can then deadlock or collide; every one of them must still come up.
  it('lets many processes declare the same queues at the same moment', async () => {
    const services = Array.from({ length: 4 }, () => new JobsService(process.env.DATABASE_URL!));
    try {
      await Promise.all(services.map((s) => s.onModuleInit()));
      const names = Array.from({ length: 5 }, () => `test-${randomBytes(4).toString('hex')}`);
      await Promise.all(services.flatMap((s) => names.map((name) => s.queue(name))));
      for (const name of names) await expect(services[0].queue(name)).resolves.toBeUndefined();
    } finally {
      await Promise.all(services.map((s) => s.onModuleDestroy()));
    }
  });
});
