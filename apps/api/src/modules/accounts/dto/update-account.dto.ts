import { Transform } from 'class-transformer';
import {
  Equals,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import type { AccountStatus, UpdateAccountRequest } from '@loa/contracts';

const STATUSES: AccountStatus[] = ['active', 'disabled'];

export class UpdateAccountDto implements UpdateAccountRequest {
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;

  @IsOptional()
  @IsIn(STATUSES)
  status?: AccountStatus;

  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password?: string;

  @IsOptional()
  @Equals(true)
  unlock?: true;
}
