import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CoveragePeopleExportQueryDto } from './coverage-people-export-query.dto';
import { MAX_PEOPLE_PAGE_SIZE } from './coverage-people-query.dto';

export class CoverageFollowUpQueryDto extends CoveragePeopleExportQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PEOPLE_PAGE_SIZE)
  pageSize?: number;
}
