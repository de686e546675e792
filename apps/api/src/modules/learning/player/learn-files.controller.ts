import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { LearnFilesService } from './learn-files.service';

@ApiTags('learning')
@ApiBearerAuth()
@Controller('learn/files')
export class LearnFilesController {
  constructor(private readonly files: LearnFilesService) {}

  @Get(':fileId')
  async file(
    @CurrentUser() user: AuthUser,
    @Param('fileId') fileId: string,
    @Headers('range') range: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.files.stream(user, fileId, range, reply);
  }
}
