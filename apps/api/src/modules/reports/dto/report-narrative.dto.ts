import type { UpdateReportNarrativeRequest } from '@loa/contracts';
import { IsString, MaxLength } from 'class-validator';

/** The sections the department's plans ask for, and who signs. Empty text is allowed in a draft. */
export class ReportNarrativeDto implements UpdateReportNarrativeRequest {
  @IsString()
  @MaxLength(20000)
  done!: string;

  @IsString()
  @MaxLength(20000)
  results!: string;

  @IsString()
  @MaxLength(20000)
  difficulties!: string;

  @IsString()
  @MaxLength(20000)
  proposals!: string;

  @IsString()
  @MaxLength(200)
  signerTitle!: string;

  @IsString()
  @MaxLength(200)
  signerName!: string;
}
