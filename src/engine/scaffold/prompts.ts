import { confirm, intro, isCancel, select, text } from '@clack/prompts';
import { CANCELLED, type Prompter } from './cli.ts';

/** The interactive prompts, with @clack/prompts. A cancelled prompt becomes `CANCELLED`. */
export const clackPrompter: Prompter = {
	intro: (title) => intro(title),
	text: async ({ validate, ...options }) => {
		const answer = await text({ ...options, validate: (value) => validate(value ?? '') });
		return isCancel(answer) ? CANCELLED : answer;
	},
	select: async (options) => {
		const answer = await select<string>(options);
		return isCancel(answer) ? CANCELLED : answer;
	},
	confirm: async (options) => {
		const answer = await confirm(options);
		return isCancel(answer) ? CANCELLED : answer;
	},
};
