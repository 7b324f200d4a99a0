/**
 * The page side of offline support, on every page: registers the service worker (production
 * builds only), says when the page is a saved copy and how old it is, and offers a reload when
 * a new version of the handbook takes over while the page is open. Never reloads by itself: a
 * responder may be in the middle of the SLA clock or a checklist.
 */
import { cachedCopyMessage, parseReason, UPDATE_MESSAGE } from './status.ts';
import { PAGE_ATTRIBUTES } from './worker/config.ts';

/** How often an open page asks whether the handbook was deployed again. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Shows `message` in the element's live region with Reload and Dismiss buttons. */
function show(element: HTMLElement, kind: 'cached' | 'update', message: string): void {
	const region = element.querySelector('[role="status"]');
	if (!region) return;
	const banner = document.createElement('div');
	banner.className = 'offline-banner';
	banner.dataset['kind'] = kind;
	const text = document.createElement('p');
	text.textContent = message;
	const reload = document.createElement('button');
	reload.type = 'button';
	reload.className = 'tool-button';
	reload.textContent = 'Reload';
	reload.addEventListener('click', () => location.reload());
	const dismiss = document.createElement('button');
	dismiss.type = 'button';
	dismiss.className = 'tool-button';
	dismiss.textContent = 'Dismiss';
	dismiss.addEventListener('click', () => {
		banner.remove();
		// Keyboard users continue from the page title, not from the top of the document.
		const title = document.querySelector<HTMLElement>('main h1');
		if (title) {
			title.tabIndex = -1;
			title.focus();
		}
	});
	const actions = document.createElement('div');
	actions.className = 'offline-actions';
	actions.append(reload, dismiss);
	banner.append(text, actions);
	region.replaceChildren(banner);
}

/** Removes workers left on this address, e.g. by a production preview on the dev server's port. */
async function unregister(scope: string): Promise<void> {
	const registrations = await navigator.serviceWorker.getRegistrations();
	await Promise.all(
		registrations
			.filter((registration) => registration.scope === scope)
			.map((registration) => registration.unregister()),
	);
}

/** Registers the worker once the page has loaded, so saving never competes with reading. */
function register(url: string, scope: string): void {
	const container = navigator.serviceWorker;
	const start = () =>
		container
			.register(url, { scope })
			.then((registration) =>
				setInterval(() => registration.update().catch(() => undefined), UPDATE_CHECK_MS),
			)
			// No worker (blocked, private mode, storage full): the handbook still works online.
			.catch(() => undefined);
	if (document.readyState === 'complete') start();
	else addEventListener('load', start, { once: true });
}

class OfflineStatus extends HTMLElement {
	connectedCallback(): void {
		const root = document.documentElement;
		const reason = root.getAttribute(PAGE_ATTRIBUTES.reason);
		const message =
			reason === null
				? undefined
				: cachedCopyMessage(
						parseReason(reason),
						root.getAttribute(PAGE_ATTRIBUTES.cachedAt) ?? undefined,
						Date.now(),
					);
		if (message) show(this, 'cached', message);

		if (!('serviceWorker' in navigator)) return;
		const scope = new URL(this.dataset['scope'] ?? '/', location.href).href;
		if (!import.meta.env.PROD || this.dataset['offline'] === 'off') {
			void unregister(scope).catch(() => undefined);
			return;
		}
		// A worker taking over a page it already controlled is a new deploy; the first one is not.
		const hadController = navigator.serviceWorker.controller !== null;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (hadController) show(this, 'update', UPDATE_MESSAGE);
		});
		register(new URL(this.dataset['sw'] ?? 'sw.js', location.href).href, scope);
	}
}

if (!customElements.get('offline-status')) customElements.define('offline-status', OfflineStatus);
