// Worker entry when the CLI runs from source under tsx (development, tests): Node 20 does
// not pass tsx's module hooks on to worker threads, so this worker registers them itself
// and then loads the TypeScript worker. Compiled runs (dist/) use render-worker.js directly.
import { register } from 'tsx/esm/api';

register();
const { default: renderTask } = await import('./render-worker.ts');
export default renderTask;
