import Foundation

/// A small writer of inline SVG for the HTML report's charts. Shapes carry class names that the
/// report's stylesheet colours (so a chart follows the page into print), numbers go through
/// `NumberText` (so output is byte-stable), and all text is escaped.
struct SVG {
    private(set) var body = ""
    let width: Double
    var height: Double

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    static func n(_ v: Double) -> String { NumberText.coordinate(v) }

    /// The finished element; `label` is its accessible name.
    func element(label: String, cssClass: String) -> String {
        "<svg class=\"chart \(cssClass)\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(height))\" width=\"\(SVG.n(width))\" "
            + "height=\"\(SVG.n(height))\" role=\"img\" aria-label=\"\(Escaping.html(label))\" "
            + "xmlns=\"http://www.w3.org/2000/svg\">\n" + body + "</svg>\n"
    }

    mutating func raw(_ s: String) { body += s }

    mutating func open(_ tag: String, _ attributes: String = "") {
        body += "<\(tag)" + (attributes.isEmpty ? "" : " " + attributes) + ">"
    }

    mutating func close(_ tag: String) { body += "</\(tag)>\n" }

    /// A tooltip for the enclosing shape (browsers show it on hover; screen readers read it).
    mutating func title(_ text: String) { body += "<title>\(Escaping.html(text))</title>" }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cssClass: String, style: String? = nil) {
        body +=
            "<line class=\"\(cssClass)\" x1=\"\(SVG.n(x1))\" y1=\"\(SVG.n(y1))\" x2=\"\(SVG.n(x2))\" y2=\"\(SVG.n(y2))\""
            + (style.map { " style=\"\($0)\"" } ?? "") + "/>\n"
    }

    mutating func rect(
        _ x: Double, _ y: Double, _ w: Double, _ h: Double, cssClass: String, radius: Double = 0, tooltip: String? = nil
    ) {
        let r = radius > 0 ? " rx=\"\(SVG.n(radius))\"" : ""
        let shape =
            "<rect class=\"\(cssClass)\" x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(max(0, w)))\" height=\"\(SVG.n(max(0, h)))\"\(r)"
        if let tooltip {
            body += shape + "><title>\(Escaping.html(tooltip))</title></rect>\n"
        } else {
            body += shape + "/>\n"
        }
    }

    mutating func circle(_ cx: Double, _ cy: Double, _ r: Double, cssClass: String, tooltip: String? = nil) {
        let shape = "<circle class=\"\(cssClass)\" cx=\"\(SVG.n(cx))\" cy=\"\(SVG.n(cy))\" r=\"\(SVG.n(r))\""
        if let tooltip {
            body += shape + "><title>\(Escaping.html(tooltip))</title></circle>\n"
        } else {
            body += shape + "/>\n"
        }
    }

    mutating func path(_ d: String, cssClass: String) {
        body += "<path class=\"\(cssClass)\" d=\"\(d)\"/>\n"
    }

    enum Anchor: String {
        case start, middle, end
    }

    mutating func text(_ x: Double, _ y: Double, _ s: String, cssClass: String, anchor: Anchor = .start) {
        let a = anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\""
        body += "<text class=\"\(cssClass)\" x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\"\(a)>\(Escaping.html(s))</text>\n"
    }

    /// An estimate of a label's width in pixels at `fontSize` in a sans-serif face, used to make
    /// room for labels; East Asian characters count double.
    static func textWidth(_ s: String, fontSize: Double) -> Double {
        Double(DisplayWidth.of(s)) * fontSize * 0.56
    }

    /// `s` cut (with "…") to fit `maxWidth` pixels.
    static func fit(_ s: String, maxWidth: Double, fontSize: Double) -> String {
        let columns = Int(maxWidth / (fontSize * 0.56))
        return DisplayWidth.truncate(s, to: max(2, columns))
    }

    /// A pie slice of a circle from `start` to `end` (fractions of a turn, clockwise from the top).
    static func slice(cx: Double, cy: Double, r: Double, start: Double, end: Double) -> String {
        func point(_ t: Double) -> (Double, Double) {
            let a = (t - 0.25) * 2 * Double.pi
            return (cx + r * cos(a), cy + r * sin(a))
        }
        let (x0, y0) = point(start)
        let (x1, y1) = point(end)
        let large = end - start > 0.5 ? 1 : 0
        return "M\(n(cx)) \(n(cy))L\(n(x0)) \(n(y0))A\(n(r)) \(n(r)) 0 \(large) 1 \(n(x1)) \(n(y1))Z"
    }
}

/// The status and kind names the stylesheet has colours for; anything else gets a neutral class.
enum ChartClasses {
    static let statuses = ["occurred", "planned", "speculated", "denied"]
    static let kinds = ["person", "country", "place", "organization"]

    static func status(_ s: String) -> String { statuses.contains(s) ? "st-\(s)" : "st-other" }
    static func kind(_ k: String) -> String { kinds.contains(k) ? "k-\(k)" : "k-other" }
}
