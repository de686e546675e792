import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ProgrammeView, ReferenceChange, TargetView } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { UpdateProgrammeDto } from './dto/update-programme.dto';
import { UpdateTargetDto } from './dto/update-target.dto';
import { ReferenceService } from './reference.service';

@ApiTags('reference')
@ApiBearerAuth()
@Controller()
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('programmes')
  programmes(): Promise<ProgrammeView[]> {
    return this.reference.programmes();
  }

  @Get('targets')
  targets(): Promise<TargetView[]> {
    return this.reference.targets();
  }

  @RequireRoles('department_admin')
  @Patch('programmes/:code')
  updateProgramme(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() body: UpdateProgrammeDto,
  ): Promise<ProgrammeView> {
    return this.reference.updateProgramme(user, code, body);
  }

  @RequireRoles('department_admin')
  @Patch('targets/:code')
  updateTarget(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() body: UpdateTargetDto,
  ): Promise<TargetView> {
    return this.reference.updateTarget(user, code, body);
  }

  @RequireRoles('department_admin')
  @Get('programmes/:code/history')
  programmeHistory(@Param('code') code: string): Promise<ReferenceChange[]> {
    return this.reference.history('programme', code);
  }

  @RequireRoles('department_admin')
  @Get('targets/:code/history')
  targetHistory(@Param('code') code: string): Promise<ReferenceChange[]> {
    return this.reference.history('target', code);
  }
}
