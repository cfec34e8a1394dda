#if canImport(Glibc)
    import Glibc
#endif

extension ReaderRegistry {
    /// Names skipped in folders: operating-system and editor litter, never articles.
    static let junkNames: Set<String> = ["Thumbs.db", "desktop.ini", "Icon\r", "__MACOSX"]

    /// The files to read for `paths`: files as given, folders expanded recursively with their
    /// entries sorted by name (byte order, so the result is the same on every machine). Hidden
    /// entries (".DS_Store", ".git") and editor backups ("a.txt~", ".a.txt.swp") are skipped inside
    /// folders; a path given explicitly is kept even if hidden, and one that does not exist is kept
    /// too, so reading it reports "no such file". Symbolic links are followed, but a folder already
    /// on the way down is not entered again, so link loops end.
    public static func files(in paths: [String]) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        for path in paths {
            var st = stat()
            if stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR {
                var ancestors: Set<FileID> = []
                walk(path, into: &out, ancestors: &ancestors)
            } else {
                out.append(path)
            }
        }
        return out.filter { seen.insert($0).inserted }
    }

    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static func walk(_ folder: String, into out: inout [String], ancestors: inout Set<FileID>) {
        var st = stat()
        guard stat(folder, &st) == 0 else { return }
        let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        guard ancestors.insert(id).inserted else { return }  // a link back up: a loop
        defer { ancestors.remove(id) }
        for name in entries(of: folder) {
            if name.hasPrefix(".") || name.hasSuffix("~") || junkNames.contains(name) { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var est = stat()
            guard stat(path, &est) == 0 else {
                out.append(path)  // a dangling link: reading it will say so
                continue
            }
            switch est.st_mode & S_IFMT {
            case S_IFDIR: walk(path, into: &out, ancestors: &ancestors)
            case S_IFREG: out.append(path)
            default: continue  // sockets, devices, pipes in a folder are not articles
            }
        }
    }

    /// The names in a folder, sorted by their bytes.
    private static func entries(of folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
