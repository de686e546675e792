import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { CoverageQueryDto } from './coverage-query.dto';

export class CoveragePeopleExportQueryDto extends CoverageQueryDto {
  /** Default `false`: the list of those still to train, for follow-up. */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  trained?: boolean;
}
