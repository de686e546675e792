import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { ImportResult } from '@loa/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { receiveUpload } from '../imports/upload';
import { ImportUnitsQueryDto } from './dto/import-units-query.dto';
import { UnitsImportService } from './units-import.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsImportController {
  constructor(private readonly imports: UnitsImportService) {}

  /** Multipart field `file`: CSV (UTF-8) or XLSX; `?dryRun=true` checks without writing. */
  @RequireRoles('department_admin', 'system_admin', 'unit_manager')
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  async import(
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
    @Query() query: ImportUnitsQueryDto,
  ): Promise<ImportResult> {
    const file = await receiveUpload(request);
    return this.imports.import(user, file, query.dryRun ?? false);
  }
}
