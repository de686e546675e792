import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LearnerCourseOutline, LessonContent, ProgressResult } from '@loa/contracts';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { ProgressDto } from '../dto/progress.dto';
import { PlayerService } from './player.service';

@ApiTags('learning')
@ApiBearerAuth()
@Controller('learn/:courseCode')
export class PlayerController {
  constructor(private readonly player: PlayerService) {}

  @Get()
  outline(
    @CurrentUser() user: AuthUser,
    @Param('courseCode') courseCode: string,
  ): Promise<LearnerCourseOutline> {
    return this.player.outline(user, courseCode);
  }

  @Get('lessons/:lessonId')
  lesson(
    @CurrentUser() user: AuthUser,
    @Param('courseCode') courseCode: string,
    @Param('lessonId') lessonId: string,
  ): Promise<LessonContent> {
    return this.player.lesson(user, courseCode, lessonId);
  }

  @Post('lessons/:lessonId/progress')
  @HttpCode(200)
  progress(
    @CurrentUser() user: AuthUser,
    @Param('courseCode') courseCode: string,
    @Param('lessonId') lessonId: string,
    @Body() body: ProgressDto,
  ): Promise<ProgressResult> {
    return this.player.recordProgress(user, courseCode, lessonId, body);
  }
}
