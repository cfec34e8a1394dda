/// An open-addressing table from a 64-bit text hash to a small integer. The keys are already
/// well-mixed FNV hashes, so the table skips Swift's per-lookup SipHash, which dominated the
/// profile of lexicon lookups in the token loop.
public struct HashIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    public private(set) var count = 0

    public init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    public func get(_ key: UInt64) -> Int32? {
        let v = lookup(key)
        return v < 0 ? nil : v
    }

    /// The value stored for `key`, or -1.
    @inline(__always)
    public func lookup(_ key: UInt64) -> Int32 {
        let k = key == 0 ? 1 : key
        return withTables { keys, values, mask in
            var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
            while true {
                let s = keys[i]
                if s == k { return values[i] }
                if s == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always)
    func withTables<R>(_ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Int32>, Int) -> R) -> R {
        keys.withUnsafeBufferPointer { k in values.withUnsafeBufferPointer { v in body(k, v, mask) } }
    }

    /// Stores `value` for `key`, replacing what was there.
    public mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
        while true {
            if keys[i] == k {
                values[i] = value
                return
            }
            if keys[i] == 0 {
                keys[i] = k
                values[i] = value
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let size = keys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 { set(k, oldValues[i]) }
    }
}
