import type { CreateSectionRequest } from '@loa/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SectionTitleDto implements CreateSectionRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;
}
