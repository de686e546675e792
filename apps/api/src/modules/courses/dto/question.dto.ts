import type { QuestionInput, QuestionKind } from '@loa/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export const QUESTION_KINDS: QuestionKind[] = ['single', 'multiple', 'true_false'];

export class QuestionOptionDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  key!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  text!: string;

  @IsBoolean()
  correct!: boolean;
}

export class QuestionDto implements QuestionInput {
  @IsIn(QUESTION_KINDS)
  kind!: QuestionKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(3000)
  text!: string;

  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionDto)
  options!: QuestionOptionDto[];

  @IsString()
  @MaxLength(3000)
  explanation!: string;
}
