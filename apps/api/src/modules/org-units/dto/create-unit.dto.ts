import { UNIT_KINDS, type CreateUnitRequest, type UnitKind } from '@loa/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { UNIT_CODE_PATTERN } from '../unit-code';
import { IsIsoDay } from './iso-date.decorator';

export class CreateUnitDto implements CreateUnitRequest {
  @IsString()
  @Matches(UNIT_CODE_PATTERN)
  code!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @IsIn(UNIT_KINDS)
  kind!: UnitKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  parentCode!: string;

  @IsOptional()
  @IsIsoDay()
  effectiveFrom?: string;
}
