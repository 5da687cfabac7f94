/**
 * Files larger than this are not read at all: no news article is 5 MB of text. In a module of its
 * own so the CLI's folder reader (src/cli/read-documents.ts) can use it without loading the pipeline.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
