import type { CoveragePeopleQuery } from '@loa/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CoverageQueryDto } from './coverage-query.dto';

export const MAX_PEOPLE_PAGE_SIZE = 500;

export class CoveragePeopleQueryDto extends CoverageQueryDto implements CoveragePeopleQuery {
  /** `true`: only the trained; `false`: only those still to train; absent: everyone. */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  trained?: boolean;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PEOPLE_PAGE_SIZE)
  pageSize?: number;
}
