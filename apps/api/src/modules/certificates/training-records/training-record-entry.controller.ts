import { Controller, Get, Headers, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { RecordedTraining } from '@loa/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../../common/decorators/roles.decorator';
import { TrainingRecordEntryService } from './training-record-entry.service';

@ApiTags('training-records')
@ApiBearerAuth()
@Controller('training-records')
export class TrainingRecordEntryController {
  constructor(private readonly entry: TrainingRecordEntryService) {}

  /** Multipart: staffCode, programmeCode, issuedOn, expiresOn?, certificateNo?, provider?, then `evidence`. */
  @RequireRoles('unit_manager', 'department_admin')
  @ApiConsumes('multipart/form-data')
  @Post()
  record(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest): Promise<RecordedTraining> {
    return this.entry.record(user, request);
  }

  @RequireRoles('unit_manager', 'department_admin')
  @Get(':id/evidence')
  async evidence(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Headers('range') range: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.entry.sendEvidence(user, id, range, reply);
  }
}
