import { IsObject, IsOptional } from 'class-validator';

/** `{ answers: { questionId: optionKeys[] } }`; the service checks each id and key list. */
export class SaveAnswersDto {
  @IsObject()
  answers!: Record<string, string[]>;
}

export class SubmitAttemptDto {
  @IsOptional()
  @IsObject()
  answers?: Record<string, string[]>;
}
