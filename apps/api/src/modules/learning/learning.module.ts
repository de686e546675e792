import { FileLinkToken } from './player/file-link-token';
import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AssignmentRulesScheduler } from './assignments/assignment-rules.scheduler';
import { CourseAssignmentsController } from './assignments/course-assignments.controller';
import { CourseAssignmentsService } from './assignments/course-assignments.service';
import { CatalogueController } from './catalogue/catalogue.controller';
import { CatalogueService } from './catalogue/catalogue.service';
import { MyLearningService } from './catalogue/my-learning.service';
import { CompletionService } from './completion.service';
import { EnrolmentAccess } from './player/enrolment-access';
import { LearnFilesController } from './player/learn-files.controller';
import { LearnFilesService } from './player/learn-files.service';
import { PlayerController } from './player/player.controller';
import { PlayerService } from './player/player.service';
import { QuizStateQuery } from './quiz/quiz-state.query';
import { QuizController } from './quiz/quiz.controller';
import { QuizService } from './quiz/quiz.service';
import { TrainingProgressExportService } from './training-progress/training-progress-export.service';
import { TrainingProgressController } from './training-progress/training-progress.controller';
import { TrainingProgressQuery } from './training-progress/training-progress.query';
import { TrainingProgressService } from './training-progress/training-progress.service';

/**
 * The learning runtime: what learners see and take (catalogue, my learning, the player,
 * quizzes), completion with its certificates, assignments and the managers' progress view.
 */
@Module({
  imports: [CertificatesModule, NotificationsModule],
  controllers: [
    CatalogueController,
    PlayerController,
    QuizController,
    CourseAssignmentsController,
    TrainingProgressController,
    LearnFilesController,
  ],
  providers: [
    CatalogueService,
    MyLearningService,
    EnrolmentAccess,
    PlayerService,
    FileLinkToken,
    QuizStateQuery,
    QuizService,
    CompletionService,
    CourseAssignmentsService,
    AssignmentRulesScheduler,
    TrainingProgressQuery,
    TrainingProgressService,
    TrainingProgressExportService,
    LearnFilesService,
  ],
})
export class LearningModule {}
