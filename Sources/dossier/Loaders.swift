import DossierCore

/// The readers every command uses, with the options of the command line.
enum Loaders {
    static func standard(options: ReaderOptions = ReaderOptions()) -> FileLoader {
        ReaderRegistry.standard.fileLoader(options: options)
    }
}
