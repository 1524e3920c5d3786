export { timelineOf, type PositionChange, type Timeline } from './timeline.js';
export { diffOf, type CellChange } from './diff.js';
export { divergenceOf, type IssueDivergence, type Verdict } from './divergence.js';
export { alignmentOf, type PairAlignment } from './alignment.js';
