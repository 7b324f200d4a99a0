/**
 * Chromium for measurements, launched exactly as the browser tests launch it (the executable and
 * flags come from playwright.config.ts): Debian's Chromium or CHROMIUM_PATH, no network extras.
 */
import { chromium, type Browser } from '@playwright/test';
import config from '../playwright.config.ts';

export function launchChromium(): Promise<Browser> {
	return chromium.launch(config.use?.launchOptions ?? {});
}
