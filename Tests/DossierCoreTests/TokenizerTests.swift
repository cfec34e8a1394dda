import Testing

@testable import DossierCore

@Suite struct TokenizerTests {
    func words(_ s: String) -> [String] {
        let doc = TextDocument(s)
        return doc.tokens.indices.map { doc.string($0, $0 + 1) }
    }

    @Test func initialismsKeepTheirPeriods() {
        #expect(
            words("The U.S. and U.N. met in Washington, D.C. today.") == [
                "The", "U.S.", "and", "U.N.", "met", "in", "Washington", ",", "D.C.", "today", ".",
            ])
    }

    @Test func titlesAndMonthsKeepTheirPeriods() {
        #expect(
            words("Gen. Lee met Rep. Kim on Nov. 3.") == ["Gen.", "Lee", "met", "Rep.", "Kim", "on", "Nov.", "3", "."])
    }

    @Test func singleInitials() {
        let doc = TextDocument("John F. Kennedy spoke.")
        #expect(doc.string(1, 2) == "F.")
        #expect(doc.tokens[1].flags.contains(.initial))
    }

    @Test func possessivesSplitOff() {
        #expect(
            words("Moon’s trip and Coats’ claim and Russia's role") == [
                "Moon", "’s", "trip", "and", "Coats", "’", "claim", "and", "Russia", "'s", "role",
            ])
        let doc = TextDocument("Coats’ claim")
        #expect(doc.tokens[1].kind == .possessive)
    }

    @Test func contractionsAndNamesWithApostrophesStayWhole() {
        #expect(words("I don’t know O'Brien.") == ["I", "don’t", "know", "O'Brien", "."])
    }

    @Test func hyphenatedNamesStayWhole() {
        let doc = TextDocument("Kim Jong-un and the Moon-Putin summit")
        #expect(doc.string(1, 2) == "Jong-un")
        #expect(doc.tokens[1].flags.contains(.lowerAfterHyphen))
        #expect(doc.string(4, 5) == "Moon-Putin")
        #expect(!doc.tokens[4].flags.contains(.lowerAfterHyphen))
    }

    @Test func textGluedByLayoutFallsApart() {
        #expect(words("(CNN)Russian President") == ["(", "CNN", ")", "Russian", "President"])
    }

    @Test func quotesOpenAndCloseByContext() {
        let doc = TextDocument("He said \"yes,\" and “no” then ``maybe''.")
        let kinds = doc.tokens.map(\.kind)
        #expect(kinds.filter { $0 == .openQuote }.count == 3)
        #expect(kinds.filter { $0 == .closeQuote }.count == 3)
        #expect(doc.tokens[2].kind == .openQuote)
        #expect(doc.tokens[5].kind == .closeQuote)
    }

    @Test func dashesOfEveryKind() {
        let doc = TextDocument("March 29 (UPI) — Russia - no -- yes – maybe")
        #expect(doc.tokens.filter { $0.kind == .dash }.count == 4)
    }

    @Test func numbersWithSeparatorsAndSuffixes() {
        #expect(
            words("1,000 troops, 3.5 pct, 70th anniversary, the 1990s, at 10:30") == [
                "1,000", "troops", ",", "3.5", "pct", ",", "70th", "anniversary", ",", "the", "1990s", ",", "at",
                "10:30",
            ])
    }

    @Test func caseFoldedHashesAgree() {
        let a = TextDocument("RUSSIA Russia russia")
        #expect(a.tokens[0].hash == a.tokens[1].hash && a.tokens[1].hash == a.tokens[2].hash)
        let b = TextDocument("Moon’s Moon's")
        #expect(b.tokens[1].hash == b.tokens[3].hash)
    }

    @Test func nonASCIILettersAreWordCharacters() {
        #expect(words("Élysée Palace, Müller and Пескова") == ["Élysée", "Palace", ",", "Müller", "and", "Пескова"])
        let doc = TextDocument("Élysée")
        #expect(doc.tokens[0].flags.contains(.capitalized))
    }
}
