import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  root: 'web',
  build: { outDir: '../dist/web', emptyOutDir: true, target: 'es2022' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/ws': { target: 'ws://127.0.0.1:8080', ws: true } } },
  plugins: [
    VitePWA({
      // The page registers the worker itself (workbox-window) and asks before activating an update.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png'],
      manifest: {
        id: '/',
        name: 'Portlight',
        short_name: 'Portlight',
        description: "A Docker host's live state: containers, images, volumes, networks and events.",
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0a58b8',
        background_color: '#0e1116',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        // Deep links open offline from the precached shell; the API and the stream are never touched:
        // live data must come from the relay or not at all (the page keeps its own cache). The relay's
        // own sign-in page is the relay's, not the app's.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/ws(\/|$|\?)/, /^\/login(\/|$|\?)/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
