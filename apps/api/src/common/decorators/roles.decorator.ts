import { SetMetadata } from '@nestjs/common';
import type { Role } from '@loa/contracts';

export const REQUIRED_ROLES = 'loa:requiredRoles';

/**
 * The caller must hold at least one of these roles somewhere. Which units they may touch is
 * decided in the service with the unit scope, and anything outside it answers 404.
 */
export const RequireRoles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_ROLES, roles);
