import { IsBoolean, IsNumber, IsOptional, Max, Min } from 'class-validator';

export class ProgressDto {
  /** Seconds into a video, or a 0..1 reading position. */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  position!: number;

  @IsOptional()
  @IsBoolean()
  completed?: boolean;
}
