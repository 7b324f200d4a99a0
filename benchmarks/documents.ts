/**
 * Templates for the benchmark's generated documents: runbooks, post-mortems and maintenance
 * checklists that pass every rule of the handbook. Pure and deterministic: each document depends
 * only on its index (and, for post-mortems, on how many runbooks exist to reference), so runbook 0
 * is the same file at every corpus size and page sizes can be compared across sizes.
 */
import { seeded } from './random.ts';

/** Level ids read from the handbook's own severity scales, so the corpus follows the data. */
export interface CorpusLevels {
	/** Ids of the incident scale, such as the starter's SEV1–SEV4. */
	severities: ReadonlyArray<string>;
	/** Ids of the action-priority scale. */
	priorities: ReadonlyArray<string>;
}

const SERVICES = [
	'checkout-api',
	'payments',
	'search',
	'auth',
	'notifications',
	'inventory',
	'orders',
	'billing',
	'api-gateway',
	'cdn',
	'user-profile',
	'recommendations',
	'shipping',
	'reporting',
	'analytics-ingest',
	'email-sender',
	'webhooks',
	'session-store',
	'media-upload',
	'image-resizer',
	'feature-flags',
	'rate-limiter',
	'ledger',
	'fraud-check',
	'catalog',
	'cart',
	'pricing',
	'tax',
	'identity',
	'admin-portal',
	'mobile-bff',
	'graphql-gateway',
	'job-scheduler',
	'export-worker',
	'import-worker',
	'audit-log',
	'search-indexer',
	'edge-cache',
	'primary-db',
	'read-replica',
	'message-queue',
	'object-storage',
	'dns',
	'load-balancer',
	'vpn',
	'ci-runners',
	'metrics-pipeline',
	'log-pipeline',
	'backup-agent',
	'status-page',
] as const;

interface Mode {
	slug: string;
	/** Completes "<Service> …" in a title. */
	title: string;
	/** Alert name endings; each is unique across modes so alert names never collide. */
	alerts: readonly [string, string];
	condition: string;
	metric: string;
}

const MODES: ReadonlyArray<Mode> = [
	{
		slug: 'error-rate',
		title: 'returns errors',
		alerts: ['HighErrorRate', 'Http5xxBurst'],
		condition: 'more than 2% of requests fail',
		metric: 'http_requests_total{code=~"5.."}',
	},
	{
		slug: 'slow-responses',
		title: 'responds slowly',
		alerts: ['HighLatencyP99', 'SlowRequests'],
		condition: 'the 99th percentile latency is above 1.5 seconds',
		metric: 'http_request_duration_seconds_bucket',
	},
	{
		slug: 'cpu-saturated',
		title: 'runs out of CPU',
		alerts: ['CpuSaturation', 'CpuThrottling'],
		condition: 'CPU use stays above 90% of the limit',
		metric: 'container_cpu_usage_seconds_total',
	},
	{
		slug: 'queue-backlog',
		title: 'falls behind on its queue',
		alerts: ['QueueBacklog', 'ConsumerLag'],
		condition: 'more than 10,000 messages wait in the queue',
		metric: 'queue_messages_ready',
	},
	{
		slug: 'disk-filling-up',
		title: 'is running out of disk',
		alerts: ['DiskAlmostFull', 'InodesLow'],
		condition: 'a volume is more than 85% full',
		metric: 'node_filesystem_avail_bytes',
	},
	{
		slug: 'memory-leak',
		title: 'keeps growing in memory',
		alerts: ['MemoryHigh', 'OomKilled'],
		condition: 'memory use passes 90% of the limit',
		metric: 'container_memory_working_set_bytes',
	},
	{
		slug: 'certificate-expiring',
		title: 'has a certificate about to expire',
		alerts: ['CertExpiresSoon', 'TlsHandshakeErrors'],
		condition: 'a certificate expires within 14 days',
		metric: 'probe_ssl_earliest_cert_expiry',
	},
	{
		slug: 'connection-pool-exhausted',
		title: 'runs out of database connections',
		alerts: ['PoolExhausted', 'ConnectionWaits'],
		condition: 'every pooled connection is busy',
		metric: 'db_pool_connections_in_use',
	},
	{
		slug: 'replication-lag',
		title: 'serves stale data from a lagging replica',
		alerts: ['ReplicationLag', 'ReplicaStale'],
		condition: 'a replica is more than 30 seconds behind',
		metric: 'pg_replication_lag_seconds',
	},
	{
		slug: 'crash-loop',
		title: 'keeps crashing and restarting',
		alerts: ['CrashLooping', 'RestartStorm'],
		condition: 'a pod restarts more than three times in ten minutes',
		metric: 'kube_pod_container_status_restarts_total',
	},
];

