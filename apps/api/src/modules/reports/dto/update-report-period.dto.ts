import { UNIT_KINDS, type UnitKind, type UpdateReportPeriodRequest } from '@loa/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { IsIsoDay } from '../../coverage/dto/iso-day.decorator';

export class UpdateReportPeriodDto implements UpdateReportPeriodRequest {
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
