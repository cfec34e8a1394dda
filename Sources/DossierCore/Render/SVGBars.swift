/// A horizontal bar chart: one row per bar, its label on the left, its value after the bar.
/// Horizontal because the labels are names, which are long and read badly when rotated.
enum SVGBars {
    static let width = 720.0
    static let rowHeight = 24.0
    static let fontSize = 12.0

    static func render(_ chart: ReportBars) -> String {
        let bars = chart.bars
        let labelWidth = min(240, max(60, bars.map { SVG.textWidth($0.label, fontSize: fontSize) }.max() ?? 60) + 16)
        let values = bars.map { NumberText.plain($0.value) }
        let valueWidth = (values.map { SVG.textWidth($0, fontSize: fontSize) }.max() ?? 20) + 10
        let top = 8.0
        var svg = SVG(width: width, height: top * 2 + Double(max(1, bars.count)) * rowHeight)
        let x0 = labelWidth
        let span = width - x0 - valueWidth - 8
        let maxValue = bars.map(\.value).max() ?? 0
        // Negative values are drawn as empty bars: counts are the use here, and a report says so in the value.
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * rowHeight
            let w = maxValue > 0 ? max(0, bar.value) / maxValue * span : 0
            let label = SVG.fit(bar.label, maxWidth: labelWidth - 8, fontSize: fontSize)
            svg.text(x0 - 8, y + rowHeight / 2 + 4, label, cssClass: "label", anchor: .end)
            svg.rect(
                x0, y + 4, max(w, bar.value > 0 ? 1 : 0), rowHeight - 8, cssClass: "bar", radius: 2,
                tooltip: "\(bar.label): \(values[i])")
            svg.text(x0 + w + 6, y + rowHeight / 2 + 4, values[i], cssClass: "value")
        }
        svg.line(x0, top, x0, top + Double(bars.count) * rowHeight, cssClass: "axis")
        return svg.element(label: chart.caption ?? "Bar chart", cssClass: "bars")
    }
}
