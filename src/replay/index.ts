export { foldEvents } from './fold-events.js';
export type { FoldEventsOptions } from './fold-events-options.js';
export { FoldWorkspace } from './fold-workspace.js';
