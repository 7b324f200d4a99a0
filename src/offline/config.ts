/**
 * Whether the handbook installs its service worker. On unless `HANDBOOK_OFFLINE` is `off`
 * (also `false`, `0`, `no`): then the build writes a worker that removes the saved copies from
 * devices that have them, and pages stop registering one.
 */
export function offlineEnabled(env: Record<string, string | undefined> = process.env): boolean {
	const value = env['HANDBOOK_OFFLINE']?.trim().toLowerCase();
	return !(value && ['off', 'false', '0', 'no'].includes(value));
}
