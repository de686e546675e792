import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import type { StaffImportMode } from '@loa/contracts';
import { BOOLEAN_STRINGS, BooleanString, IsRealDate, NormalizedText } from './field-decorators';

export const STAFF_IMPORT_MODES: StaffImportMode[] = ['rows', 'snapshot'];

export class StaffImportQueryDto {
  @IsOptional()
  @IsIn(STAFF_IMPORT_MODES)
  mode?: StaffImportMode;

  /** Snapshot mode: the unit whose whole roster (with the units below it) the file is. */
  @ValidateIf((query: StaffImportQueryDto) => query.mode === 'snapshot' || query.unit !== undefined)
  @NormalizedText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unit?: string;

  /** Snapshot mode: the day the file describes (default today in Vietnam). */
  @IsOptional()
  @IsRealDate()
  asOf?: string;

  @IsOptional()
  @IsIn(BOOLEAN_STRINGS)
  dryRun?: BooleanString;
}
