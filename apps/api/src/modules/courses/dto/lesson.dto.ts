import type { LessonInput, LessonKind, UpdateLessonRequest } from '@loa/contracts';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { QuizSettingsDto } from './quiz-settings.dto';

export const LESSON_KINDS: LessonKind[] = ['text', 'video', 'document', 'quiz'];
const MAX_BODY_CHARS = 500_000;

export class UpdateLessonDto implements UpdateLessonRequest {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(10000)
  durationMinutes?: number | null;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_CHARS)
  bodyHtml?: string;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  externalUrl?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => QuizSettingsDto)
  quiz?: QuizSettingsDto;
}

export class CreateLessonDto extends UpdateLessonDto implements LessonInput {
  @IsIn(LESSON_KINDS)
  kind!: LessonKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  declare title: string;

  @IsBoolean()
  declare required: boolean;
}
