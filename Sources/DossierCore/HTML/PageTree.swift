/// A page reduced to what extraction needs: elements and text nodes in document order (preorder),
/// each element's subtree a contiguous index range, all text in one byte buffer with white space
/// already collapsed. Built in one pass over libxml2's tree so that the later passes run over flat
/// arrays instead of chasing C pointers and making Swift strings.
struct PageTree {
    struct Node {
        var tag: HTMLTag
        var flags: NodeFlags
        /// Index of the parent element; -1 for the root.
        var parent: Int32
        /// One past the last node of this subtree.
        var end: Int32
        /// Text nodes: their collapsed bytes in `text`. Elements: their class in `attributes`.
        var start: Int32
        var stop: Int32
        /// Text nodes: visible characters (not bytes, not spaces), so that CJK text weighs like Latin.
        var chars: Int32
    }

    var nodes: [Node] = []
    var text: [UInt8] = []
    /// The class of each element, for rules that need more than the flags (and for debugging).
    var attributes: [UInt8] = []
    var metadata = PageSignals()

    func textString(_ i: Int) -> String {
        let n = nodes[i]
        return String(decoding: text[Int(n.start)..<Int(n.stop)], as: UTF8.self)
    }

    func attributeString(_ i: Int) -> String {
        let n = nodes[i]
        return String(decoding: attributes[Int(n.start)..<Int(n.stop)], as: UTF8.self)
    }

    /// The collapsed text of a subtree, without the content of skipped children; past `limit`
    /// bytes the rest is left out (callers that want a short byline need not read a whole page).
    func plainText(_ i: Int, limit: Int = 1 << 20) -> String {
        var out: [UInt8] = []
        var j = i
        let end = Int(nodes[i].end)
        while j < end && out.count <= limit {
            let n = nodes[j]
            if n.tag == .text {
                out.append(contentsOf: text[Int(n.start)..<Int(n.stop)])
            } else if n.tag.isBlock || n.tag == .br {
                out.append(32)
            }
            j += 1
        }
        return TextBytes.collapse(out)
    }
}

/// Metadata signals found while building the tree: the `<head>` and every structured hint in the body.
struct PageSignals {
    var title: String?
    var language: String?
    var canonical: String?
    /// `<meta>` tags as (lower-cased name, property, itemprop or http-equiv; content).
    var metas: [(key: String, value: String)] = []
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [[UInt8]] = []
    /// Microdata in the body: (itemprop, element index, its `content`/`datetime` attribute if any).
    var itemprops: [(prop: String, node: Int, value: String?)] = []
    /// `<time datetime=…>` elements: (element index, datetime).
    var times: [(node: Int, value: String)] = []
    /// `<h1>` elements, in order.
    var headings: [Int] = []
}
