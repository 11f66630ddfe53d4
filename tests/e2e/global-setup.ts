/** Once per e2e run: find Chromium, check the build exists, serve dist/ on 127.0.0.1. */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.ts';
import { ensureChromium } from './find-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = process.env['E2E_DIST'] ?? 'dist';
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`Chưa có bản dựng ${distDir}/: chạy "npm run build" trước kiểm thử e2e. / Build the site before the e2e tests.`);
  }
  const chromiumPath = ensureChromium();
  const server = await startServer(distDir, 0);
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('chromiumPath', chromiumPath);
  project.provide('distDir', distDir);
  return () => new Promise<void>((done) => server.close(() => done()));
}
