#!/usr/bin/env node
// The `parallax` command. The backend is TypeScript run through tsx, so there is no build step:
// register tsx's loader, then load the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
