import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CertificateVerification, MyCertificate, RegistryPage } from '@loa/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { CertificateAdminService } from './certificate-admin.service';
import { CertificateDocumentsService } from './certificate-documents.service';
import { CorrectCertificateDto } from './dto/correct-certificate.dto';
import { RegistryExportQueryDto, RegistryQueryDto } from './dto/registry-query.dto';
import { RevokeCertificateDto } from './dto/revoke-certificate.dto';
import { MyCertificatesQuery } from './my-certificates.query';
import { registryFileName, RegistryExportService, XLSX_MIME } from './registry-export.service';
import { RegistryQuery } from './registry.query';

const DEFAULT_PAGE_SIZE = 50;

/** The public address printed in QR codes: LOA_PUBLIC_URL, else the address this request came to. */
const publicOrigin = (request: FastifyRequest): string =>
  process.env.LOA_PUBLIC_URL || `${request.protocol}://${request.host}`;

@ApiTags('certificates')
@ApiBearerAuth()
@Controller()
export class CertificatesController {
  constructor(
    private readonly registry: RegistryQuery,
    private readonly exporter: RegistryExportService,
    private readonly documents: CertificateDocumentsService,
    private readonly admin: CertificateAdminService,
    private readonly mine: MyCertificatesQuery,
  ) {}

  @Get('me/certificates')
  myCertificates(@CurrentUser() user: AuthUser): Promise<MyCertificate[]> {
    return this.mine.list(user);
  }

  @RequireRoles('unit_manager', 'department_admin')
  @Get('certificates')
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: RegistryQueryDto,
  ): Promise<RegistryPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const { items, total } = await this.registry.rows(user, query, {
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items, total, page, pageSize };
  }

  @RequireRoles('unit_manager', 'department_admin')
  @Get('certificates.xlsx')
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: RegistryExportQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.exporter.workbook(user, query);
    await reply
      .header('Content-Type', XLSX_MIME)
      .header('Content-Disposition', `attachment; filename="${registryFileName(query.unit)}"`)
      .send(file);
  }

  @Get('certificates/:number/pdf')
  async pdf(
    @CurrentUser() user: AuthUser,
    @Param('number') number: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { file, name } = await this.documents.pdf(user, number, publicOrigin(request));
    await reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .send(file);
  }

  @RequireRoles('department_admin')
  @Post('certificates/:number/revoke')
  @HttpCode(200)
  revoke(
    @CurrentUser() user: AuthUser,
    @Param('number') number: string,
    @Body() body: RevokeCertificateDto,
  ): Promise<CertificateVerification> {
    return this.admin.revoke(user, number, body);
  }

  @RequireRoles('department_admin')
  @Post('certificates/:number/correct')
  correct(
    @CurrentUser() user: AuthUser,
    @Param('number') number: string,
    @Body() body: CorrectCertificateDto,
  ): Promise<{ number: string; replaces: string }> {
    return this.admin.correct(user, number, body);
  }
}
