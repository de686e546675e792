import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { BOOLEAN_STRINGS, BooleanString, IsRealDate, NormalizedText } from './field-decorators';

export class RosterExportQueryDto {
  @IsOptional()
  @IsRealDate()
  asOf?: string;

  @IsOptional()
  @IsIn(BOOLEAN_STRINGS)
  subtree?: BooleanString;
}

export class RosterQueryDto extends RosterExportQueryDto {
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(BOOLEAN_STRINGS)
  communicationOfficer?: BooleanString;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}
