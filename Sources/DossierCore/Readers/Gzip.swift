internal import CZlib

/// Inflates gzip data piece by piece: several members one after another (as `cat a.gz b.gz` and
/// bgzip write them), with a cap on the output so a decompression bomb stops early instead of
/// filling memory or the disk.
final class GzipInflater {
    private let stream: UnsafeMutablePointer<z_stream>
    /// zlib writes here and the bytes are appended to the caller's array: Swift arrays cannot lend
    /// uninitialized capacity, and zero-filling then trimming costs as much as this copy.
    private let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256 << 10)
    private let maxOutput: Int
    /// Compressed bytes given so far, and inflated bytes produced.
    private(set) var totalIn = 0
    private(set) var totalOut = 0
    /// True between members: the previous one ended and the next has not begun.
    private var atMemberBoundary = false
    private var finished = false
    /// Set once data after the last member turned out not to be gzip; the rest is ignored.
    private(set) var trailingGarbageAt: Int?

    /// A stream inflating to 30 times its input past this size is taken for a bomb: news text
    /// compresses 3 to 5 times, and zlib cannot exceed about 1,032.
    private static let bombCheckAfter = 256 << 20
    private static let bombRatio = 30

    init(maxOutput: Int) {
        self.maxOutput = maxOutput
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 16: a gzip wrapper only; a raw zlib stream is not what a .gz file holds.
        let status = inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "inflateInit2 failed: \(status)")
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        scratch.deallocate()
    }

    /// Inflates `input`, appending to `output`.
    func inflate(_ input: ArraySlice<UInt8>, into output: inout [UInt8]) throws(ReaderError) {
        guard !input.isEmpty, trailingGarbageAt == nil else {
            totalIn += input.count
            return
        }
        var rest = input
        while !rest.isEmpty {
            if atMemberBoundary {
                // Some writers pad a gzip file with zeros; anything else after a member must be
                // another member, or it is reported and dropped.
                if let i = rest.firstIndex(where: { $0 != 0 }) {
                    totalIn += i - rest.startIndex
                    rest = rest[i...]
                } else {
                    totalIn += rest.count
                    return
                }
                if rest[rest.startIndex] != 0x1F {
                    trailingGarbageAt = totalIn
                    totalIn += rest.count
                    return
                }
                inflateReset(stream)
                atMemberBoundary = false
            }
            let consumed = try inflateOnce(rest, into: &output)
            rest = rest.dropFirst(consumed)
        }
    }

    /// Feeds as much of `input` as zlib takes before a member ends; returns how much it took.
    private func inflateOnce(_ input: ArraySlice<UInt8>, into output: inout [UInt8]) throws(ReaderError) -> Int {
        var consumed = 0
        var failure: ReaderError?
        input.withUnsafeBufferPointer { inBuf in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress!)
            stream.pointee.avail_in = UInt32(inBuf.count)
            while true {
                stream.pointee.next_out = scratch.baseAddress!
                stream.pointee.avail_out = UInt32(scratch.count)
                let status = CZlib.inflate(stream, Z_NO_FLUSH)
                let produced = scratch.count - Int(stream.pointee.avail_out)
                output.append(contentsOf: scratch[0..<produced])
                totalOut += produced
                if status == Z_STREAM_END {
                    atMemberBoundary = true
                    break
                }
                if status != Z_OK && status != Z_BUF_ERROR {
                    let detail = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                    let at = totalIn + inBuf.count - Int(stream.pointee.avail_in)
                    failure = ReaderError("corrupt gzip data at byte \(at): \(detail)")
                    break
                }
                if totalOut > maxOutput {
                    failure = ReaderError(
                        "gzip stream inflates past the \(formatBytes(maxOutput)) limit; stopped (a decompression bomb?)"
                    )
                    break
                }
                if totalOut > Self.bombCheckAfter, totalOut > Self.bombRatio * max(1, totalIn + inBuf.count) {
                    failure = ReaderError(
                        "gzip stream inflates more than \(Self.bombRatio) times (\(formatBytes(totalOut)) so far); "
                            + "stopped as a likely decompression bomb")
                    break
                }
                // A full output buffer means zlib may have more to give; otherwise it wants input.
                if produced < scratch.count { break }
            }
            consumed = inBuf.count - Int(stream.pointee.avail_in)
        }
        totalIn += consumed
        if let failure { throw failure }
        return consumed
    }

    /// The input has ended: throws if it ended inside a member.
    func finish() throws(ReaderError) {
        guard !finished else { return }
        finished = true
        if !atMemberBoundary {
            throw ReaderError("truncated gzip stream after \(totalIn) bytes")
        }
    }

    /// Inflates a whole buffer (tests, small files).
    static func gunzip(_ bytes: [UInt8], maxOutput: Int = 1 << 30) throws(ReaderError) -> [UInt8] {
        let inflater = GzipInflater(maxOutput: maxOutput)
        var out: [UInt8] = []
        try inflater.inflate(bytes[...], into: &out)
        try inflater.finish()
        return out
    }

    /// True when `bytes` begin with the gzip magic number.
    static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var it = bytes.makeIterator()
        return it.next() == 0x1F && it.next() == 0x8B
    }
}

/// "1.5 MB", "820 KB", "37 bytes": sizes in messages, in powers of 1,024 as `ls -h` gives them.
func formatBytes(_ n: Int) -> String {
    if n < 1024 { return "\(n) bytes" }
    let units = ["KB", "MB", "GB", "TB"]
    var value = Double(n) / 1024
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
        value /= 1024
        unit += 1
    }
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 || tenths >= 1000
        ? "\(tenths / 10) \(units[unit])" : "\(tenths / 10).\(tenths % 10) \(units[unit])"
}
