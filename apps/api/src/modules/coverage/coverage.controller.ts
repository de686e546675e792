import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CoveragePeoplePage, CoverageReport, CoverageTrendPoint } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { CoveragePeopleService } from './coverage-people.service';
import { CoverageTrendService } from './coverage-trend.service';
import { CoverageService } from './coverage.service';
import { CoveragePeopleQueryDto } from './dto/coverage-people-query.dto';
import { CoverageQueryDto } from './dto/coverage-query.dto';
import { CoverageTrendQueryDto } from './dto/coverage-trend-query.dto';

/**
 * Coverage of a target by a unit and everything below it, as of a date. Scoped: a unit outside
 * the caller's scope (every unit, for a learner) is 404.
 */
@ApiTags('coverage')
@ApiBearerAuth()
@Controller('coverage')
export class CoverageController {
  constructor(
    private readonly coverage: CoverageService,
    private readonly trends: CoverageTrendService,
    private readonly people: CoveragePeopleService,
  ) {}

  @Get()
  report(@CurrentUser() user: AuthUser, @Query() query: CoverageQueryDto): Promise<CoverageReport> {
    return this.coverage.report(user, query);
  }

  @Get('trend')
  trend(
    @CurrentUser() user: AuthUser,
    @Query() query: CoverageTrendQueryDto,
  ): Promise<CoverageTrendPoint[]> {
    return this.trends.trend(user, query);
  }

  @Get('people')
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: CoveragePeopleQueryDto,
  ): Promise<CoveragePeoplePage> {
    return this.people.list(user, query);
  }
}
