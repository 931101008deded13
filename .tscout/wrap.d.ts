export * from './wrap/wrap.js';
