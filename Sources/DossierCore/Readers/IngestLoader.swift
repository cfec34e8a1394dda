extension ReaderRegistry {
    /// The registry as the ingest's `FileLoader`, for
    /// `Ingestor(store: store, load: ReaderRegistry.standard.fileLoader(options: options))`.
    /// Documents stream from the file as they are read, so a file of any size is read in
    /// bounded memory.
    public func fileLoader(options: ReaderOptions = ReaderOptions()) -> FileLoader {
        { path, each in
            let r = self.read(path: path, options: options) { each($0) }
            return LoadedFile(format: r.format, problems: r.problems, failure: r.fatal)
        }
    }
}
