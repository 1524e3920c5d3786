// The `positions-ledger/dataset` entry: Node only (it reads files).
export { bundledDatasetFolder, loadDataset, readDataset, type Dataset } from './load-dataset.js';
export { SourceDocumentSchema, SourcesFileSchema, type SourceDocument } from './source-documents.js';
