import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { BulkDownloadProgress } from '@loa/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { CertificateBulkService } from './certificate-bulk.service';
import { CreateBulkDownloadDto } from './dto/create-bulk-download.dto';

/** The public address printed in QR codes: LOA_PUBLIC_URL, else the address this request came to. */
const publicOrigin = (request: FastifyRequest): string =>
  process.env.LOA_PUBLIC_URL || `${request.protocol}://${request.host}`;

@ApiTags('certificates')
@ApiBearerAuth()
@RequireRoles('unit_manager', 'department_admin')
@Controller('certificates/bulk-downloads')
export class CertificateBulkController {
  constructor(private readonly bulk: CertificateBulkService) {}

  @Post()
  @HttpCode(202)
  async create(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateBulkDownloadDto,
    @Req() request: FastifyRequest,
  ): Promise<{ id: string }> {
    return { id: await this.bulk.request(user, body, publicOrigin(request)) };
  }

  @Get(':id')
  progress(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<BulkDownloadProgress> {
    return this.bulk.progress(user, id);
  }

  @Get(':id/file')
  async file(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { stream, name } = await this.bulk.file(user, id);
    await reply
      .header('Content-Type', 'application/zip')
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .send(stream);
  }
}
