import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { ZEmail, ZPassword } from '@alumni/shared';
import { users } from '../db/schema.js';
import { recordAudit } from '../modules/audit/service.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { fail, withDatabase } from './shared.js';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    'first-name': { type: 'string', default: 'Admin' },
    'last-name': { type: 'string', default: 'User' },
  },
});

const email = ZEmail.safeParse(values.email ?? '');
if (!email.success) fail('Usage: pnpm admin:create --email you@example.com [--password "at least 10 characters"]');
const generated = !values.password;
const password = values.password ?? randomBytes(12).toString('base64url');
if (!ZPassword.safeParse(password).success) fail('The password must be 10 to 200 characters long.');

await withDatabase(async ({ db }) => {
  const [existing] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.data}`);
  if (existing) fail(`${email.data} already has an account (role ${existing.role}). An admin can change its role in the console.`);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ email: email.data, passwordHash, role: 'admin', status: 'active', emailVerifiedAt: new Date(), firstName: values['first-name'], lastName: values['last-name'] })
      .returning();
    if (!row) throw new Error('no row');
    await recordAudit(tx, { actorId: null, action: 'admin.created_from_cli', objectType: 'user', objectId: row.id, data: { email: email.data } });
  });
  console.log(`admin ${email.data} created${generated ? ` with the password ${password} (change it after signing in)` : ''}`);
});
