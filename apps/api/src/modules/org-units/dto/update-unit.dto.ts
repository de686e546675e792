import { UNIT_KINDS, type UnitKind, type UpdateUnitRequest } from '@loa/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDay } from './iso-date.decorator';

export class UpdateUnitDto implements UpdateUnitRequest {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @IsOptional()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  parentCode?: string;

  @IsIsoDay()
  effectiveFrom!: string;
}
