import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { AuthoringCoursesController } from './authoring-courses.controller';
import { AuthoringOutlineController } from './authoring-outline.controller';
import { AuthoringService } from './authoring.service';
import { CourseAccessService } from './course-access.service';
import { CourseDraftService } from './course-draft.service';
import { CourseOutlineQuery } from './course-outline.query';
import { OutlineEditorService } from './outline-editor.service';
import { ProgrammeCoursesController } from './programme-courses.controller';
import { ProgrammeCoursesService } from './programme-courses.service';
import { QuestionBankController } from './question-bank.controller';
import { QuestionBankService } from './question-bank.service';

/** Course authoring: courses and their versions, outlines, lessons, question banks, programmes. */
@Module({
  imports: [FilesModule],
  controllers: [
    AuthoringCoursesController,
    AuthoringOutlineController,
    QuestionBankController,
    ProgrammeCoursesController,
  ],
  providers: [
    AuthoringService,
    CourseAccessService,
    CourseDraftService,
    CourseOutlineQuery,
    OutlineEditorService,
    QuestionBankService,
    ProgrammeCoursesService,
  ],
  exports: [CourseOutlineQuery],
})
export class CoursesModule {}