const PEOPLE = [
	'Priya Raman',
	'Marcus Lee',
	'Daniel Osei',
	'Sofia Marquez',
	'Kenji Watanabe',
	'Amara Nwosu',
	'Lukas Becker',
	'Ines Duarte',
	'Hannah Cohen',
	'Omar Haddad',
	'Mei Lin',
	'Tomasz Nowak',
	'Grace Mensah',
	'Arjun Mehta',
	'Elena Petrova',
	'Samuel Adeyemi',
	'Chloe Martin',
	'Rafael Souza',
	'Yuki Tanaka',
	'Fatima Zahra',
] as const;

const ACRONYMS = new Set(['api', 'cdn', 'db', 'dns', 'vpn', 'ci', 'bff']);

const serviceTitle = (service: string) =>
	service
		.split('-')
		.map((word, index) =>
			ACRONYMS.has(word)
				? word.toUpperCase()
				: index === 0
					? word[0]!.toUpperCase() + word.slice(1)
					: word,
		)
		.join(' ');
const pascal = (service: string) =>
	service
		.split('-')
		.map((word) => word[0]!.toUpperCase() + word.slice(1))
		.join('');
const team = (service: string) => `team-${service.split('-')[0]}`;

/** Each runbook index names a distinct service, failure mode and cluster. */
function runbookParts(index: number) {
	const service = SERVICES[index % SERVICES.length]!;
	const mode = MODES[Math.floor(index / SERVICES.length) % MODES.length]!;
	const round = Math.floor(index / (SERVICES.length * MODES.length));
	return { service, mode, round };
}

/** The file name (without extension) of runbook `index`, which post-mortems reference. */
export function runbookSlug(index: number): string {
	const { service, mode, round } = runbookParts(index);
	return `${service}-${mode.slug}${round ? `-${round + 1}` : ''}`;
}

/** The alert names of runbook `index`: unique across every runbook of the corpus. */
export function runbookAlerts(index: number): [string, string] {
	const { service, mode, round } = runbookParts(index);
	const suffix = round ? String(round + 1) : '';
	return [
		`${pascal(service)}${mode.alerts[0]}${suffix}`,
		`${pascal(service)}${mode.alerts[1]}${suffix}`,
	];
}

/** Options that give a document another identity, for the deliberately broken copies. */
export interface Identity {
	slug: string;
	alerts: [string, string];
}

const DIAGNOSIS = [
	(s: string) => `kubectl -n ${s} get pods -o wide`,
	(s: string) => `kubectl -n ${s} logs deploy/${s} --since=15m | tail -n 100`,
	(s: string) => `kubectl -n ${s} describe deploy/${s} | grep -A3 Conditions`,
	(s: string) => `kubectl -n ${s} top pods --sort-by=memory`,
	(s: string) =>
		`curl -sS -o /dev/null -w '%{http_code} %{time_total}\\n' https://${s}.internal/health`,
	(s: string) => `kubectl -n ${s} rollout history deploy/${s} | tail -n 5`,
	(s: string) => `kubectl -n ${s} get events --sort-by=.lastTimestamp | tail -n 20`,
	(s: string) => `df -h /var/lib/${s}`,
	() => `psql "$DATABASE_URL" -c "select state, count(*) from pg_stat_activity group by 1"`,
];

