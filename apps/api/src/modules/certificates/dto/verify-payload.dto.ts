import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { PayloadVerificationRequest } from '@loa/contracts';

export class VerifyPayloadDto implements PayloadVerificationRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  payload!: string;
}
