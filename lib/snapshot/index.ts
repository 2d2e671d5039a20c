/**
 * Page snapshots: turn a page StageLens misread into a test page without the shop's data.
 *
 *   content script, on {type:'snapshot'}:  respondToSnapshot(document, location.href, adapter)
 *   side panel:                             shows result.html / notes / expected, then downloads
 *                                           result.files (two files) as Blobs
 *   developer:                              npm run fixture:add -- <platform>-<page>.html <…>.expected.json
 */
export { serializePage } from './serialize';
export { anonymiseHtml, anonymisePage, numberTokens, type AnonymiseOptions, type AnonymiseResult, type AnonymiseStats, type ReadingHint } from './anonymise';
export { makeSnapshot, snapshotFiles, type Snapshot, type SnapshotFile, type SnapshotOptions } from './make';
export { respondToSnapshot, type SnapshotResponse } from './respond';
export { keepLabelsFor, nameLabelsFor } from './keep';
export { parseSnapshot, attachShadowTemplates } from './parse';
export { expectedFrom, formatExpected, type SnapshotExpected } from './expected';
export { captureDiff } from './diff';
export { templateOf, reshapeNumber } from './reshape';
