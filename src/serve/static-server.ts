/**
 * A small static file server for a built site, so `npm run pdf` and the benchmark need neither
 * the network nor Astro: it serves the site under its base path on a free local port, as a
 * host would.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

/**
 * The file under `root` that `pathname` asks for, with `base` stripped: a folder means its
 * `index.html`. `undefined` outside the base or outside `root`.
 */
export function filePathFor(root: string, base: string, pathname: string): string | undefined {
	const prefix = base.replace(/\/*$/, '/');
	let path: string;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	if (`${path}/` === prefix) path = prefix;
	if (!path.startsWith(prefix)) return undefined;
	const relative = path.slice(prefix.length);
	const absoluteRoot = resolve(root);
	const file = resolve(
		absoluteRoot,
		relative.endsWith('/') || relative === '' ? join(relative, 'index.html') : relative,
	);
	if (file !== absoluteRoot && !file.startsWith(absoluteRoot + sep)) return undefined;
	return file;
}

/** A running server and the origin it answers on (`http://127.0.0.1:40123`). */
export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

/** Serves `root` under `base` on 127.0.0.1, on a port the system picks. */
export async function serveStatic(root: string, base: string): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		void (async () => {
			const url = new URL(request.url ?? '/', 'http://localhost');
			let file = filePathFor(root, base, url.pathname);
			if (file) {
				// `/page` with no slash: serve the folder's page, as static hosts do.
				const info = await stat(file).catch(() => undefined);
				if (info?.isDirectory()) file = join(file, 'index.html');
			}
			const body = file ? await readFile(file).catch(() => undefined) : undefined;
			if (!body || !file) {
				response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
				response.end('Not found');
				return;
			}
			response.writeHead(200, {
				'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
			});
			response.end(body);
		})();
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => done());
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
