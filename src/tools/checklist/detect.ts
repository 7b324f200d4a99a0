/**
 * Whether rendered Markdown holds a GitHub task list, the only content the checklist tracker
 * wraps. Markdown renders each task as `<li class="task-list-item"><input type="checkbox" disabled>`;
 * the disabled box is what tells it apart from a component's own interactive checklist (such as the
 * severity picker's first actions). A task list shown inside a code block is escaped (`&lt;li`) and
 * does not match.
 */
const MARKDOWN_TASK =
	/<li\b[^>]*\bclass="(?:[^"]*\s)?task-list-item(?:\s[^"]*)?"[^>]*>\s*(?:<p>\s*)?<input\b(?=[^>]*\stype="?checkbox\b)(?=[^>]*\sdisabled\b)/;

export function hasTaskList(html: string): boolean {
	return MARKDOWN_TASK.test(html);
}
