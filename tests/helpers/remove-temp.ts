// Vitest set-up file: each test file's temporary folders are removed once its tests have run.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.ts';

afterAll(removeTempDirs);
