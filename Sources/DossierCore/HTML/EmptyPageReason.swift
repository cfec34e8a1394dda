/// Says why a page gave no article text, in words a user can act on.
enum EmptyPageReason {
    static func explain(_ tree: PageTree) -> String {
        var visible: Int32 = 0
        var cookie: Int32 = 0
        var paywall: Int32 = 0
        // Which notice, if any, each text node sits in.
        var inCookie = [Bool](repeating: false, count: tree.nodes.count)
        var inPaywall = [Bool](repeating: false, count: tree.nodes.count)
        var hidden = [Bool](repeating: false, count: tree.nodes.count)
        for (i, n) in tree.nodes.enumerated() {
            let p = Int(n.parent)
            inCookie[i] = n.flags.contains(.cookieWord) || (p >= 0 && inCookie[p])
            inPaywall[i] = n.flags.contains(.paywallWord) || (p >= 0 && inPaywall[p])
            hidden[i] = n.flags.contains(.hidden) || (p >= 0 && hidden[p])
            guard n.tag == .text, !hidden[i] else { continue }
            visible += n.chars
            if inCookie[i] || mentions(tree, i, ["cookie", "consent"]) { cookie += n.chars }
            if inPaywall[i] || mentions(tree, i, ["subscribe", "subscription", "sign in", "log in"]) {
                paywall += n.chars
            }
        }
        if visible == 0 {
            return tree.metadata.jsonLD.isEmpty && tree.metadata.title == nil
                ? "the page has no text"
                : "the page has no visible text (its content is probably loaded by JavaScript)"
        }
        if cookie * 2 >= visible { return "the page is a cookie wall: it holds only a cookie or consent notice" }
        if paywall * 2 >= visible { return "the page is a paywall: it holds only a subscription or sign-in prompt" }
        return "the page has no article text: only navigation, links or short snippets (\(visible) characters of text)"
    }

    private static func mentions(_ tree: PageTree, _ i: Int, _ words: [String]) -> Bool {
        let text = tree.textString(i).lowercased()
        return words.contains { text.firstRange(of: $0) != nil }
    }
}
