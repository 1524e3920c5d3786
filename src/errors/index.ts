export { ValidationError } from './validation-error.js';
export { formatProblem, formatPath, type Problem, type ProblemCode } from './problem.js';
