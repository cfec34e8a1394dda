enum ExtractBench {
    static func run(_ args: [String]) throws {
        print("not written yet")
    }
}
