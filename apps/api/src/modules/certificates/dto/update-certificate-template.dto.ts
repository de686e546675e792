import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

const nfcTrim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.normalize('NFC').trim() : value;

/** Every printed field of a programme's certificate template; all required (PUT replaces). */
export class UpdateCertificateTemplateDto {
  @Transform(nfcTrim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  parentBody!: string;

  @Transform(nfcTrim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  issuingBody!: string;

  @Transform(nfcTrim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  documentTitle!: string;

  @Transform(nfcTrim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  signerAuthority!: string;

  @Transform(nfcTrim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  signerTitle!: string;

  @Transform(nfcTrim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  signerName!: string;

  @Transform(nfcTrim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  place!: string;
}
