internal import CZlib

/// Gunzip for the HTML benchmark pages (`*.html.gz`) in the bench and the tests. Package-only:
/// the readers' own gzip support is what users get; this stays out of the public API.
package enum HTMLGunzip {
    /// The decompressed bytes of a gzip (or zlib) stream; nil when the stream is corrupt.
    /// A stream cut short gives what could be decompressed.
    package static func gunzip(_ input: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        // 15 window bits + 32: detect gzip or zlib headers.
        guard inflateInit2_(&stream, 47, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 5)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        return input.withUnsafeBufferPointer { inBuf -> [UInt8]? in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = UInt32(inBuf.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { outBuf -> Int32 in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(outBuf.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                switch status {
                case Z_STREAM_END: return output
                case Z_OK: continue
                case Z_BUF_ERROR: return output
                default: return output.isEmpty ? nil : output
                }
            }
        }
    }
}
