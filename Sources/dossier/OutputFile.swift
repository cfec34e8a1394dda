import DossierCore
import Foundation

/// Standard output, or a file written under a temporary name and renamed when complete, so that
/// a failed run never leaves a half-written file behind.
final class OutputFile {
    private let path: String?
    private let temporary: String?
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        self.path = path == "-" ? nil : path
        if let path = self.path {
            let tmp = path + ".tmp-\(getpid())"
            guard FileManager.default.createFile(atPath: tmp, contents: nil) else {
                throw DossierError("\(path): cannot create the file")
            }
            temporary = tmp
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: tmp))
        } else {
            temporary = nil
            handle = FileHandle.standardOutput
        }
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() throws {
        try flush()
        if let temporary, let path {
            try handle.close()
            if rename(temporary, path) != 0 {
                throw DossierError("\(path): cannot write the file (\(String(cString: strerror(errno))))")
            }
        }
    }

    deinit {
        if let temporary, FileManager.default.fileExists(atPath: temporary) {
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }
}
