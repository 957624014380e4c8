import { z } from 'zod';

// The content security policy has no 'unsafe-eval'. Without this, zod probes for eval with `new Function`
// when the first object schema is built, and the browser reports a CSP violation. Imported first by main.tsx,
// before any schema (the shared package builds them at import time) exists.
z.config({ jitless: true });
