import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { EnrolmentStatus } from '@loa/contracts';
import { BOOLEAN_STRINGS, BooleanString } from '../../people/dto/field-decorators';

const STATUSES: EnrolmentStatus[] = ['assigned', 'in_progress', 'completed'];

export class TrainingProgressExportQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(50)
  unit?: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  course?: string;

  @IsOptional()
  @IsIn(STATUSES)
  status?: EnrolmentStatus;

  @IsOptional()
  @IsIn(BOOLEAN_STRINGS)
  overdue?: BooleanString;
}

export class TrainingProgressQueryDto extends TrainingProgressExportQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;
}
