import Foundation

/// FileManager calls used by the walker, kept in one place.
struct FileManagerBox: Sendable {
    static let shared = FileManagerBox()

    func exists(_ path: String, _ isDir: inout Bool) -> Bool {
        var d: ObjCBool = false
        let e = FileManager.default.fileExists(atPath: path, isDirectory: &d)
        isDir = d.boolValue
        return e
    }

    func walk(_ root: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") {
                e.skipDescendants()
                continue
            }
            let full = root.hasSuffix("/") ? root + rel : root + "/" + rel
            var isDir = false
            if exists(full, &isDir), !isDir { out.append(full) }
        }
        return out.sorted()
    }
}
