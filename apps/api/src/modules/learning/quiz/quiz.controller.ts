import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AttemptResult, QuizAttemptView, SavedAnswers } from '@loa/contracts';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { SaveAnswersDto, SubmitAttemptDto } from '../dto/answers.dto';
import { QuizService } from './quiz.service';

@ApiTags('learning')
@ApiBearerAuth()
@Controller()
export class QuizController {
  constructor(private readonly quizzes: QuizService) {}

  @Post('learn/:courseCode/lessons/:lessonId/attempts')
  start(
    @CurrentUser() user: AuthUser,
    @Param('courseCode') courseCode: string,
    @Param('lessonId') lessonId: string,
  ): Promise<QuizAttemptView> {
    return this.quizzes.start(user, courseCode, lessonId);
  }

  @Put('attempts/:id/answers')
  save(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: SaveAnswersDto,
  ): Promise<SavedAnswers> {
    return this.quizzes.saveAnswers(user, id, body.answers);
  }

  @Post('attempts/:id/submit')
  @HttpCode(200)
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: SubmitAttemptDto,
  ): Promise<AttemptResult> {
    return this.quizzes.submit(user, id, body.answers);
  }
}
