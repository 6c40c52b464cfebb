// Prints checker problems the way editors read them: file:line, field, message; then a tally.
import type { Problem } from './check-content';

export function formatProblem({ severity, file, line, field, message }: Problem): string {
  const where = line ? `${file}:${line}` : file;
  return `${severity === 'error' ? '✗' : '!'} ${where}${field ? ` ${field}:` : ''} ${message}`;
}

export function formatReport(problems: Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const tally =
    problems.length === 0
      ? '✓ content checked: no problems'
      : `${errors.length} error(s), ${warnings} warning(s) in ${files} file(s)` +
        (errors.length ? ' — the site will not build until the errors are fixed' : '');
  return [...problems.map(formatProblem), tally].join('\n');
}

export const hasErrors = (problems: Problem[]) => problems.some((problem) => problem.severity === 'error');
