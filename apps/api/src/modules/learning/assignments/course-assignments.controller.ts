import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  ApplyRulesResult,
  CourseAssignmentListItem,
  CourseAssignmentResult,
} from '@loa/contracts';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../../common/decorators/roles.decorator';
import {
  CourseAssignmentListQueryDto,
  CreateCourseAssignmentDto,
} from '../dto/course-assignment.dto';
import { CourseAssignmentsService } from './course-assignments.service';

@ApiTags('learning')
@ApiBearerAuth()
@RequireRoles('unit_manager', 'department_admin', 'system_admin')
@Controller('course-assignments')
export class CourseAssignmentsController {
  constructor(private readonly assignments: CourseAssignmentsService) {}

  @Post()
  create(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateCourseAssignmentDto,
  ): Promise<CourseAssignmentResult> {
    return this.assignments.create(user, body);
  }

  @Get()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: CourseAssignmentListQueryDto,
  ): Promise<CourseAssignmentListItem[]> {
    return this.assignments.list(user, query.unit);
  }

  @Post('apply-rules')
  @HttpCode(200)
  @RequireRoles('department_admin', 'system_admin')
  applyRules(): Promise<ApplyRulesResult> {
    return this.assignments.applyRules();
  }

  @Post(':id/end')
  @HttpCode(200)
  end(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<CourseAssignmentListItem> {
    return this.assignments.end(user, id);
  }
}
