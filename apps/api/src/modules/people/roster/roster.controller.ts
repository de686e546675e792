import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { RosterPage } from '@loa/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../../common/decorators/roles.decorator';
import { RosterExportQueryDto, RosterQueryDto } from '../dto/roster-query.dto';
import { rosterFileName, RosterExportService, XLSX_MIME } from './roster-export.service';
import { RosterService } from './roster.service';

@ApiTags('people')
@ApiBearerAuth()
@RequireRoles('unit_manager', 'department_admin')
@Controller('units/:code')
export class RosterController {
  constructor(
    private readonly rosters: RosterService,
    private readonly exporter: RosterExportService,
  ) {}

  @Get('roster')
  roster(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Query() query: RosterQueryDto,
  ): Promise<RosterPage> {
    return this.rosters.page(user, code, query);
  }

  @Get('roster.xlsx')
  async export(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Query() query: RosterExportQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const filter = await this.rosters.filterFor(user, code, query);
    const file = await this.exporter.workbook(filter);
    const name = rosterFileName(code, filter.asOf);
    await reply
      .header('Content-Type', XLSX_MIME)
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .send(file);
  }
}
