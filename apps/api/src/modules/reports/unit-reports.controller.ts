import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { UnitReportView } from '@loa/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { CurrentReportQueryDto } from './dto/current-report-query.dto';
import { ReportNarrativeDto } from './dto/report-narrative.dto';
import { ReturnUnitReportDto } from './dto/return-unit-report.dto';
import { DOCX_MIME, ReportDocumentsService } from './report-documents.service';
import { UnitReportsService } from './unit-reports.service';

/**
 * Unit reports: opened, written and submitted by the managers of required units (their scope;
 * anything else 404), returned or accepted by the department.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('unit-reports')
export class UnitReportsController {
  constructor(
    private readonly reports: UnitReportsService,
    private readonly documents: ReportDocumentsService,
  ) {}

  @RequireRoles('unit_manager', 'department_admin', 'system_admin')
  @Get('current')
  current(
    @CurrentUser() user: AuthUser,
    @Query() query: CurrentReportQueryDto,
  ): Promise<UnitReportView> {
    return this.reports.current(user, query.period, query.unit);
  }

  @RequireRoles('unit_manager', 'department_admin', 'system_admin')
  @Get(':id')
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<UnitReportView> {
    return this.reports.get(user, id);
  }

  @RequireRoles('unit_manager', 'department_admin', 'system_admin')
  @Put(':id/narrative')
  narrative(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReportNarrativeDto,
  ): Promise<UnitReportView> {
    return this.reports.updateNarrative(user, id, dto);
  }

  @RequireRoles('unit_manager', 'department_admin', 'system_admin')
  @Post(':id/submit')
  @HttpCode(200)
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<UnitReportView> {
    return this.reports.submit(user, id);
  }

  @RequireRoles('department_admin', 'system_admin')
  @Post(':id/return')
  @HttpCode(200)
  returnReport(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReturnUnitReportDto,
  ): Promise<UnitReportView> {
    return this.reports.returnReport(user, id, dto.comment);
  }

  @RequireRoles('department_admin', 'system_admin')
  @Post(':id/accept')
  @HttpCode(200)
  accept(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<UnitReportView> {
    return this.reports.accept(user, id);
  }

  @RequireRoles('unit_manager', 'department_admin', 'system_admin')
  @Get(':id/docx')
  async docx(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { file, name } = await this.documents.render(user, id, 'docx');
    await reply
      .header('Content-Type', DOCX_MIME)
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .send(file);
  }

  @RequireRoles('unit_manager', 'department_admin', 'system_admin')
  @Get(':id/pdf')
  async pdf(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { file, name } = await this.documents.render(user, id, 'pdf');
    await reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .send(file);
  }
}
