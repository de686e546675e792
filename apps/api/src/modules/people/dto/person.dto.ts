import { Type } from 'class-transformer';
import {
  IsIn,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  GENDERS,
  type CreatePersonRequest,
  type Gender,
  type UpdatePersonRequest,
} from '@loa/contracts';
import { CreateAssignmentDto } from './assignment.dto';
import { EmptyAsNull, IsRealDate, NormalizedText } from './field-decorators';

export class CreatePersonDto implements CreatePersonRequest {
  @NormalizedText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  staffCode!: string;

  @NormalizedText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @IsRealDate()
  dateOfBirth!: string;

  @IsOptional()
  @EmptyAsNull()
  @IsIn(GENDERS)
  gender?: Gender;

  @IsOptional()
  @EmptyAsNull()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @IsOptional()
  @EmptyAsNull()
  @IsString()
  @MaxLength(32)
  phone?: string;

  @ValidateNested()
  @Type(() => CreateAssignmentDto)
  assignment!: CreateAssignmentDto;
}

/** A field left out is unchanged; null (or an empty string) clears an optional one. */
export class UpdatePersonDto implements UpdatePersonRequest {
  @IsOptional()
  @NormalizedText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName?: string;

  @IsOptional()
  @IsRealDate()
  dateOfBirth?: string;

  @IsOptional()
  @EmptyAsNull()
  @IsIn(GENDERS)
  gender?: Gender | null;

  @IsOptional()
  @EmptyAsNull()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @IsOptional()
  @EmptyAsNull()
  @IsString()
  @MaxLength(32)
  phone?: string | null;
}
