import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { CourseAccessService, OutlineItem } from './course-access.service';
import type { Course } from './course.entity';
import { versionNotEditable } from './courses.errors';
import { copyVersionAsDraft, IdMap } from './version-copier';

/** The draft version an edit applies to. */
export interface Draft {
  versionId: string;
  versionNo: number;
  /** Set when this edit created the draft: the published rows' ids → their copies' ids. */
  ids?: IdMap;
}

const MAP_OF: Record<OutlineItem, keyof IdMap> = {
  section: 'sections',
  lesson: 'lessons',
  question: 'questions',
};

/**
 * Every content edit goes through here: in one transaction it locks the course, checks the
 * caller may edit it, finds the draft version (creating it from the published version when
 * there is none — the published rows stay frozen) and runs the edit against the draft.
 */
@Injectable()
export class CourseDraftService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CourseAccessService,
    private readonly audit: AuditService,
  ) {}

  editCourse<T>(
    user: AuthUser,
    code: string,
    edit: (manager: EntityManager, course: Course, draft: Draft) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.access.course(user, code, manager, true);
      const draft = await this.draftOf(user, manager, course);
      return edit(manager, course, draft);
    });
  }

  /** Edits a section, lesson or question; `id` passed on is the row's id in the draft. */
  editItem<T>(
    user: AuthUser,
    item: OutlineItem,
    itemId: string,
    edit: (manager: EntityManager, course: Course, draft: Draft, id: string) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.access.courseOfItem(user, item, itemId, manager);
      const existing = await this.currentDraft(manager, found.course.id);
      if (found.versionStatus === 'draft') return edit(manager, found.course, existing!, itemId);
      if (found.versionStatus !== 'published' || existing) throw versionNotEditable();
      const draft = await this.draftOf(user, manager, found.course);
      return edit(manager, found.course, draft, draft.ids?.[MAP_OF[item]].get(itemId) ?? itemId);
    });
  }

  /** The course's draft, created from its published version if needed. */
  async draftOf(user: AuthUser, manager: EntityManager, course: Course): Promise<Draft> {
    const existing = await this.currentDraft(manager, course.id);
    if (existing) return existing;
    const [published]: { id: string; versionNo: number }[] = await manager.query(
      `SELECT id, version_no AS "versionNo" FROM course_versions
       WHERE course_id = $1 AND status = 'published'`,
      [course.id],
    );
    if (!published) throw versionNotEditable();
    const copy = await copyVersionAsDraft(manager, course.id, published.id);
    const { versionNo } = copy;
    const draft: Draft = { versionId: copy.versionId, versionNo, ids: copy.ids };
    await this.audit.record(
      {
        actorUserId: user.id,
        action: 'course.draft_created',
        entityType: 'course',
        entityId: course.id,
        details: { code: course.code, versionNo, fromVersionNo: published.versionNo },
      },
      manager,
    );
    return draft;
  }

  private async currentDraft(manager: EntityManager, courseId: string): Promise<Draft | undefined> {
    const [row]: { id: string; versionNo: number }[] = await manager.query(
      `SELECT id, version_no AS "versionNo" FROM course_versions
       WHERE course_id = $1 AND status = 'draft'`,
      [courseId],
    );
    return row ? { versionId: row.id, versionNo: row.versionNo } : undefined;
  }
}
