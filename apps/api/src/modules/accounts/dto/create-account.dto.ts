import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { CreateAccountRequest } from '@loa/contracts';
import { normaliseUsername, USERNAME_PATTERN } from '../username';

const nfcTrim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.normalize('NFC').trim() : value;

export class CreateAccountDto implements CreateAccountRequest {
  @Transform(({ value }) => (typeof value === 'string' ? normaliseUsername(value) : value))
  @IsString()
  @Matches(USERNAME_PATTERN)
  username!: string;

  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password!: string;

  @Transform(nfcTrim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName!: string;

  @IsOptional()
  @Transform(nfcTrim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  staffCode?: string;
}
