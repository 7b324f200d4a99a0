import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * The browser: `CHROMIUM_PATH` if set, else Debian's Chromium when installed, else the browser
 * Playwright downloaded (`npx playwright install chromium`) on machines that can reach it.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath =
	process.env['CHROMIUM_PATH'] || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
const PORT = Number(process.env['E2E_PORT'] ?? 4327);

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	reporter: process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ? [['list'], ['json']] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		timezoneId: 'UTC',
		// The handbook's service worker would save the whole site in every test's fresh browser and
		// answer requests the tests route or count; e2e/offline.spec.ts allows it where it is tested.
		serviceWorkers: 'block',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	// The tests run against the built site, as users get it: `npm run build` first.
	webServer: {
		// --ignore-lock: Astro 7 otherwise refuses to start while another preview server runs.
		command: `npx astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
