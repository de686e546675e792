import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CreateGrantRequest, Role, ROLES } from '@loa/contracts';

export class CreateGrantDto implements CreateGrantRequest {
  @IsIn(ROLES)
  role!: Role;

  @Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unitCode!: string;
}
