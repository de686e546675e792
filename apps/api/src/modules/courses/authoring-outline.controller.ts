import {
  Body,
  Controller,
  Delete,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Req,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthoringLesson, CourseOutline } from '@loa/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { AUTHORING_ROLES } from './authoring-courses.controller';
import { CreateLessonDto, UpdateLessonDto } from './dto/lesson.dto';
import { OutlineOrderDto } from './dto/outline-order.dto';
import { SectionTitleDto } from './dto/section-title.dto';
import { OutlineEditorService } from './outline-editor.service';

@ApiTags('authoring')
@ApiBearerAuth()
@RequireRoles(...AUTHORING_ROLES)
@Controller('authoring')
export class AuthoringOutlineController {
  constructor(private readonly editor: OutlineEditorService) {}

  @Post('courses/:code/sections')
  addSection(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() body: SectionTitleDto,
  ): Promise<CourseOutline> {
    return this.editor.addSection(user, code, body.title);
  }

  @Put('courses/:code/outline')
  reorder(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() body: OutlineOrderDto,
  ): Promise<CourseOutline> {
    return this.editor.reorder(user, code, body);
  }

  @Patch('sections/:id')
  renameSection(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SectionTitleDto,
  ): Promise<CourseOutline> {
    return this.editor.renameSection(user, id, body.title);
  }

  @Delete('sections/:id')
  deleteSection(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CourseOutline> {
    return this.editor.deleteSection(user, id);
  }

  @Post('sections/:id/lessons')
  addLesson(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateLessonDto,
  ): Promise<AuthoringLesson> {
    return this.editor.addLesson(user, id, body);
  }

  @Patch('lessons/:id')
  updateLesson(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateLessonDto,
  ): Promise<AuthoringLesson> {
    return this.editor.updateLesson(user, id, body);
  }

  @Delete('lessons/:id')
  deleteLesson(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CourseOutline> {
    return this.editor.deleteLesson(user, id);
  }

  @Post('lessons/:id/file')
  @HttpCode(200)
  attachFile(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<AuthoringLesson> {
    return this.editor.attachFile(user, id, request);
  }
}
