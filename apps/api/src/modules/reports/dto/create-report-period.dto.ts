import {
  UNIT_KINDS,
  type CreateReportPeriodRequest,
  type ReportPeriodKind,
  type UnitKind,
} from '@loa/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsIsoDay } from '../../coverage/dto/iso-day.decorator';

export class CreateReportPeriodDto implements CreateReportPeriodRequest {
  @IsIn(['half_year', 'annual'])
  kind!: ReportPeriodKind;

  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  /** Default: 2026-H1 / 2026-ANNUAL. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$/)
  code?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @IsOptional()
  @IsIsoDay()
  startsOn?: string;

  @IsOptional()
  @IsIsoDay()
  cutoffOn?: string;

  @IsOptional()
  @IsIsoDay()
  dueOn?: string;

  @IsOptional()
  @IsIsoDay()
  opensOn?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(UNIT_KINDS.length)
  @IsIn(UNIT_KINDS, { each: true })
  requiredUnitKinds?: UnitKind[];
}
