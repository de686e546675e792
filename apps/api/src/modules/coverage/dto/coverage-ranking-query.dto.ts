import type { CoverageRankingKind } from '@loa/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CoverageQueryDto } from './coverage-query.dto';

export const MAX_RANKING_LIMIT = 200;

export class CoverageRankingQueryDto extends CoverageQueryDto {
  /** `commune`: the commune-level units below; `all`: every unit below. Default: commune. */
  @IsOptional()
  @IsIn(['commune', 'all'])
  kind?: CoverageRankingKind;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_RANKING_LIMIT)
  limit?: number;
}
