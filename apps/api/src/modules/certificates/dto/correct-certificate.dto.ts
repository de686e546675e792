import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { CorrectCertificateRequest } from '@loa/contracts';
import { IsIsoDay } from '../../org-units/dto/iso-date.decorator';

export class CorrectCertificateDto implements CorrectCertificateRequest {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  holderName?: string;

  @IsOptional()
  @IsIsoDay()
  holderDateOfBirth?: string;
}
