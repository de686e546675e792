import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CourseAssignmentsService } from './course-assignments.service';

/** How often standing assignment rules pick up people who joined their audience. */
export const RULES_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Re-applies the standing rules on start and every few minutes, so people added by a staff
 * import or a transfer are enrolled without anyone asking (the timer never keeps the process up).
 */
@Injectable()
export class AssignmentRulesScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AssignmentRulesScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly assignments: CourseAssignmentsService) {}

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), RULES_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.assignments
      .applyRules()
      .then(({ enrolled }) => {
        if (enrolled > 0) this.logger.log(`Assignment rules enrolled ${enrolled} people`);
      })
      .catch((error: unknown) => this.logger.error(error))
      .finally(() => (this.running = undefined));
  }
}
