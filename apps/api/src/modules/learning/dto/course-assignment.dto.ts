import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import type { AssignmentAudience } from '@loa/contracts';
import { IsRealDate, NormalizedText } from '../../people/dto/field-decorators';

export const AUDIENCES: AssignmentAudience[] = ['person', 'unit', 'subtree', 'officers_in_subtree'];

export class CreateCourseAssignmentDto {
  @IsString()
  @MaxLength(50)
  courseCode!: string;

  @IsIn(AUDIENCES)
  audience!: AssignmentAudience;

  @ValidateIf((o: CreateCourseAssignmentDto) => o.audience === 'person')
  @NormalizedText()
  @IsString()
  @MaxLength(50)
  staffCode?: string;

  @ValidateIf((o: CreateCourseAssignmentDto) => o.audience !== 'person')
  @NormalizedText()
  @IsString()
  @MaxLength(50)
  unitCode?: string;

  @IsOptional()
  @IsRealDate()
  dueOn?: string;

  @IsBoolean()
  includeNewcomers!: boolean;
}

export class CourseAssignmentListQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(50)
  unit?: string;
}
