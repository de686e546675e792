import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDay } from '../../org-units/dto/iso-date.decorator';

/** The registry's filters: a subtree, a period of issue dates, a programme, a source. */
export class RegistryExportQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(50)
  unit?: string;

  @IsOptional()
  @IsIsoDay()
  from?: string;

  @IsOptional()
  @IsIsoDay()
  to?: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  programme?: string;

  @IsOptional()
  @IsIn(['loa', 'external'])
  source?: 'loa' | 'external';
}

export class RegistryQueryDto extends RegistryExportQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
