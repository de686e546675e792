import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { StaffImportResult } from '@loa/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../../common/decorators/roles.decorator';
import { receiveUpload } from '../../imports/upload';
import { StaffImportQueryDto } from '../dto/staff-import-query.dto';
import { StaffImportService } from './staff-import.service';

@ApiTags('people')
@ApiBearerAuth()
@Controller('staff')
export class StaffImportController {
  constructor(private readonly imports: StaffImportService) {}

  @RequireRoles('unit_manager', 'department_admin')
  @ApiConsumes('multipart/form-data')
  @Post('import')
  @HttpCode(200)
  async import(
    @CurrentUser() user: AuthUser,
    @Query() query: StaffImportQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<StaffImportResult> {
    const file = await receiveUpload(request);
    return this.imports.run(user, file, query);
  }
}
