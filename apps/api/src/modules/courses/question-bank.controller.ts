import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { QuestionView } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { AUTHORING_ROLES } from './authoring-courses.controller';
import { QuestionDto } from './dto/question.dto';
import { QuestionBankService } from './question-bank.service';

@ApiTags('authoring')
@ApiBearerAuth()
@RequireRoles(...AUTHORING_ROLES)
@Controller('authoring')
export class QuestionBankController {
  constructor(private readonly bank: QuestionBankService) {}

  @Get('courses/:code/questions')
  list(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<QuestionView[]> {
    return this.bank.list(user, code);
  }

  @Post('courses/:code/questions')
  add(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() body: QuestionDto,
  ): Promise<QuestionView> {
    return this.bank.add(user, code, body);
  }

  @Patch('questions/:id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: QuestionDto,
  ): Promise<QuestionView> {
    return this.bank.update(user, id, body);
  }

  @Delete('questions/:id')
  @HttpCode(204)
  delete(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.bank.delete(user, id);
  }
}
