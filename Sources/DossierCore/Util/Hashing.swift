/// Content hashes for change and duplicate detection. Not cryptographic: they only have to tell
/// different texts apart, fast.
public enum Hashing {
    /// 64-bit FNV-1a.
    @inlinable
    public static func fnv1a<C: Collection>(_ bytes: C, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64
    where C.Element == UInt8 {
        var h = seed
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        return h
    }

    public static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// Hash of a file's bytes: its length and two FNV-1a passes with different seeds, so that two
    /// different files colliding needs a 128-bit collision.
    public static func contentHash(_ bytes: [UInt8]) -> String {
        hex(UInt64(bytes.count)) + hex(fnv1a(bytes)) + hex(fnv1a(bytes, seed: 0x84222325_cbf29ce4))
    }
}

extension Hashing {
    /// `contentHash` computed piece by piece, so a file is hashed without holding it whole.
    public struct ContentHasher {
        private var count = 0
        private var a: UInt64 = 0xcbf2_9ce4_8422_2325
        private var b: UInt64 = 0x84222325_cbf29ce4

        public init() {}

        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            // Both passes in one loop over the piece: the bytes are read from memory once.
            var a = self.a
            var b = self.b
            for byte in bytes {
                a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
                b = (b ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            self.a = a
            self.b = b
            count += bytes.count
        }

        public var value: String { hex(UInt64(count)) + hex(a) + hex(b) }
    }
}
