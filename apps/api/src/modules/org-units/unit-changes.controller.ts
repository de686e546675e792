import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { UnitDetail } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { CloseUnitDto } from './dto/close-unit.dto';
import { CreateUnitDto } from './dto/create-unit.dto';
import { UpdateUnitDto } from './dto/update-unit.dto';
import { UnitChangesService } from './unit-changes.service';

/** Effective-dated changes to the tree: administrators anywhere, managers below their unit. */
@ApiTags('units')
@ApiBearerAuth()
@RequireRoles('department_admin', 'system_admin', 'unit_manager')
@Controller('units')
export class UnitChangesController {
  constructor(private readonly changes: UnitChangesService) {}

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateUnitDto): Promise<UnitDetail> {
    return this.changes.create(user, body);
  }

  @Patch(':code')
  update(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() body: UpdateUnitDto,
  ): Promise<UnitDetail> {
    return this.changes.update(user, code, body);
  }

  @Post(':code/close')
  @HttpCode(200)
  close(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() body: CloseUnitDto,
  ): Promise<UnitDetail> {
    return this.changes.close(user, code, body);
  }
}
