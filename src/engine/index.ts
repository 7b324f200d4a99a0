export { validateSources, type Report, type ValidateOptions } from './engine.ts';
export { validateProject, type ValidateProjectOptions } from './load.ts';
export { loadHandbookConfig, CONFIG_FILE } from './config.ts';
export { RULES, getRule, type RuleDefinition, type RuleId } from './rules/registry.ts';
export type { Problem, ProblemSeverity } from './problem.ts';
export type { SourceFile } from './parse/source.ts';
