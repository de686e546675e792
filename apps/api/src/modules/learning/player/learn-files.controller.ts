import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { Public } from '../../../common/decorators/public.decorator';
import { fileNotFound } from '../learning.errors';
import { FileLinkToken } from './file-link-token';
import { LearnFilesService } from './learn-files.service';

@ApiTags('learning')
@ApiBearerAuth()
@Controller('learn/files')
export class LearnFilesController {
  constructor(
    private readonly files: LearnFilesService,
    private readonly links: FileLinkToken,
  ) {}

  @Get(':fileId')
  async file(
    @CurrentUser() user: AuthUser,
    @Param('fileId') fileId: string,
    @Headers('range') range: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.files.stream(user, fileId, range, reply);
  }

  /** The same file through a signed link from the player (for <video> and <iframe>). */
  @Public()
  @Get(':fileId/stream')
  async signedFile(
    @Param('fileId') fileId: string,
    @Query('t') token: string | undefined,
    @Headers('range') range: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const personId = this.links.verify(fileId, token);
    if (!personId) throw fileNotFound();
    await this.files.streamFor(personId, fileId, range, reply);
  }
}
