import type { ReturnUnitReportRequest } from '@loa/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReturnUnitReportDto implements ReturnUnitReportRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  comment!: string;
}
