import type { CreateBulkDownloadRequest } from '@loa/contracts';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDay } from '../../org-units/dto/iso-date.decorator';

export class CreateBulkDownloadDto implements CreateBulkDownloadRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unitCode!: string;

  @IsOptional()
  @IsIsoDay()
  from?: string;

  @IsOptional()
  @IsIsoDay()
  to?: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  programmeCode?: string;
}
