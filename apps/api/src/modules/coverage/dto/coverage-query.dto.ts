import type { CoverageQuery } from '@loa/contracts';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDay } from './iso-day.decorator';

export class CoverageQueryDto implements CoverageQuery {
  /** Target code, e.g. CBTT. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  target!: string;

  /** Unit code, e.g. SGDDT. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unit!: string;

  /** Default: today in Asia/Ho_Chi_Minh. */
  @IsOptional()
  @IsIsoDay()
  asOf?: string;
}
