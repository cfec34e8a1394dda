/// The event timeline as a chart: time runs left to right, one lane per event type; an event
/// known to the day is a dot, one known only to the month or year a bar over that span. A dot
/// is coloured by status, and split like a pie when the sources disagree (planned here, denied
/// there), so disputed events stand out. Dots are numbered to match the list under the chart.
enum SVGTimeline {
    static let width = 720.0
    static let left = 84.0
    static let right = 16.0
    static let rowHeight = 20.0
    static let radius = 7.0
    static let maxRows = 8
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    struct Placed {
        var number: Int
        var item: ReportTimeline.Item
        var lo: Int
        var hi: Int
        var isPoint: Bool
        var row = 0
    }

    /// Lane order: the four extracted types first, in the order of the model, then any other.
    static func laneOrder(_ types: [String]) -> [String] {
        let known = EventType.allCases.map(\.rawValue)
        let present = Set(types)
        return known.filter(present.contains) + present.subtracting(known).sorted()
    }

    static func render(_ timeline: ReportTimeline) -> String {
        var placed: [Placed] = []
        for (i, item) in timeline.dated.enumerated() {
            guard let lo = PartialDate(iso: item.date!.lowerBound!)?.dayNumber,
                let hi = PartialDate(iso: item.date!.upperBound!)?.dayNumber
            else { continue }
            placed.append(Placed(number: i + 1, item: item, lo: lo, hi: hi, isPoint: item.date!.precision == .day))
        }
        guard !placed.isEmpty else { return "" }
        var start = placed.map(\.lo).min()!
        var end = placed.map(\.hi).max()! + 1
        if end - start < 7 {
            // A short span still shows a week, so one day is not stretched across the page.
            let pad = 7 - (end - start)
            start -= pad / 2
            end += pad - pad / 2
        } else {
            // A little room at both ends, so the first and last dots are not on the frame.
            let pad = max(1, (end - start) / 40)
            start -= pad
            end += pad
        }
        let plotWidth = width - left - right
        let days = Double(end - start)
        func x(_ day: Double) -> Double { left + (day - Double(start)) / days * plotWidth }
        let labelled = placed.count <= 60
        let labelFont = 10.0

        // Rows within each lane: greedy packing of the pixel extents, so dots do not hide each other.
        let lanes = laneOrder(placed.map(\.item.type))
        var rowsPerLane: [String: Int] = [:]
        for lane in lanes {
            var rowEnds: [Double] = []
            for i in placed.indices where placed[i].item.type == lane {
                let p = placed[i]
                let a = p.isPoint ? x(Double(p.lo) + 0.5) - radius : x(Double(p.lo))
                var b = p.isPoint ? x(Double(p.lo) + 0.5) + radius : x(Double(p.hi + 1))
                if labelled { b += 3 + SVG.textWidth(String(p.number), fontSize: labelFont) }
                if let row = rowEnds.firstIndex(where: { $0 + 2 <= a }) {
                    placed[i].row = row
                    rowEnds[row] = b
                } else if rowEnds.count < maxRows {
                    placed[i].row = rowEnds.count
                    rowEnds.append(b)
                } else {
                    // A crowded lane: overlap in the row that frees up first rather than grow without end.
                    let row = rowEnds.indices.min { rowEnds[$0] < rowEnds[$1] }!
                    placed[i].row = row
                    rowEnds[row] = max(rowEnds[row], b)
                }
            }
            rowsPerLane[lane] = max(1, rowEnds.count)
        }

        let top = 8.0
        var laneTop: [String: Double] = [:]
        var y = top
        for lane in lanes {
            laneTop[lane] = y
            y += Double(rowsPerLane[lane]!) * rowHeight + 10
        }
        let axisY = y
        let height = axisY + 28 + 26
        var svg = SVG(width: width, height: height)

        for (i, lane) in lanes.enumerated() {
            let t = laneTop[lane]!
            let h = Double(rowsPerLane[lane]!) * rowHeight + 10
            if i % 2 == 0 { svg.rect(left, t, plotWidth, h, cssClass: "lane") }
            svg.text(left - 8, t + h / 2 + 4, lane, cssClass: "lane-label", anchor: .end)
        }
        ticks(&svg, start: start, end: end, x: x, top: top, axisY: axisY)

        for p in placed {
            let cy = laneTop[p.item.type]! + 5 + Double(p.row) * rowHeight + rowHeight / 2
            let statuses = p.item.statuses.isEmpty ? ["other"] : p.item.statuses
            let tip = tooltip(p)
            var labelX: Double
            if p.isPoint {
                let cx = x(Double(p.lo) + 0.5)
                svg.open("g", "class=\"event\"")
                svg.title(tip)
                if statuses.count == 1 {
                    svg.circle(cx, cy, radius, cssClass: "mark \(ChartClasses.status(statuses[0]))")
                } else {
                    let k = Double(statuses.count)
                    for (j, s) in statuses.enumerated() {
                        svg.path(
                            SVG.slice(cx: cx, cy: cy, r: radius, start: Double(j) / k, end: Double(j + 1) / k),
                            cssClass: "mark \(ChartClasses.status(s))")
                    }
                    svg.circle(cx, cy, radius, cssClass: "ring")
                }
                svg.close("g")
                labelX = cx + radius + 3
            } else {
                let x0 = x(Double(p.lo))
                let x1 = x(Double(p.hi + 1))
                let band = 10.0 / Double(statuses.count)
                svg.open("g", "class=\"event\"")
                svg.title(tip)
                for (j, s) in statuses.enumerated() {
                    svg.rect(x0, cy - 5 + Double(j) * band, x1 - x0, band, cssClass: "span \(ChartClasses.status(s))")
                }
                svg.rect(x0, cy - 5, x1 - x0, 10, cssClass: "ring", radius: 2)
                svg.close("g")
                labelX = x1 + 3
            }
            if labelled { svg.text(labelX, cy + 3.5, String(p.number), cssClass: "num") }
        }
        legend(
            &svg, y: axisY + 34, statuses: Set(placed.flatMap(\.item.statuses)), spans: placed.contains { !$0.isPoint })
        return svg.element(label: timeline.caption ?? "Timeline of events", cssClass: "timeline")
    }

