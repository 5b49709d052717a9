/**
 * What the editors' playground needs besides the elements: the schemas, every problem of a document
 * and its text in nb/nn/en. Built as its own file (dist/editor/), never part of a visitor bundle.
 */
export { strategySchema, goalsSchema } from './schemas/strategy.js';
export { meetingSchema, meetingListSchema } from './schemas/meeting.js';
export { listProblems, localizeProblem, describeJsonSyntaxError, problemPlace } from './problems.js';
