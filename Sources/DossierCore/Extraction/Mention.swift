/// One place a name, a demonym or a descriptor occurs, before linking decides which entity it is.
struct Mention: Sendable {
    enum Form: UInt8, Sendable {
        /// A name ("Vladimir Putin", "Putin", "Kremlin").
        case name
        /// A country adjective ("Russian").
        case adjective
        /// The people of a country ("North Koreans").
        case people
        /// One side of a hyphenated pair ("Moon" of "Moon-Putin summit").
        case part
        /// A definite description of a person ("the Russian leader", "the minister").
        case descriptor
    }

    struct Evidence: OptionSet, Sendable {
        let rawValue: UInt32
        static let titleBefore = Evidence(rawValue: 1 << 0)
        static let givenName = Evidence(rawValue: 1 << 1)
        static let eastAsian = Evidence(rawValue: 1 << 2)
        static let speaker = Evidence(rawValue: 1 << 3)
        static let apposition = Evidence(rawValue: 1 << 4)
        static let sentenceInitial = Evidence(rawValue: 1 << 5)
        static let placeContext = Evidence(rawValue: 1 << 6)
        static let orgShape = Evidence(rawValue: 1 << 7)
        static let mediaShape = Evidence(rawValue: 1 << 8)
        static let placeShape = Evidence(rawValue: 1 << 9)
        static let eventShape = Evidence(rawValue: 1 << 10)
        static let acronym = Evidence(rawValue: 1 << 11)
        static let caption = Evidence(rawValue: 1 << 12)
        static let sourceTag = Evidence(rawValue: 1 << 13)
        static let mediaContext = Evidence(rawValue: 1 << 14)
        static let personContext = Evidence(rawValue: 1 << 15)
        static let headline = Evidence(rawValue: 1 << 16)
        static let inParens = Evidence(rawValue: 1 << 17)
        static let possessive = Evidence(rawValue: 1 << 18)
        /// A modal follows ("Putin would …"): a person, unless it opens the sentence ("Proceeds will …").
        static let modalAfter = Evidence(rawValue: 1 << 19)
        /// Where someone goes: "a visit to X", "arrived in X", "left for X".
        static let destination = Evidence(rawValue: 1 << 20)
    }

    var start: Int32
    var end: Int32
    /// Byte offsets; narrower than the tokens for a part of a hyphenated pair.
    var byteStart: Int32
    var byteEnd: Int32
    var sentence: Int32
    var form: Form
    var kind: EntityKind?
    /// Gazetteer entry, or -1 for a name found from its shape and context.
    var gaz: Int32 = -1
    var isMedia = false
    var evidence: Evidence = []
    /// Title or role words that qualify a person ("President", "Kremlin spokesman"), tokens.
    var titleStart: Int32 = -1
    var titleEnd: Int32 = -1
    var title: TitleCategory = .none
    /// Start of the whole role phrase including modifiers ("Kremlin" of "Kremlin spokesman").
    var roleStart: Int32 = -1
    /// Country given by a modifier ("Russian President", "South Korea's", "Kremlin spokesman").
    var country: Int32 = -1
    /// Another mention this one is related to: the owner for "his wife", the org for a spokesman.
    var relatedTo: Int32 = -1
    /// Hash of the folded name, for grouping equal forms.
    var nameHash: UInt64 = 0
    /// The entity it was linked to (index into the article's entities), or -1.
    var entity: Int32 = -1

    var tokenCount: Int { Int(end - start) }
}
