import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** `GET /api/unit-reports/current?period=<period id or code>&unit=<unit code>` */
export class CurrentReportQueryDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  period!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unit!: string;
}
