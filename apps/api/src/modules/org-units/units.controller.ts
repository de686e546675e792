import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { UnitDetail, UnitNode, UnitSearchHit, UnitVersionView } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { AsOfQueryDto } from './dto/as-of-query.dto';
import { SearchUnitsQueryDto } from './dto/search-units-query.dto';
import { UnitsService } from './units.service';

/** Reading the organisation tree as of a date (default today), within the caller's scope. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get('roots')
  roots(@CurrentUser() user: AuthUser, @Query() query: AsOfQueryDto): Promise<UnitNode[]> {
    return this.units.roots(user, query.asOf);
  }

  @Get('search')
  search(
    @CurrentUser() user: AuthUser,
    @Query() query: SearchUnitsQueryDto,
  ): Promise<UnitSearchHit[]> {
    return this.units.search(user, query.q, query.asOf, query.limit);
  }

  @Get(':code')
  detail(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Query() query: AsOfQueryDto,
  ): Promise<UnitDetail> {
    return this.units.detail(user, code, query.asOf);
  }

  @Get(':code/children')
  children(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Query() query: AsOfQueryDto,
  ): Promise<UnitNode[]> {
    return this.units.children(user, code, query.asOf);
  }

  @Get(':code/history')
  history(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<UnitVersionView[]> {
    return this.units.history(user, code);
  }
}
