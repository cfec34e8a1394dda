import CZlib
import Foundation
import Testing

@testable import DossierCore

#if canImport(Glibc)
    import Glibc
#endif

/// A fresh folder under /tmp for one test, removed by `remove()`.
struct TempFolder {
    let path: String

    init() {
        var template = Array("/tmp/dossier-readers-XXXXXX".utf8CString)
        let p = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        path = String(cString: p!)
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let full = path + "/" + name
        if let slash = name.lastIndex(of: "/") {
            var dir = path
            for part in name[..<slash].split(separator: "/") {
                dir += "/" + part
                mkdir(dir, 0o755)
            }
        }
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        precondition(fd >= 0, "cannot create \(full)")
        bytes.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + off, buf.count - off)
                precondition(n > 0)
                off += n
            }
        }
        close(fd)
        return full
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// gzip-compresses `bytes` with zlib's deflate, as `gzip` would.
func gzipped(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
    var stream = z_stream()
    let status = deflateInit2_(
        &stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    precondition(status == Z_OK)
    defer { deflateEnd(&stream) }
    var input = bytes
    var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
    let produced = input.withUnsafeMutableBufferPointer { inBuf in
        out.withUnsafeMutableBufferPointer { outBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = UInt32(inBuf.count)
            stream.next_out = outBuf.baseAddress
            stream.avail_out = UInt32(outBuf.count)
            let r = deflate(&stream, Z_FINISH)
            precondition(r == Z_STREAM_END)
            return outBuf.count - Int(stream.avail_out)
        }
    }
    return Array(out.prefix(produced))
}

/// Reads `bytes` as the file `name` through the standard pipeline, in memory.
func readBytes(_ bytes: [UInt8], as name: String, options: ReaderOptions = ReaderOptions()) -> FileReadResult {
    ReaderRegistry().read(bytes: bytes, file: name, options: options)
}

func readText(_ text: String, as name: String, options: ReaderOptions = ReaderOptions()) -> FileReadResult {
    readBytes(Array(text.utf8), as: name, options: options)
}
