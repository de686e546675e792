import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SigningKeyView } from '@loa/contracts';
import { generateKeyPairSync } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import type { PublishedKey } from './certificate-payload';
import { SigningKey } from './signing-key.entity';

/** Serialises key creation and rotation, so there is never more than one current key. */
const KEY_LOCK = `SELECT pg_advisory_xact_lock(hashtext('loa:certificate-signing-key'))`;

const toView = (key: SigningKey): SigningKeyView => ({
  id: key.id,
  algorithm: 'Ed25519',
  publicKey: key.publicKey,
  createdAt: key.createdAt.toISOString(),
  retiredAt: key.retiredAt ? key.retiredAt.toISOString() : null,
});

function newKeyPair(): Pick<SigningKey, 'publicKey' | 'privateKey'> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ format: 'jwk' }).x!,
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

/** The department's Ed25519 keys: the current one signs, every one (retired too) verifies. */
@Injectable()
export class SigningKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The current key, created on first use, inside the caller's transaction. */
  async currentKey(manager: EntityManager): Promise<SigningKey> {
    const repo = manager.getRepository(SigningKey);
    const existing = await repo.findOne({ where: { retiredAt: IsNull() } });
    if (existing) return existing;
    await manager.query(KEY_LOCK);
    return (
      (await repo.findOne({ where: { retiredAt: IsNull() } })) ??
      (await repo.save(repo.create(newKeyPair())))
    );
  }

  /** Retires the current key and makes a new one; certificates signed before keep verifying. */
  async rotate(user: AuthUser): Promise<SigningKeyView> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(KEY_LOCK);
      const repo = manager.getRepository(SigningKey);
      const current = await repo.findOne({ where: { retiredAt: IsNull() } });
      if (current) await repo.update({ id: current.id }, { retiredAt: new Date() });
      const created = await repo.save(repo.create(newKeyPair()));
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'signing_key.rotated',
          entityType: 'signing_key',
          entityId: created.id,
          details: { retired: current?.id ?? null },
        },
        manager,
      );
      return toView(created);
    });
  }

  /** Every key, newest first, as published (no private parts). */
  async published(manager: EntityManager = this.dataSource.manager): Promise<PublishedKey[]> {
    const keys = await manager
      .getRepository(SigningKey)
      .find({ order: { createdAt: 'DESC', id: 'ASC' } });
    return keys.map(toView);
  }
}
