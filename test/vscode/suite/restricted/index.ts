/** The test entry of the restricted suite (Workspace Trust on, the folder not trusted): the same runner as ../index.ts. */
export { run } from '../index';
