export * from './channels.js';
export * from './client.js';
export * from './define.js';
export * from './events.js';
export * from './fields.js';
export * from './result.js';
export * from './bridge.js';