const CAUSES: ReadonlyArray<readonly [string, string]> = [
	[
		'Errors started right after a deploy',
		'Roll back to the previous release and open an incident for the change.',
	],
	[
		'One pod shows far more errors than the others',
		'Delete that pod so the deployment replaces it, then watch the error rate.',
	],
	[
		'Latency grows with traffic while CPU is at its limit',
		'Scale the deployment out by two replicas and raise the CPU request.',
	],
	[
		'The upstream dependency reports an outage',
		'Switch to the fallback provider and post on the status page.',
	],
	[
		'The database answers slowly and connections pile up',
		'Kill long-running queries older than five minutes and page the database owner.',
	],
	[
		'A configuration change went out without a canary',
		'Revert the change in the config repository and redeploy.',
	],
	[
		'The cache hit rate dropped to near zero',
		'Warm the cache with the preload job and check the eviction settings.',
	],
	[
		'Disk use jumped after log level changed to debug',
		'Set the log level back to info and rotate the logs.',
	],
	[
		'Certificates were renewed but not reloaded',
		'Restart the ingress controller so it reads the new certificate.',
	],
	[
		'A noisy client sends ten times its usual traffic',
		'Lower that client’s rate limit and contact its owner.',
	],
	[
		'Memory grows steadily until the pod is killed',
		'Restart the pods in turn and file a bug with a heap snapshot.',
	],
	[
		'A scheduled batch job competes for the same resources',
		'Pause the job in the scheduler and move it to the quiet window.',
	],
];

const IMPACTS = [
	'Customers see error pages and may retry or give up.',
	'Background work is delayed; nothing is lost, but reports arrive late.',
	'Support receives tickets within minutes, so tell them early.',
	'Partner integrations time out and may retry in bursts.',
	'Mobile app users see a spinner that never finishes.',
	'Revenue is affected for as long as checkout cannot complete.',
];

const MITIGATIONS = [
	'Roll back the most recent deploy',
	'Scale the deployment out by two replicas',
	'Fail over to the standby region',
	'Turn off the newest feature flag for this service',
	'Drain the unhealthy node and let the scheduler move the pods',
	'Raise the connection limit by 20% for the next hour',
	'Pause the batch jobs that share this database',
	'Post an update on the status page',
];

/**
 * A runbook with every required section. Length varies with a seeded factor of 1–4: more
 * diagnosis commands, more Common Causes rows, more mitigation steps and optional sections.
 */
