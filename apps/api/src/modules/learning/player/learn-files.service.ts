import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user';
import { FileStorageService } from '../../files/file-storage.service';
import { fileNotFound } from '../learning.errors';

/**
 * A lesson's file (video, PDF) reaches only learners enrolled on a version that uses it — the
 * version they are pinned to, or the published one if they have not started; a published
 * course's cover reaches anyone signed in. Anything else is 404. Streams honour Range.
 */
@Injectable()
export class LearnFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorageService,
  ) {}

  async stream(
    user: AuthUser,
    fileId: string,
    range: string | undefined,
    reply: FastifyReply,
  ): Promise<void> {
    if (!user.personId) throw fileNotFound();
    await this.streamFor(user.personId, fileId, range, reply);
  }

  async streamFor(
    personId: string,
    fileId: string,
    range: string | undefined,
    reply: FastifyReply,
  ): Promise<void> {
    const [allowed]: { id: string }[] = await this.dataSource.query(
      `SELECT f.id FROM stored_files f
        WHERE f.id::text = $1 AND (
          EXISTS (
            SELECT 1 FROM lessons l
              JOIN enrolments e ON e.person_id = $2 AND e.course_id = (
                SELECT v.course_id FROM course_versions v WHERE v.id = l.course_version_id)
             WHERE l.file_id = f.id
               AND (e.course_version_id = l.course_version_id
                    OR (e.course_version_id IS NULL AND EXISTS (
                          SELECT 1 FROM course_versions pv
                           WHERE pv.id = l.course_version_id AND pv.status = 'published'))))
          OR EXISTS (SELECT 1 FROM courses c WHERE c.cover_file_id = f.id AND c.status = 'published'))`,
      [fileId, personId],
    );
    if (!allowed) throw fileNotFound();
    await this.storage.stream(allowed.id, range, reply);
  }
}
