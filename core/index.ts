export { openCore, type Core } from './core';
export { StartupError } from './db/errors';
