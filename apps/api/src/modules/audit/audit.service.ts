import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details?: Record<string, unknown>;
}

/** Appends to the audit trail, inside the caller's transaction when given one. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    entries: AuditEntry | AuditEntry[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    await manager.query(
      `INSERT INTO audit_events (actor_user_id, action, entity_type, entity_id, details)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::text[], $5::jsonb[])`,
      [
        list.map((e) => e.actorUserId),
        list.map((e) => e.action),
        list.map((e) => e.entityType),
        list.map((e) => e.entityId),
        list.map((e) => JSON.stringify(e.details ?? {})),
      ],
    );
  }
}
