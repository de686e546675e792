import type { SetProgrammeCoursesRequest } from '@loa/contracts';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';

export class SetProgrammeCoursesDto implements SetProgrammeCoursesRequest {
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  courseCodes!: string[];
}
