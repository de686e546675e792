import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ProgrammeCourses } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { SetProgrammeCoursesDto } from './dto/programme-courses.dto';
import { ProgrammeCoursesService } from './programme-courses.service';

@ApiTags('reference')
@ApiBearerAuth()
@RequireRoles('department_admin', 'system_admin')
@Controller('programmes/:code/courses')
export class ProgrammeCoursesController {
  constructor(private readonly programmes: ProgrammeCoursesService) {}

  @Get()
  get(@Param('code') code: string): Promise<ProgrammeCourses> {
    return this.programmes.get(code);
  }

  @Put()
  set(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() body: SetProgrammeCoursesDto,
  ): Promise<ProgrammeCourses> {
    return this.programmes.set(user, code, body.courseCodes);
  }
}
