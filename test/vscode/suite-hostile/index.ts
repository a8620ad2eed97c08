/** The test entry of the hostile suite: the same runner as ./suite, over the test files beside this one. */
export { run } from '../suite/index';
