import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'loa:isPublic';

/** Marks a route that needs no login (login itself, health, certificate verification). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