export function runbookDocument(index: number, levels: CorpusLevels, identity?: Identity): string {
	const random = seeded(`runbook:${index}`);
	const { service, mode, round } = runbookParts(index);
	const [alert, secondAlert] = identity?.alerts ?? runbookAlerts(index);
	const factor = random.int(1, 4);
	const name = serviceTitle(service);
	const cluster = round ? ` in cluster ${round + 1}` : '';
	const reviewed = date(Date.UTC(2026, 5, 1) + random.int(0, 150) * DAY);
	const services = [service, ...(random.chance(0.5) ? [random.pick(SERVICES)] : [])].filter(
		(value, position, all) => all.indexOf(value) === position,
	);
	const commands = Array.from({ length: 2 * factor + 1 }, (_, row) =>
		DIAGNOSIS[(index + row * 3) % DIAGNOSIS.length]!(service),
	);
	const causes = Array.from({ length: 3 * factor }, () => random.pick(CAUSES))
		.map(([symptom, fix]) => `| ${symptom} | ${fix} |`)
		.join('\n');
	const impact = Array.from(
		{ length: factor },
		(_, row) => IMPACTS[(index + row) % IMPACTS.length],
	).join(' ');
	const minutes = random.pick([3, 5, 10, 15]);

	const sections = [
		`## Trigger

${alert} fires when ${mode.condition} on ${service}${cluster} for ${minutes} minutes. ${secondAlert} often fires a few minutes later for the same cause.${
			factor >= 2
				? `

\`\`\`promql
sum(rate(${mode.metric.includes('{') ? mode.metric.replace('{', `{service="${service}",`) : `${mode.metric}{service="${service}"}`}[5m])) > 0
\`\`\``
				: ''
		}`,
		`## Impact

${impact}`,
		`## Quick Diagnosis

Run these from a shell with production read access. Each takes a few seconds.

\`\`\`sh
${commands.join('\n')}
\`\`\``,
		`## Common Causes

| Symptom | Fix |
| --- | --- |
${causes}`,
		`## Escalation

Page ${team(service)} after ${random.pick([10, 15, 20, 30])} minutes without progress. If customers are affected, declare an incident and name an incident commander.
${Array.from({ length: factor }, (_, row) => `\n- ${['Primary on-call', 'Secondary on-call', 'Engineering manager', 'Database owner'][row]} for ${service}`).join('')}`,
	];
	if (random.chance(0.7)) {
		sections.push(`## Mitigation

${Array.from({ length: 2 * factor }, (_, row) => `- [ ] ${MITIGATIONS[(index + row) % MITIGATIONS.length]}`).join('\n')}`);
	}
	if (factor >= 2) {
		sections.push(`## Verification

${alert} resolves on its own once the condition has cleared for ${minutes} minutes.

\`\`\`sh
curl -sS https://${service}.internal/health
\`\`\``);
	}
	if (factor >= 3 && index >= 2 && !identity) {
		sections.push(`## Related

- [${serviceTitle(runbookParts(index - 1).service)} runbook](/runbooks/${runbookSlug(index - 1)}/)
- [Escalation for ${runbookSlug(index - 2)}](/runbooks/${runbookSlug(index - 2)}/#escalation)
- [Severity levels](/severity/)`);
	}

	return `---
title: ${name} ${mode.title}${cluster}
description: What to do when ${service}${cluster} ${mode.title}.
alerts: [${alert}, ${secondAlert}]
services: [${services.join(', ')}]
severity: ${random.pick(levels.severities)}
owner: ${team(service)}
last_reviewed: ${reviewed}
review_every: ${random.pick(['180d', '365d'])}
---

${sections.join('\n\n')}
`;
}

const EVENTS = [
	'The on-call engineer joins the incident channel and shares the dashboard.',
	'Error rate climbs; the team checks the most recent deploys.',
	'A second responder starts looking at the database metrics.',
	'The status page is updated with a first customer-facing message.',
	'The team rules out the network: other services in the zone are healthy.',
	'Traffic is shifted away from the unhealthy pods.',
	'Logs show timeouts to a downstream dependency.',
	'The incident commander asks for an update every 15 minutes.',
	'Support confirms that customers are reporting the problem.',
	'A fix is prepared and reviewed by a second engineer.',
	'Metrics return to the normal range on one of three clusters.',
	'The team watches the dashboards for a further quarter of an hour.',
];

const STATUS_CLOSED = ['Done', "Won't do"] as const;
const STATUS_OPEN = ['Open', 'In progress'] as const;

const FOLLOW_UPS = [
	'Add a canary stage to the deploy pipeline',
	'Alert on the saturation metric before users notice',
	'Document the rollback command in the runbook',
	'Load-test the new release with production traffic shapes',
	'Add a dashboard panel for connection pool use',
	'Review timeouts for calls to the dependency',
	'Automate the cache warm-up after deploys',
	'Write a game day exercise for this failure',
	'Split the batch job so it cannot starve online traffic',
	'Raise the default replica count for peak hours',
];

/** Options for a post-mortem: broken copies use fixed times so one change breaks one rule. */
export interface IncidentOptions {
	/** A file-name slug after the date, instead of the generated one. */
	slug?: string;
	/** Start at 10:00 so the timeline never crosses midnight. */
	daytime?: boolean;
}

/**
 * A final (or in-review) post-mortem: timestamps in order, a timeline that sometimes crosses
 * midnight, and action items that are either closed (Done or Won't do, some with a Closed date)
 * or open with a due date in 2036–2037, so nothing turns overdue while the benchmark is in use.
 */
