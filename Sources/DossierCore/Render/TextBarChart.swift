/// A bar chart as text for the REPL, in eighth blocks: labels on the left, bars scaled to the
/// largest value, the value after each bar.
///
///     meet    ████████████████████████ 12
///     visit   ████████████▏             6
public enum TextBarChart {
    public static func render(_ chart: ReportBars, style: TerminalStyle = .plain, width: Int = 40, labelWidth: Int = 32)
        -> String
    {
        var out = chart.caption.map { style.bold($0) + "\n" } ?? ""
        if chart.bars.isEmpty { return out + "(no data)\n" }
        let labels = chart.bars.map { DisplayWidth.truncate($0.label.isEmpty ? "(none)" : $0.label, to: labelWidth) }
        let column = labels.map(DisplayWidth.of).max() ?? 0
        let maximum = chart.bars.map(\.value).max() ?? 0
        let values = chart.bars.map { NumberText.plain($0.value) }
        let valueWidth = values.map(\.count).max() ?? 0
        for (i, bar) in chart.bars.enumerated() {
            let b = UnicodeBar.bar(bar.value, maximum: maximum, width: width)
            out +=
                DisplayWidth.pad(labels[i], to: column) + "  " + style.accent(b)
                + String(repeating: " ", count: max(0, width - DisplayWidth.of(b))) + " "
                + DisplayWidth.pad(values[i], to: valueWidth, right: true) + "\n"
        }
        if let note = chart.note { out += style.dim("(\(note))") + "\n" }
        return out
    }
}
