import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthoringCourseListItem, CourseOutline, CoursePreview } from '@loa/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { AuthoringService } from './authoring.service';
import { CreateCourseDto } from './dto/create-course.dto';
import { UpdateCourseDto } from './dto/update-course.dto';

export const AUTHORING_ROLES = ['course_author', 'department_admin', 'system_admin'] as const;

@ApiTags('authoring')
@ApiBearerAuth()
@RequireRoles(...AUTHORING_ROLES)
@Controller('authoring')
export class AuthoringCoursesController {
  constructor(private readonly authoring: AuthoringService) {}

  @Get('courses')
  list(@CurrentUser() user: AuthUser): Promise<AuthoringCourseListItem[]> {
    return this.authoring.list(user);
  }

  @Post('courses')
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCourseDto): Promise<CourseOutline> {
    return this.authoring.create(user, body);
  }

  @Get('courses/:code')
  outline(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<CourseOutline> {
    return this.authoring.outline(user, code);
  }

  @Patch('courses/:code')
  update(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() body: UpdateCourseDto,
  ): Promise<CourseOutline> {
    return this.authoring.update(user, code, body);
  }

  @Post('courses/:code/cover')
  cover(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Req() request: FastifyRequest,
  ): Promise<CourseOutline> {
    return this.authoring.uploadCover(user, code, request);
  }

  @Post('courses/:code/publish')
  publish(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<CourseOutline> {
    return this.authoring.publish(user, code);
  }

  @Get('courses/:code/preview')
  preview(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<CoursePreview> {
    return this.authoring.preview(user, code);
  }

  @Get('files/:id')
  async file(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('range') range: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.authoring.streamFile(user, id, range, reply);
  }
}