export function incidentDocument(
	index: number,
	levels: CorpusLevels,
	runbookCount: number,
	options: IncidentOptions = {},
): { name: string; text: string } {
	const random = seeded(`incident:${index}`);
	const factor = random.int(1, 4);
	const { service, mode } = runbookParts(index);
	const day = Date.UTC(2019, 0, 7) + ((index * 5) % 2_500) * DAY;
	const crossesMidnight = !options.daytime && random.chance(0.25);
	const startMinute = options.daytime
		? 600
		: crossesMidnight
			? random.int(22 * 60 + 20, 23 * 60 + 45)
			: random.int(0, 21 * 60);
	const started = day + startMinute * MINUTE;
	const detected = started + random.int(1, 10) * MINUTE;
	const acknowledged = detected + random.int(1, 15) * MINUTE;
	const mitigated = acknowledged + random.int(15, 120) * MINUTE;
	const resolved = mitigated + random.int(10, 240) * MINUTE;
	const startDate = date(started);

	const extra = Array.from({ length: 4 * (factor - 1) + 1 }, () =>
		random.int(acknowledged, mitigated - MINUTE),
	)
		.map((at) => at - (at % MINUTE))
		.sort((a, b) => a - b);
	const events: Array<[number, string]> = [
		[
			started,
			`${serviceTitle(service)} ${mode.title.replace(/^is |^has /, '')}; users are affected.`,
		],
		[detected, `${runbookAlerts(index)[0]} fires and pages the on-call engineer.`],
		[acknowledged, 'The on-call engineer acknowledges the page.'],
		...extra.map((at, row): [number, string] => [at, EVENTS[(index + row) % EVENTS.length]!]),
		[mitigated, 'The fix is live and the error rate returns to normal.'],
		[resolved, 'The incident is declared resolved.'],
	];
	let lastDate = startDate;
	const timeline = events
		.map(([at, text]) => {
			const rowDate = date(at);
			const label = rowDate === lastDate ? hhmm(at) : `${rowDate} ${hhmm(at)}`;
			lastDate = rowDate;
			return `| ${label} | ${text} |`;
		})
		.join('\n');

	const withClosed = random.chance(0.5);
	const withIssue = random.chance(0.3);
	const items = Array.from({ length: 2 * factor + random.int(0, 2) }, (_, row) => {
		const closed = random.chance(0.6);
		const status = closed ? random.pick(STATUS_CLOSED) : random.pick(STATUS_OPEN);
		const due = closed
			? date(started + random.int(14, 60) * DAY)
			: date(Date.UTC(2036, 0, 1) + random.int(0, 700) * DAY);
		const cells = [
			`${FOLLOW_UPS[(index + row) % FOLLOW_UPS.length]} (${service})`,
			team(random.pick(SERVICES)),
			due,
			random.pick(levels.priorities),
			status,
		];
		if (withClosed) cells.push(closed ? date(started + random.int(1, 60) * DAY) : '');
		if (withIssue) cells.push(`OPS-${1000 + index * 10 + row}`);
		return `| ${cells.join(' | ')} |`;
	}).join('\n');
	const header = ['Action', 'Owner', 'Due Date', 'Priority', 'Status']
		.concat(withClosed ? ['Closed'] : [], withIssue ? ['Issue'] : [])
		.join(' | ');
	const separator = header
		.split(' | ')
		.map(() => '---')
		.join(' | ');

	const runbooks = [runbookSlug(index % runbookCount), runbookSlug((index * 7 + 3) % runbookCount)]
		.filter((value, position, all) => all.indexOf(value) === position)
		.slice(0, random.chance(0.5) ? 2 : 1);
	const percent = random.int(1, 60);
	const minutesDown = Math.round((mitigated - started) / MINUTE);
	const paragraphs = (count: number, sentence: (row: number) => string) =>
		Array.from({ length: count }, (_, row) => sentence(row)).join('\n\n');

	return {
		name: `${startDate}-${options.slug ?? `${service}-${mode.slug}-${index}`}.mdx`,
		text: `---
title: ${serviceTitle(service)} ${mode.title.replace(/^is |^has /, '')} (incident ${index})
${random.chance(0.5) ? `description: About ${percent}% of requests to ${service} were affected for ${minutesDown} minutes.\n` : ''}severity: ${random.pick(levels.severities)}
status: ${random.chance(0.85) ? 'final' : 'in-review'}
started_at: ${timestamp(started)}
detected_at: ${timestamp(detected)}
acknowledged_at: ${timestamp(acknowledged)}
mitigated_at: ${timestamp(mitigated)}
resolved_at: ${timestamp(resolved)}
incident_commander: ${PEOPLE[index % PEOPLE.length]}
services: [${service}${random.chance(0.4) ? `, ${random.pick(SERVICES.filter((other) => other !== service))}` : ''}]
runbooks: [${runbooks.join(', ')}]
---

## Summary

${paragraphs(factor, (row) => (row === 0 ? `For ${minutesDown} minutes, about ${percent}% of requests to ${service} failed or were slow: ${mode.condition}, which is what ${runbookAlerts(index)[0]} watches for.` : `Responders followed the ${runbooks[0]} runbook; step ${row + 1} of it needed more time than expected.`))}

## Timeline

| Time (UTC) | Event |
| --- | --- |
${timeline}

## Root Cause

${paragraphs(factor, (row) => (row === 0 ? `A configuration change to ${service} went out to every instance at once, and soon ${mode.condition}.` : `Monitoring showed the symptom, but the signal for cause ${row + 1} was not on the main dashboard.`))}

## Contributing Factors

${Array.from({ length: factor }, (_, row) => `- ${['The change skipped the canary stage.', 'The alert threshold was set too high.', 'Two teams changed the same dependency that week.', 'The runbook did not mention the rollback command.'][row]}`).join('\n')}

## Resolution

The team ${random.pick(['rolled back the release', 'scaled the service out', 'failed over to the standby', 'reverted the configuration change'])}, and ${service} recovered within minutes.

## Impact

About ${percent}% of requests failed or were slow for ${minutesDown} minutes. ${random.pick(IMPACTS)}

## Lessons Learned

### What went well

- The alert fired within ${Math.round((detected - started) / MINUTE)} minutes of the start.
- The runbook had the right diagnosis commands.

### What went wrong

- It took ${Math.round((mitigated - acknowledged) / MINUTE)} minutes from acknowledgement to mitigation.

## Action Items

| ${header} |
| ${separator} |
${items}
`,
	};
}

