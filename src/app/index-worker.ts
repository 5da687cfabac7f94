import { buffersOf } from '../domain/index-columns.ts';
import { readIndexFile, type IndexReply, type IndexRequest } from './index-reader.ts';

/**
 * The index worker: one request (the index file's URL), one reply (the checked columns, their
 * buffers transferred, or the reason the index cannot be read). Started by `readIndexOffThread`.
 */
interface WorkerScope {
  onmessage: ((message: MessageEvent<IndexRequest>) => void) | null;
  postMessage(reply: IndexReply, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  readIndexFile(new URL(data.url)).then(
    (reply) => scope.postMessage(reply, reply.ok ? buffersOf(reply.value) : []),
    (error: unknown) => scope.postMessage({ ok: false, reason: `Could not read the corpus index: ${error instanceof Error ? error.message : String(error)}` }, []),
  );
};
