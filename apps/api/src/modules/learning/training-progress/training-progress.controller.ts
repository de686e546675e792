import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TrainingProgressPage } from '@loa/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../../common/decorators/roles.decorator';
import {
  TrainingProgressExportQueryDto,
  TrainingProgressQueryDto,
} from '../dto/training-progress-query.dto';
import {
  trainingFileName,
  TrainingProgressExportService,
  XLSX_MIME,
} from './training-progress-export.service';
import { TrainingProgressService } from './training-progress.service';

@ApiTags('learning')
@ApiBearerAuth()
@RequireRoles('unit_manager', 'department_admin', 'system_admin')
@Controller('training')
export class TrainingProgressController {
  constructor(
    private readonly progress: TrainingProgressService,
    private readonly exporter: TrainingProgressExportService,
  ) {}

  @Get('progress')
  page(
    @CurrentUser() user: AuthUser,
    @Query() query: TrainingProgressQueryDto,
  ): Promise<TrainingProgressPage> {
    return this.progress.page(user, query);
  }

  @Get('progress.xlsx')
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: TrainingProgressExportQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const filter = await this.progress.filterFor(user, query);
    const file = await this.exporter.workbook(filter);
    await reply
      .header('Content-Type', XLSX_MIME)
      .header(
        'Content-Disposition',
        `attachment; filename="${trainingFileName(query.unit, filter.today)}"`,
      )
      .send(file);
  }
}
