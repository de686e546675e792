import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CoverageQueryDto } from './coverage-query.dto';

export class CoverageExpiringQueryDto extends CoverageQueryDto {
  /** How many days ahead to look. Default: 90. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  days?: number;
}
