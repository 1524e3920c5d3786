export { foldEvents, type FoldEventsOptions } from './fold-events.js';
