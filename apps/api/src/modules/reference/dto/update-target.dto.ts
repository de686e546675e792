import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class TargetPeriodDto {
  @IsISO8601({ strict: true })
  startsOn!: string;

  @IsISO8601({ strict: true })
  endsOn!: string;

  /** 0..1, at most four decimals (0.7 is 70 %). */
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1)
  threshold!: number;
}

export class UpdateTargetDto {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @IsOptional()
  @IsIn(['communication_officers', 'all_staff'])
  population?: 'communication_officers' | 'all_staff';

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  programmeCode?: string;

  /** The whole list of periods; replaces the current one (the old one stays in the history). */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TargetPeriodDto)
  periods?: TargetPeriodDto[];
}
