/**
 * The worker `dist/sw.js` holds when offline support is turned off (`HANDBOOK_OFFLINE=off`):
 * devices that installed the real worker fetch this one on their next visit, which deletes the
 * handbook's saved copies and unregisters itself, so every page comes from the network again.
 */
import { cachePrefix } from './config.ts';

interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface WorkerGlobal {
	readonly registration: ServiceWorkerRegistration;
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
}

const worker = globalThis as unknown as WorkerGlobal;

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const own = cachePrefix(new URL(worker.registration.scope).pathname);
			const names = await caches.keys();
			await Promise.all(
				names.filter((name) => name.startsWith(own)).map((name) => caches.delete(name)),
			);
			await worker.registration.unregister();
		})(),
	);
});
