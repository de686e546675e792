import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { NewAssignmentRequest, UpdateAssignmentRequest } from '@loa/contracts';
import { EmptyAsNull, IsRealDate, NormalizedText } from './field-decorators';

export class CreateAssignmentDto implements NewAssignmentRequest {
  @NormalizedText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unitCode!: string;

  @IsOptional()
  @EmptyAsNull()
  @IsString()
  @MaxLength(200)
  position?: string;

  @IsBoolean()
  communicationOfficer!: boolean;

  @IsRealDate()
  startDate!: string;

  @IsOptional()
  @IsRealDate()
  endDate?: string;
}

export class UpdateAssignmentDto implements UpdateAssignmentRequest {
  @IsOptional()
  @IsRealDate()
  endDate?: string | null;

  @IsOptional()
  @EmptyAsNull()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @IsOptional()
  @IsBoolean()
  communicationOfficer?: boolean;
}
