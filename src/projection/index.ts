export type { Projection } from './projection.js';
export { defineProjection } from './define-projection.js';
export { runProjection } from './run-projection.js';
