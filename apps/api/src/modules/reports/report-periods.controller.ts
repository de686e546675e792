import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  MyReportPeriodView,
  ReportPeriodAggregate,
  ReportPeriodStatus,
  ReportPeriodView,
} from '@loa/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { CreateReportPeriodDto } from './dto/create-report-period.dto';
import { UpdateReportPeriodDto } from './dto/update-report-period.dto';
import { MyReportPeriodsService } from './my-report-periods.service';
import { aggregateWorkbook, XLSX_MIME } from './report-aggregate.workbook';
import { ReportAggregateService } from './report-aggregate.service';
import { ReportPeriodsService } from './report-periods.service';
import { ReportStatusService } from './report-status.service';

/** Report periods: defined by the department; listed (open ones) for unit managers. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('report-periods')
export class ReportPeriodsController {
  constructor(
    private readonly periods: ReportPeriodsService,
    private readonly mine: MyReportPeriodsService,
    private readonly statuses: ReportStatusService,
    private readonly aggregates: ReportAggregateService,
  ) {}

  @RequireRoles('department_admin', 'system_admin')
  @Post()
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateReportPeriodDto,
  ): Promise<ReportPeriodView> {
    return this.periods.create(user, dto);
  }

  @RequireRoles('unit_manager', 'department_admin', 'system_admin')
  @Get()
  list(@CurrentUser() user: AuthUser): Promise<MyReportPeriodView[]> {
    return this.mine.list(user);
  }

  @RequireRoles('department_admin', 'system_admin')
  @Patch(':id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateReportPeriodDto,
  ): Promise<ReportPeriodView> {
    return this.periods.update(user, id, dto);
  }

  @RequireRoles('department_admin', 'system_admin')
  @Get(':id/status')
  status(@Param('id', ParseUUIDPipe) id: string): Promise<ReportPeriodStatus> {
    return this.statuses.status(id);
  }

  @RequireRoles('department_admin', 'system_admin')
  @Get(':id/aggregate')
  aggregate(@Param('id', ParseUUIDPipe) id: string): Promise<ReportPeriodAggregate> {
    return this.aggregates.aggregate(id);
  }

  @RequireRoles('department_admin', 'system_admin')
  @Get(':id/aggregate.xlsx')
  async aggregateXlsx(
    @Param('id', ParseUUIDPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const aggregate = await this.aggregates.aggregate(id);
    const name = `tong-hop-bao-cao-${aggregate.period.code}.xlsx`.replace(/[^A-Za-z0-9._-]/g, '_');
    await reply
      .header('Content-Type', XLSX_MIME)
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .send(await aggregateWorkbook(aggregate));
  }
}
