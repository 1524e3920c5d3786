export { defineProjection, runProjection, type Projection } from './projection.js';
