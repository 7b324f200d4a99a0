// @ts-check
// Expressive Code settings, merged with the `expressiveCode` options in astro.config.mjs.
import {
	defineEcConfig,
	ExpressiveCodeAnnotation,
	PluginStyleSettings,
} from '@astrojs/starlight/expressive-code';
import { h } from '@astrojs/starlight/expressive-code/hast';

/** The languages of copyable message templates, such as those on the communication page. */
const TEMPLATE_LANGUAGES = new Set(['text', 'txt', 'plaintext', 'plain']);

/**
 * A fill-in field: text in square brackets on one line, such as `[Time in UTC]`. An empty
 * `[ ]` (a task-list box quoted in a message) is not a field.
 */
const FILL_IN_FIELD = /\[[^[\]\n]*[^[\]\s][^[\]\n]*\]/g;

/** Wraps a fill-in field in `<mark class="fill-in">`. */
class FillInFieldAnnotation extends ExpressiveCodeAnnotation {
	/** @override */
	name = 'fill-in-field';

	/** @param {import('@astrojs/starlight/expressive-code').AnnotationRenderOptions} options */
	render({ nodesToTransform }) {
		return nodesToTransform.map((node) => h('mark.fill-in', node));
	}
}

/**
 * Highlights the fill-in fields of text templates so a responder sees at a glance what to
 * replace before posting. Only the rendering changes: the copy button still copies the template's
 * plain text, because Expressive Code copies the original code.
 *
 * @returns {import('@astrojs/starlight/expressive-code').ExpressiveCodePlugin}
 */
function fillInFields() {
	return {
		name: 'Fill-in fields',
		styleSettings: new PluginStyleSettings({
			defaultValues: {
				// [dark theme, light theme]; both pairs are well above 7:1 contrast.
				// @ts-expect-error Plugin style settings are not declared on StyleSettings.
				fillInFields: {
					background: ['#4d3800', '#fff0a8'],
					foreground: ['#ffe9a8', '#3d2e00'],
					border: ['#b08a1a', '#b08a1a'],
				},
			},
		}),
		baseStyles: ({ cssVar }) => {
			/** @param {string} name */
			const setting = (name) => cssVar(/** @type {never} */ (`fillInFields.${name}`));
			// Expressive Code's text-markers plugin styles every inline <mark> as an inline block
			// with a drawn border; a fill-in field is an ordinary inline run that wraps with the line.
			return `
				.ec-line mark.fill-in {
					all: unset;
					display: inline;
					padding-inline: 0.1em;
					border-radius: 0.2em;
					background-color: ${setting('background')};
					color: ${setting('foreground')};
					box-shadow: inset 0 0 0 1px ${setting('border')};
					-webkit-box-decoration-break: clone;
					box-decoration-break: clone;
				}
				.ec-line mark.fill-in::before {
					content: none;
				}
				.ec-line mark.fill-in span {
					color: inherit !important;
				}
			`;
		},
		hooks: {
			annotateCode({ codeBlock }) {
				if (!TEMPLATE_LANGUAGES.has(codeBlock.language)) return;
				for (const line of codeBlock.getLines()) {
					for (const match of line.text.matchAll(FILL_IN_FIELD)) {
						line.addAnnotation(
							new FillInFieldAnnotation({
								inlineRange: {
									columnStart: match.index,
									columnEnd: match.index + match[0].length,
								},
							}),
						);
					}
				}
			},
		},
	};
}

export default defineEcConfig({
	plugins: [fillInFields()],
	shiki: {
		// Query languages runbooks use that Shiki does not bundle: shown as plain text rather than
		// warned about once per code block on every build.
		langAlias: { promql: 'txt', logql: 'txt', traceql: 'txt' },
	},
});
