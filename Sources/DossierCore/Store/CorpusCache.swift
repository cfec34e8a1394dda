import Foundation
import GRDB

/// A folder of articles read once and kept as a database in the user's cache, so that the next
/// start over the same folder opens it instead of reading and analyzing every file again. The key
/// covers what can change the result: the files (paths, sizes, modification times) and the
/// program that analyzed them (its size and modification time).
public struct CorpusCache: Sendable {
    public let directory: String

    /// $XDG_CACHE_HOME/dossier or ~/.cache/dossier; nil when neither can be used.
    public static func standard() -> CorpusCache? {
        let env = ProcessInfo.processInfo.environment
        if env["DOSSIER_NO_CACHE"] != nil { return nil }
        let base = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? env["HOME"].map { $0 + "/.cache" }
        guard let base else { return nil }
        return CorpusCache(directory: base + "/dossier")
    }

    public init(directory: String) {
        self.directory = directory
    }

    /// The cache file for `files` of the folder `root`, whether or not it exists yet.
    public func path(root: String, files: [String]) -> String {
        let fm = FileManager.default
        var key: [UInt8] = Array(DossierVersion.string.utf8)
        // /proc/self/exe is a link made when the process starts: its target is the program.
        if let program = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
            let exe = try? fm.attributesOfItem(atPath: program)
        {
            key += Array("\(exe[.size] ?? 0)|\((exe[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)".utf8)
        }
        for file in files {
            let a = try? fm.attributesOfItem(atPath: file)
            let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
            key += Array(
                "\n\(absolute)|\(a?[.size] ?? 0)|\((a?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)".utf8)
        }
        let folder = Hashing.hex(Hashing.fnv1a(Array(URL(fileURLWithPath: root).standardizedFileURL.path.utf8)))
        return "\(directory)/corpus-\(folder)-\(Hashing.hex(Hashing.fnv1a(key))).sqlite"
    }

    /// The cached store, with the warnings its reading gave, if there is one.
    public func open(_ path: String) -> (Store, [String])? {
        guard FileManager.default.fileExists(atPath: path), let store = try? Store.open(path: path, create: false)
        else { return nil }
        // A store that cannot be read is no cache; one without warnings had none.
        let warnings: String?
        do {
            warnings = try store.read { db in
                try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'warnings'")
            }
        } catch {
            return nil
        }
        return (store, (warnings ?? "").split(separator: "\n").map(String.init))
    }

    /// Keeps `store` (an in-memory store just read) at `path`, replacing older copies of the same
    /// folder. Written to a temporary name and renamed, so a reader never sees half a file.
    public func save(_ store: Store, warnings: [String], at path: String) {
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let temporary = path + ".tmp-\(getpid())"
            try store.write { db in
                try db.execute(
                    sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('warnings', ?)",
                    arguments: [warnings.joined(separator: "\n")])
            }
            try store.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [temporary]) }
            guard rename(temporary, path) == 0 else {
                try? fm.removeItem(atPath: temporary)
                return
            }
            // Older copies of this folder are stale now.
            let fileName = (path as NSString).lastPathComponent
            let prefix = fileName.split(separator: "-").prefix(2).joined(separator: "-") + "-"
            for name in (try? fm.contentsOfDirectory(atPath: directory)) ?? []
            where name.hasPrefix(prefix) && !name.hasPrefix(fileName) && !name.contains(".tmp-") {
                try? fm.removeItem(atPath: directory + "/" + name)
            }
        } catch {
            // A cache that cannot be written only costs the next start its time.
        }
    }
}
