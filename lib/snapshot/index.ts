/**
 * Page snapshots: turn a page StageLens misread into a test page without the shop's data.
 *
 *   content script, on {type:'snapshot'}:  respondToSnapshot(document, location.href, adapter):
 *                                           the page saved (serializePage) + the live reading
 *   side panel:                             finishSnapshot(reply) (anonymise, expected, URL), shows
 *                                           html (as text) / url / notes / expected, then downloads
 *                                           snapshotZip(result): <platform>-<page>.zip
 *   developer:                              npm run fixture:add -- <platform>-<page>.zip
 */
export { serializePage } from './serialize';
export { anonymisePage, numberTokens, type AnonymiseOptions, type AnonymiseResult, type AnonymiseStats, type ReadingHint } from './anonymise';
export { makeSnapshot, snapshotFromSaved, type Snapshot, type SnapshotOptions } from './make';
export { finishSnapshot } from './finish';
export { snapshotBase, snapshotFiles, snapshotZip, type SnapshotFile } from './files';
export { zipFiles, unzipFiles, type ZipEntry } from './zip';
export { respondToSnapshot, type SnapshotResponse } from './respond';
export { keepLabelsFor, nameLabelsFor } from './keep';
export { parseSnapshot, attachShadowTemplates } from './parse';
export { expectedFrom, formatExpected, type SnapshotExpected } from './expected';
export { captureDiff } from './diff';
export { templateOf } from './reshape';
