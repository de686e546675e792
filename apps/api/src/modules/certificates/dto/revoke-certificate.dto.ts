import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { RevokeCertificateRequest } from '@loa/contracts';
import { IsIsoDay } from '../../org-units/dto/iso-date.decorator';

export class RevokeCertificateDto implements RevokeCertificateRequest {
  @IsIsoDay()
  revokedOn!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
