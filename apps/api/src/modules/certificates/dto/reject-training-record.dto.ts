import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { RejectTrainingRecordRequest } from '@loa/contracts';

export class RejectTrainingRecordDto implements RejectTrainingRecordRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
