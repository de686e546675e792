import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type {
  MyCertificate,
  PendingTrainingRecord,
  TrainingRecordImportResult,
} from '@loa/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../../common/decorators/roles.decorator';
import { receiveUpload } from '../../imports/upload';
import { ImportTrainingRecordsQueryDto } from '../dto/import-training-records-query.dto';
import { RejectTrainingRecordDto } from '../dto/reject-training-record.dto';
import { TrainingRecordsImportService } from './training-records-import.service';
import { TrainingRecordsReviewService } from './training-records-review.service';

@ApiTags('training-records')
@ApiBearerAuth()
@Controller('training-records')
export class TrainingRecordsController {
  constructor(
    private readonly importer: TrainingRecordsImportService,
    private readonly review: TrainingRecordsReviewService,
  ) {}

  @RequireRoles('unit_manager', 'department_admin')
  @ApiConsumes('multipart/form-data')
  @Post('import')
  @HttpCode(200)
  async import(
    @CurrentUser() user: AuthUser,
    @Query() query: ImportTrainingRecordsQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<TrainingRecordImportResult> {
    const file = await receiveUpload(request);
    return this.importer.import(user, file, query.dryRun ?? false);
  }

  @RequireRoles('department_admin')
  @Get('pending')
  pending(): Promise<PendingTrainingRecord[]> {
    return this.review.pending();
  }

  @RequireRoles('department_admin')
  @Post(':id/approve')
  @HttpCode(200)
  approve(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
  ): Promise<Pick<MyCertificate, 'number' | 'status'>> {
    return this.review.approve(user, id);
  }

  @RequireRoles('department_admin')
  @Post(':id/reject')
  @HttpCode(204)
  async reject(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: RejectTrainingRecordDto,
  ): Promise<void> {
    await this.review.reject(user, id, body.reason);
  }
}
