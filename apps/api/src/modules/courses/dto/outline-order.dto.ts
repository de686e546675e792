import type { OutlineOrderRequest } from '@loa/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, ValidateNested } from 'class-validator';

export class SectionOrderDto {
  @IsUUID()
  id!: string;

  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  lessonIds!: string[];
}

export class OutlineOrderDto implements OutlineOrderRequest {
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SectionOrderDto)
  sections!: SectionOrderDto[];
}
