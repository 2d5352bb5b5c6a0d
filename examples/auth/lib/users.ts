import 'server-only';
import bcrypt from 'bcryptjs';
import { courseToolsEnabled } from './course-tools';

// The user store: two demo users whose passwords are published (README.md), so they exist only where course tools
// run (the sandbox, `npm run dev`); a production server has no users until you connect your own user table. It
// holds bcrypt hashes (cost 10), never passwords.
export interface User {
  id: string;
  username: string;
  name: string;
  passwordHash: string;
}

const demoUsers: User[] = [
  { id: 'usr_ada', username: 'ada', name: 'Ada', passwordHash: '$2b$10$uAc/R/.0YvqR.5dHuJvcDu0nlN7rLF9rrqdVHyC1g6Q4K/MAmw4ga' },
  { id: 'usr_grace', username: 'grace', name: 'Grace', passwordHash: '$2b$10$aBnZ64g8o/0QBJ9Og31qTefaeddHJ6twBjQTTIiNBnEoZPadaUDQm' },
];
const users = (): User[] => (courseToolsEnabled() ? demoUsers : []);

// The hash of a random string nobody knows, with the same cost. An unknown username is checked against it, so it
// takes as long as a wrong password and nobody can tell from the timing which usernames exist.
const dummyHash = '$2b$10$4zoUE6ER9wUZcEZ55.hZw.d/4S5RQzoILHs3gZJc86xhindv2UuTK';

export const findUserById = (id: string) => users().find((u) => u.id === id) ?? null;

/** The user whose username and password match, or null. Unknown user and wrong password cost the same work. */
export async function checkCredentials(username: string, password: string): Promise<User | null> {
  const user = users().find((u) => u.username === username.normalize('NFKC').toLowerCase()) ?? null;
  const matches = await bcrypt.compare(password, user?.passwordHash ?? dummyHash);
  return user && matches ? user : null;
}
