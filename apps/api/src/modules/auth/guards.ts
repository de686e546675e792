import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Role } from '@loa/contracts';
import { AuthUser, hasRole } from '../../common/auth/auth-user';
import { IS_PUBLIC } from '../../common/decorators/public.decorator';
import { REQUIRED_ROLES } from '../../common/decorators/roles.decorator';
import { DomainError } from '../../common/domain-error';
import { LoginDto } from './dto/login.dto';

const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', 'Bạn cần đăng nhập', 'You need to sign in');

/** Global: every route needs a valid access token unless marked @Public(); @RequireRoles narrows. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await (super.canActivate(context) as Promise<boolean>);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length) {
      const user = context.switchToHttp().getRequest<{ user: AuthUser }>().user;
      const allowed =
        hasRole(user, ...roles) ||
        (!roles.includes('system_admin') && hasRole(user, 'system_admin'));
      if (!allowed) {
        throw new DomainError(
          'FORBIDDEN',
          'Bạn không có quyền thực hiện thao tác này',
          'You may not do this',
        );
      }
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw unauthenticated();
    return user;
  }
}

/**
 * Runs the local (username + password) strategy for the login route, after validating the body
 * as strictly as every other write (guards run before pipes, so it is done here).
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<{ body: unknown }>().body ?? {};
    const errors = await validate(plainToInstance(LoginDto, body), {
      whitelist: true,
      forbidNonWhitelisted: true,
    });
    if (errors.length > 0) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Vui lòng nhập tên đăng nhập và mật khẩu',
        'Enter a username and password',
        errors.map((e) => ({
          field: e.property,
          code: Object.keys(e.constraints ?? {})[0] ?? 'invalid',
          message: `Trường "${e.property}" không hợp lệ`,
        })),
      );
    }
    return super.canActivate(context) as Promise<boolean>;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Vui lòng nhập tên đăng nhập và mật khẩu',
        'Enter a username and password',
      );
    }
    return user;
  }
}
