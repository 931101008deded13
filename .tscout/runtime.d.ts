export * from './index.js';
export { bootstrap } from './bootstrap.js';
export { debug } from './report/log.js';
export { ownsProcessState } from './core/node-features.js';
