/**
 * Site-internal URLs that respect the configured `base` (HANDBOOK_BASE), so the handbook can
 * be deployed under a sub-path.
 */
export function sitePath(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
	const rest = path.startsWith('/') ? path : `/${path}`;
	return `${base}${rest}`;
}

export const runbookPath = (slug: string) => sitePath(`/runbooks/${slug}/`);
export const incidentPath = (id: string) => sitePath(`/incidents/${id}/`);
export const checklistPath = (slug: string) => sitePath(`/maintenance/${slug}/`);
export const severityPath = (anchor?: string) =>
	sitePath(`/severity/${anchor ? `#${anchor}` : ''}`);
