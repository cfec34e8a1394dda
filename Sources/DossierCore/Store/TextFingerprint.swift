/// Fingerprints of an article's text: an exact hash of its normalized words, and a 64-bit simhash
/// over word trigrams for near duplicates (the same wire story republished with a different
/// headline, dateline or trailing credit).
struct TextFingerprint: Sendable {
    /// Hash of the lowercased alphanumeric words, so spacing and punctuation do not matter.
    var exact: String
    var simhash: UInt64
    var words: Int

    /// Articles shorter than this are only matched exactly: short items (price tables, one-line
    /// earnings reports) differ in a few numbers and would look alike.
    static let minimumWordsForNearDuplicates = 40
    /// Two simhashes at most this many bits apart are the same story.
    static let maximumDistance = 3

    init(text: String) {
        var wordHashes: [UInt64] = []
        wordHashes.reserveCapacity(text.utf8.count / 5)
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for b in text.utf8 {
            let isWord = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 128
            if isWord {
                let lower = (b >= 65 && b <= 90) ? b + 32 : b
                h ^= UInt64(lower)
                h &*= 0x100_0000_01b3
                inWord = true
            } else if inWord {
                wordHashes.append(h)
                h = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { wordHashes.append(h) }
        words = wordHashes.count
        var all: UInt64 = 0xcbf2_9ce4_8422_2325
        for w in wordHashes {
            all ^= w
            all &*= 0x100_0000_01b3
        }
        exact = Hashing.hex(all) + Hashing.hex(UInt64(words))
        simhash = TextFingerprint.simhash(wordHashes)
    }

    static func simhash(_ words: [UInt64]) -> UInt64 {
        guard words.count >= 3 else { return words.first ?? 0 }
        var counts = [Int](repeating: 0, count: 64)
        for i in 0..<(words.count - 2) {
            // Mix the trigram's word hashes (splitmix64 finalizer) into one well-spread value.
            var x = words[i] &+ words[i + 1] &* 0x9E37_79B9_7F4A_7C15 &+ words[i + 2] &* 0xC2B2_AE3D_27D4_EB4F
            x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
            x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
            x ^= x >> 31
            for bit in 0..<64 { counts[bit] += (x >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        var out: UInt64 = 0
        for bit in 0..<64 where counts[bit] > 0 { out |= 1 << UInt64(bit) }
        return out
    }

    /// The four 16-bit bands; two hashes within 3 bits share at least one band.
    var bands: [Int64] { (0..<4).map { Int64((simhash >> UInt64($0 * 16)) & 0xFFFF) } }
}
