import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import { LOA_ENV, LoaEnv } from '../../config/env';
import { AccessTokenVerifier } from './access-token-verifier';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './guards';
import { LocalStrategy } from './local.strategy';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { SessionCache } from './session-cache';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [LOA_ENV],
      useFactory: (env: LoaEnv) => ({
        // A key object, not the string: given a string, jsonwebtoken first tries to read it as a
        // PEM key on every sign and verify, and throws.
        secret: createSecretKey(Buffer.from(env.jwtSecret)) as unknown as Buffer,
        signOptions: { expiresIn: env.accessTokenTtlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordService,
    LoginRateLimiter,
    SessionCache,
    AccessTokenVerifier,
    LocalStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [AuthService, PasswordService, SessionCache],
})
export class AuthModule {}
