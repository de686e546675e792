import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/domain-error';
import { LOA_ENV, LoaEnv } from '../../config/env';
import { AccessTokenPayload, AuthService } from './auth.service';

/** Bearer access tokens, for the web app and for scripts alike. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly auth: AuthService,
    @Inject(LOA_ENV) env: LoaEnv,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      // A key object, not the string: given a string, jsonwebtoken first tries to read it as a
      // PEM public key on every request and throws — the dearest step of a guarded read.
      secretOrKey: createSecretKey(Buffer.from(env.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
    });
  }

  async validate(payload: AccessTokenPayload): Promise<AuthUser> {
    const user = await this.auth.resolve(payload);
    if (!user) {
      throw new DomainError(
        'UNAUTHENTICATED',
        'Phiên đăng nhập đã kết thúc',
        'The session has ended',
      );
    }
    return user;
  }
}
