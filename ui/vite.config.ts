/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// Tauri loads ui/dist from disk: relative asset paths, no dev-server assumptions.
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  base: './',
  clearScreen: false,
  resolve: {
    alias: { $lib: decodeURIComponent(new URL('./src/lib', import.meta.url).pathname) },
  },
  server: { port: 1420, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    // The machines that run these share two cores with Rust builds: 5 s is too tight under load.
    testTimeout: 20000,
  },
});
