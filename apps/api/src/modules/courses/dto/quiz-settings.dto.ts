import type { QuizSettings } from '@loa/contracts';
import { IsBoolean, IsInt, Max, Min, ValidateIf } from 'class-validator';

export class QuizSettingsDto implements QuizSettings {
  @IsInt()
  @Min(1)
  @Max(200)
  questionCount!: number;

  @IsBoolean()
  shuffle!: boolean;

  @IsInt()
  @Min(0)
  @Max(100)
  passPercent!: number;

  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(100)
  attemptLimit!: number | null;

  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(10)
  @Max(24 * 3600)
  timeLimitSeconds!: number | null;
}
