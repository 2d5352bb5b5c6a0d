// Every test file gets a database file of its own, empty, so tests never see each other's notes or sessions.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.DATABASE_FILE = join(mkdtempSync(join(tmpdir(), 'testing-example-')), 'test.db');
