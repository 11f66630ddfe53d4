/** npm run deploy:nginx: regenerate deploy/nginx.conf from deploy/headers.ts (a test fails while they differ). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderNginxConf } from './nginx-conf.ts';

const target = fileURLToPath(new URL('nginx.conf', import.meta.url));
writeFileSync(target, renderNginxConf());
console.log(`✓ ${target}`);
