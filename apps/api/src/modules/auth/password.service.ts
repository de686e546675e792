import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's recommended cost (19 MiB, 2 passes). */
@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return hash(password.normalize('NFC'), {
      algorithm: Algorithm.Argon2id,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password.normalize('NFC'));
    } catch {
      return false;
    }
  }
}
