/// A set of word forms looked up by token hash, each with a small tag. The extraction rules keep
/// their vocabularies (reporting verbs, event triggers, status cues) in these.
public struct WordSet: Sendable {
    private var index: HashIndex

    /// `spec` lists words separated by spaces or newlines; every word gets `tag`.
    public init(_ spec: String, tag: Int32 = 1) {
        index = HashIndex(capacity: 64)
        add(spec, tag: tag)
    }

    public init(tagged: [(String, Int32)]) {
        index = HashIndex(capacity: 64)
        for (spec, tag) in tagged { add(spec, tag: tag) }
    }

    private mutating func add(_ spec: String, tag: Int32) {
        for w in spec.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            index.set(TextHash.folded(String(w)), tag)
        }
    }

    @inline(__always)
    public func contains(_ hash: UInt64) -> Bool { index.lookup(hash) >= 0 }

    /// The tag of the word, or -1.
    @inline(__always)
    public func tag(_ hash: UInt64) -> Int32 { index.lookup(hash) }
}

/// Hashes of single words the rules test by name.
enum W {
    static let the = TextHash.folded("the")
    static let a = TextHash.folded("a")
    static let an = TextHash.folded("an")
    static let of = TextHash.folded("of")
    static let and = TextHash.folded("and")
    static let or = TextHash.folded("or")
    static let with = TextHash.folded("with")
    static let between = TextHash.folded("between")
    static let among = TextHash.folded("among")
    static let to = TextHash.folded("to")
    static let `in` = TextHash.folded("in")
    static let at = TextHash.folded("at")
    static let on = TextHash.folded("on")
    static let by = TextHash.folded("by")
    static let from = TextHash.folded("from")
    static let `for` = TextHash.folded("for")
    static let who = TextHash.folded("who")
    static let his = TextHash.folded("his")
    static let her = TextHash.folded("her")
    static let their = TextHash.folded("their")
    static let he = TextHash.folded("he")
    static let she = TextHash.folded("she")
    static let they = TextHash.folded("they")
    static let two = TextHash.folded("two")
    static let both = TextHash.folded("both")
    static let photo = TextHash.folded("photo")
    static let according = TextHash.folded("according")
    static let respectively = TextHash.folded("respectively")
    static let not = TextHash.folded("not")
    static let no = TextHash.folded("no")
    static let comma = Tokenizer.punctHash(",")
    static let colon = Tokenizer.punctHash(":")
    static let semicolon = Tokenizer.punctHash(";")
    static let period = Tokenizer.punctHash(".")
    static let lparen = Tokenizer.punctHash("(")
    static let rparen = Tokenizer.punctHash(")")
    static let lbracket = Tokenizer.punctHash("[")
    static let rbracket = Tokenizer.punctHash("]")
    static let slash = Tokenizer.punctHash("/")
    static let amp = Tokenizer.punctHash("&")
}

/// Vocabularies shared by the recognizer and the event rules.
enum Vocab {
    /// Verbs of saying; a name right before or after one is a speaker, hence a person or an
    /// organization, never a place.
    static let reporting = WordSet(
        """
        said says say saying told tells tell stated added adds noted notes announced announces
        reported reports claimed claims warned warns urged urges insisted insists explained explains wrote writes
        declared declares confirmed confirms denied denies argued argues asserted asserts remarked commented
        comments stressed stresses emphasized emphasised underlined indicated suggested suggests replied replies
        responded responds acknowledged admitted admits tweeted posted quoted quipped cautioned continued
        disclosed revealed reiterated pledged vowed predicted believes believed thinks thought mentioned
        testified testifies recalled recalls recounted conceded concedes observed answered alleged telling
        """)

    /// Words that open an apposition describing a person ("X, a researcher at …").
    static let determiners = WordSet("a an the his her their its our")

    /// Prepositions after which a capitalised name is usually a place.
    /// ("at" is left out: "a shot at Alvarez", "a researcher at Keio University".)
    static let placePrepositions = WordSet("in to from near outside inside into across toward towards via")

    static let pronounsMale = WordSet("he him his himself")
    static let pronounsFemale = WordSet("she her hers herself")
    static let pronounsPlural = WordSet("they them their themselves")
}
