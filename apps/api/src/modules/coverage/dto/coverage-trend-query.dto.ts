import type { CoverageTrendQuery } from '@loa/contracts';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDay } from './iso-day.decorator';

export class CoverageTrendQueryDto implements CoverageTrendQuery {
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  target!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unit!: string;

  /** Default: the start of the target's first period. */
  @IsOptional()
  @IsIsoDay()
  from?: string;

  /** Default: today in Asia/Ho_Chi_Minh. */
  @IsOptional()
  @IsIsoDay()
  to?: string;
}
