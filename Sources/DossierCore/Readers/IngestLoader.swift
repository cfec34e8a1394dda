extension ReaderRegistry {
    /// The registry as the ingest's `FileLoader`, for
    /// `Ingestor(store: store, load: ReaderRegistry.standard.fileLoader(options: options))`.
    /// The ingest has the bytes already (it hashes them), so they are read from memory, in the
    /// same pieces and with the same messages as a file read from disk.
    public func fileLoader(options: ReaderOptions = ReaderOptions()) -> FileLoader {
        { path, bytes in
            let r = self.read(bytes: bytes, file: path, options: options)
            return LoadedFile(format: r.format, documents: r.documents, problems: r.problems, failure: r.fatal)
        }
    }
}
