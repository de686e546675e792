import type { UpdateCourseRequest } from '@loa/contracts';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class UpdateCourseDto implements UpdateCourseRequest {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  hours?: number;

  @IsOptional()
  @IsBoolean()
  selfEnrol?: boolean;

  @IsOptional()
  @IsIn(['archived'])
  status?: 'archived';
}