const CHECKLIST_CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'on-demand'];
const CHECKS = [
	'Confirm last night’s backups completed and can be listed',
	'Review alerts that fired more than five times this period',
	'Rotate credentials that are due this period',
	'Check certificate expiry dates for the next 30 days',
	'Apply pending security patches to the base images',
	'Review disk growth on the database hosts',
	'Delete stale feature flags',
	'Run `npm run validate` and fix any warnings',
	'Restore one backup to the staging database',
	'Review on-call handover notes',
];

/** A maintenance checklist: one to five headed task lists. */
export function checklistDocument(index: number, identity?: Pick<Identity, 'slug'>): string {
	const random = seeded(`checklist:${index}`);
	const factor = random.int(1, 4);
	const service = SERVICES[index % SERVICES.length]!;
	const cadence = CHECKLIST_CADENCES[index % CHECKLIST_CADENCES.length]!;
	const headings = ['Checks', 'Backups', 'Security', 'Capacity', 'Follow-up'];
	const sections = Array.from(
		{ length: factor + 1 },
		(_, section) => `## ${headings[section]}

${Array.from({ length: random.int(2, 2 * factor + 1) }, (_, row) => `- [ ] ${CHECKS[(index + section * 3 + row) % CHECKS.length]} (${service})`).join('\n')}`,
	);
	return `---
title: ${serviceTitle(service)} ${cadence} checks${identity ? ` (${identity.slug})` : ` ${index}`}
description: The ${cadence} maintenance routine for ${service}.
cadence: ${cadence}
owner: ${team(service)}
${random.chance(0.5) ? `last_completed: ${date(Date.UTC(2026, 9, 1) + random.int(0, 40) * DAY)}\n` : ''}---

${sections.join('\n\n')}
`;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const date = (at: number) => new Date(at).toISOString().slice(0, 10);
const hhmm = (at: number) => new Date(at).toISOString().slice(11, 16);
const timestamp = (at: number) => new Date(at).toISOString().replace('.000', '');
