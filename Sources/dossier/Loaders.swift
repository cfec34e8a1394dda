import DossierCore

/// The file loader every command uses.
enum Loaders {
    static let standard: FileLoader = TextFileLoader.load
}

/// Expands folders into the files under them, sorted, skipping hidden ones.
enum FileWalker {
    static func files(in paths: [String]) -> [String] {
        var out: [String] = []
        let fm = FileManagerBox.shared
        for path in paths {
            var isDir = false
            if fm.exists(path, &isDir), isDir {
                out += fm.walk(path)
            } else {
                out.append(path)
            }
        }
        return out
    }
}
