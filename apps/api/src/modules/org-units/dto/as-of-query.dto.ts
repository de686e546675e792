import { IsOptional } from 'class-validator';
import { IsIsoDay } from './iso-date.decorator';

export class AsOfQueryDto {
  /** The date the tree is read on; default today in Asia/Ho_Chi_Minh. */
  @IsOptional()
  @IsIsoDay()
  asOf?: string;
}
