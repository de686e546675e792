import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AsOfQueryDto } from './as-of-query.dto';

export class SearchUnitsQueryDto extends AsOfQueryDto {
  /** Part of a code or of a name, accents optional ("truong tieu hoc"). */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
