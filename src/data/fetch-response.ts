import { DatasetError } from './dataset-error';
import { errorText } from './dataset-job';

/** The response for a dataset file, or a DatasetError saying why there is none. */
export async function fetchDatasetResponse(
  url: string,
  name: string,
  signal?: AbortSignal,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(`Could not reach ${name}: ${errorText(error)}`);
  }
  if (!response.ok) {
    throw new DatasetError(
      `Could not load ${name}: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  return response;
}

/** Parsed JSON, or a DatasetError for text that is not JSON. */
export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new DatasetError(`${name} is not valid JSON: ${errorText(error)}`);
  }
}
