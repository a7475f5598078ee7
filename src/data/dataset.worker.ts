/**
 * Module Web Worker: decodes, parses and validates an opened dataset file off the main
 * thread, so a 50 MB file never freezes the page. Receives `{ name, buffer }` (the file's
 * bytes, transferred) or `{ name, text }`; posts `progress` messages, then `done` with the
 * validated dataset or `error` with the problems. It never touches the network.
 */
import type { DatasetJobMessage, DatasetJobRequest } from './dataset-job';
import { runDatasetJob } from './parse-dataset-file';

interface WorkerScope {
  onmessage: ((event: MessageEvent<DatasetJobRequest>) => void) | null;
  postMessage(message: DatasetJobMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void runDatasetJob(event.data, (message) => scope.postMessage(message));
};
