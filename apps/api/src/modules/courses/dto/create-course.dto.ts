import type { CreateCourseRequest } from '@loa/contracts';
import {
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export const COURSE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/;

export class CreateCourseDto implements CreateCourseRequest {
  @IsString()
  @Matches(COURSE_CODE_PATTERN)
  code!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @IsString()
  @MaxLength(5000)
  summary!: string;

  @IsInt()
  @Min(0)
  @Max(1000)
  hours!: number;

  @IsBoolean()
  selfEnrol!: boolean;
}
