import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  CatalogueCourse,
  EnrolResult,
  MyCourse,
  MyLearning,
  VisibleCourse,
} from '@loa/contracts';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { CatalogueService } from './catalogue.service';
import { MyLearningService } from './my-learning.service';

@ApiTags('learning')
@ApiBearerAuth()
@Controller()
export class CatalogueController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly learning: MyLearningService,
  ) {}

  @Get('courses')
  courses(@CurrentUser() user: AuthUser): Promise<VisibleCourse[]> {
    return this.catalogue.visibleCourses(user);
  }

  @Get('me/courses')
  myCourses(@CurrentUser() user: AuthUser): Promise<MyCourse[]> {
    return this.catalogue.myCourses(user);
  }

  @Get('me/learning')
  myLearning(@CurrentUser() user: AuthUser): Promise<MyLearning> {
    return this.learning.myLearning(user);
  }

  @Get('catalogue')
  openCourses(@CurrentUser() user: AuthUser): Promise<CatalogueCourse[]> {
    return this.catalogue.catalogue(user);
  }

  @Post('courses/:code/enrol')
  @HttpCode(200)
  enrol(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<EnrolResult> {
    return this.catalogue.enrol(user, code);
  }
}
