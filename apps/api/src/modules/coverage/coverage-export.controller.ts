import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  CoverageFollowUpPage,
  CoverageRankingReport,
  ExpiringCertificatesReport,
} from '@loa/contracts';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { CoverageDashboardService } from './coverage-dashboard.service';
import { CoverageExportService, XLSX_MIME } from './coverage-export.service';
import { CoverageFollowUpService } from './coverage-follow-up.service';
import { CoverageExpiringQueryDto } from './dto/coverage-expiring-query.dto';
import { CoverageFollowUpQueryDto } from './dto/coverage-follow-up-query.dto';
import { CoveragePeopleExportQueryDto } from './dto/coverage-people-export-query.dto';
import { CoverageQueryDto } from './dto/coverage-query.dto';
import { CoverageRankingQueryDto } from './dto/coverage-ranking-query.dto';

const sendXlsx = (reply: FastifyReply, download: { fileName: string; file: Readable }) =>
  reply
    .header('Content-Type', XLSX_MIME)
    .header('Content-Disposition', `attachment; filename="${download.fileName}"`)
    .send(download.file);

/**
 * The coverage dashboard's extra reads and its downloads, scoped like GET /api/coverage (a unit
 * outside the caller's scope is 404).
 */
@ApiTags('coverage')
@ApiBearerAuth()
@Controller()
export class CoverageExportController {
  constructor(
    private readonly exports: CoverageExportService,
    private readonly dashboard: CoverageDashboardService,
    private readonly followUps: CoverageFollowUpService,
  ) {}

  @Get('coverage.xlsx')
  async currentView(
    @CurrentUser() user: AuthUser,
    @Query() query: CoverageQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendXlsx(reply, await this.exports.currentView(user, query));
  }

  @Get('coverage/people.xlsx')
  async followUpList(
    @CurrentUser() user: AuthUser,
    @Query() query: CoveragePeopleExportQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendXlsx(reply, await this.exports.followUp(user, query));
  }

  @Get('coverage/follow-up')
  followUp(
    @CurrentUser() user: AuthUser,
    @Query() query: CoverageFollowUpQueryDto,
  ): Promise<CoverageFollowUpPage> {
    return this.followUps.page(user, query);
  }

  @Get('coverage/expiring')
  expiring(
    @CurrentUser() user: AuthUser,
    @Query() query: CoverageExpiringQueryDto,
  ): Promise<ExpiringCertificatesReport> {
    return this.dashboard.expiring(user, query);
  }

  @Get('coverage/ranking')
  ranking(
    @CurrentUser() user: AuthUser,
    @Query() query: CoverageRankingQueryDto,
  ): Promise<CoverageRankingReport> {
    return this.dashboard.rank(user, query);
  }
}
