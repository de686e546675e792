import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Role } from '@loa/contracts';
import { AuthUser, hasRole } from '../../common/auth/auth-user';
import { IS_PUBLIC } from '../../common/decorators/public.decorator';
import { REQUIRED_ROLES } from '../../common/decorators/roles.decorator';
import { DomainError } from '../../common/domain-error';
import { AccessTokenVerifier, bearerToken } from './access-token-verifier';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';

interface RouteAccess {
  isPublic: boolean;
  roles: Role[] | undefined;
}

const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', 'Bạn cần đăng nhập', 'You need to sign in');
const sessionEnded = () =>
  new DomainError('UNAUTHENTICATED', 'Phiên đăng nhập đã kết thúc', 'The session has ended');

/**
 * Global: every route needs a valid Bearer access token unless marked @Public(); @RequireRoles
 * narrows. A missing, forged or expired token is 401 "sign in"; a token whose session was ended
 * (logout, disabled account, revoked refresh tokens) is 401 "the session has ended".
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  /** Each route's @Public() and @RequireRoles, read from its decorators once (they never change). */
  private readonly routes = new WeakMap<object, Map<object, RouteAccess>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenVerifier,
    private readonly auth: AuthService,
  ) {}

  private routeAccess(context: ExecutionContext): RouteAccess {
    const controller = context.getClass();
    const handler = context.getHandler();
    let handlers = this.routes.get(controller);
    if (!handlers) this.routes.set(controller, (handlers = new Map()));
    let access = handlers.get(handler);
    if (!access) {
      const targets = [handler, controller];
      access = {
        isPublic: this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true,
        roles: this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets),
      };
      handlers.set(handler, access);
    }
    return access;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { isPublic, roles } = this.routeAccess(context);
    if (isPublic) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: { authorization?: string | string[] }; user?: AuthUser }>();
    const payload = this.tokens.verify(bearerToken(request.headers.authorization));
    if (!payload) throw unauthenticated();
    const user = await this.auth.resolve(payload);
    if (!user) throw sessionEnded();
    request.user = user;
    if (roles?.length) {
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