    static func tooltip(_ p: Placed) -> String {
        var s = "\(p.number). \(p.item.date!.iso) \(p.item.type): \(p.item.summary)"
        if !p.item.statuses.isEmpty { s += " [\(p.item.statuses.joined(separator: ", "))]" }
        if !p.item.sources.isEmpty { s += " — \(p.item.sources.joined(separator: ", "))" }
        return s
    }

    /// Tick marks at days, weeks, months or years, whichever leaves labels at least ~56 px apart.
    static func ticks(_ svg: inout SVG, start: Int, end: Int, x: (Double) -> Double, top: Double, axisY: Double) {
        let plotWidth = width - left - right
        let pxPerDay = plotWidth / Double(end - start)
        svg.line(left, axisY, width - right, axisY, cssClass: "axis")
        var marks: [(day: Int, label: String)] = []
        if pxPerDay * 2 >= 56 {
            let step = pxPerDay >= 56 ? 1 : 2
            for d in stride(from: start, to: end, by: step) {
                let date = PartialDate(dayNumber: d)
                marks.append((d, "\(months[date.month! - 1]) \(date.day!)"))
            }
        } else if pxPerDay * 14 >= 56 {
            // Mondays (day 4 since 1970-01-01 was a Monday).
            var d = start + ((4 - start) % 7 + 7) % 7
            let step = pxPerDay * 7 >= 56 ? 7 : 14
            while d < end {
                let date = PartialDate(dayNumber: d)
                marks.append((d, "\(months[date.month! - 1]) \(date.day!)"))
                d += step
            }
        } else {
            let first = PartialDate(dayNumber: start)
            let last = PartialDate(dayNumber: end)
            let monthCount = (last.year! - first.year!) * 12 + last.month! - first.month! + 1
            let pxPerMonth = pxPerDay * 30.4
            let monthSteps = [1, 2, 3, 6, 12, 24, 60, 120]
            let step = monthSteps.first { pxPerMonth * Double($0) >= 56 } ?? 240
            var y = first.year!
            var m = first.month!
            // Start at the first month boundary on or after the start that is a multiple of the step.
            for _ in 0...(monthCount + 12) {
                let d = PartialDate.days(year: y, month: m, day: 1)
                if d >= end { break }
                if d >= start && ((y * 12 + m - 1) % step == 0) {
                    marks.append(
                        (
                            d,
                            step >= 12 ? String(y) : (m == 1 || marks.isEmpty ? "\(months[m - 1]) \(y)" : months[m - 1])
                        ))
                }
                m += 1
                if m > 12 {
                    m = 1
                    y += 1
                }
            }
        }
        for mark in marks {
            let tx = x(Double(mark.day))
            svg.line(tx, top, tx, axisY, cssClass: "grid")
            svg.line(tx, axisY, tx, axisY + 4, cssClass: "axis")
            svg.text(tx, axisY + 16, mark.label, cssClass: "tick", anchor: .middle)
        }
    }

    static func legend(_ svg: inout SVG, y: Double, statuses: Set<String>, spans: Bool) {
        var lx = left
        for s in ChartClasses.statuses where statuses.contains(s) {
            svg.circle(lx + 5, y - 4, 5, cssClass: "mark \(ChartClasses.status(s))")
            svg.text(lx + 14, y, s, cssClass: "legend")
            lx += 24 + SVG.textWidth(s, fontSize: 11)
        }
        svg.path(SVG.slice(cx: lx + 5, cy: y - 4, r: 5, start: 0, end: 0.5), cssClass: "mark st-planned")
        svg.path(SVG.slice(cx: lx + 5, cy: y - 4, r: 5, start: 0.5, end: 1), cssClass: "mark st-denied")
        svg.text(lx + 14, y, "sources disagree", cssClass: "legend")
        lx += 24 + SVG.textWidth("sources disagree", fontSize: 11)
        if spans {
            svg.rect(lx, y - 9, 18, 10, cssClass: "span st-other", radius: 2)
            svg.text(lx + 24, y, "month or year only", cssClass: "legend")
        }
    }
}
