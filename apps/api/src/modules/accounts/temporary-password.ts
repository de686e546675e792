import { randomInt } from 'node:crypto';

/** No 0/o, 1/l/i: the password is read aloud or copied from paper. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password such as "k7mq-x3rd-9tfa" (about 62 bits), changed at first login. */
export function temporaryPassword(): string {
  const group = () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group()].join('-');
}
