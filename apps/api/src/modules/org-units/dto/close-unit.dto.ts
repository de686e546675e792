import type { CloseUnitRequest } from '@loa/contracts';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDay } from './iso-date.decorator';

export class CloseUnitDto implements CloseUnitRequest {
  @IsIsoDay()
  closedOn!: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  mergedIntoCode?: string;
}
