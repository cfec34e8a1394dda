/// The stylesheet inlined in every HTML report. It colours the charts as well as the text (the
/// SVG shapes carry class names only), so a chart and its legend and the badges in the lists
/// always agree. Colours are Okabe and Ito's palette, told apart by colour-blind readers too.
/// The print rules keep figures and rows whole and print the colours, which carry meaning here.
enum HTMLReportStyle {
    static let css = """
        :root {
          color-scheme: light;
          --fg: #1d2329; --muted: #56616b; --rule: #d5dbe1; --stripe: #f5f7f9; --accent: #1f5f99;
          --occurred: #009e73; --planned: #0072b2; --speculated: #e69f00; --denied: #d55e00; --other: #8a949e;
          --person: #0072b2; --country: #009e73; --place: #cc79a7; --organization: #e69f00;
        }
        * { box-sizing: border-box; }
        html { background: #fff; }
        body {
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", sans-serif;
          color: var(--fg); max-width: 52rem; margin: 2rem auto 3rem; padding: 0 1.25rem;
        }
        header.report { border-bottom: 2px solid var(--fg); padding-bottom: .6rem; margin-bottom: 1.4rem; }
        header.report h1 { font-size: 1.85rem; line-height: 1.2; margin: 0 0 .3rem; }
        .subtitle { font-size: 1.1rem; color: var(--muted); margin: 0; }
        .meta { font-size: .88rem; color: var(--muted); margin: .3rem 0 0; font-variant-numeric: tabular-nums; }
        h1, h2, h3, h4, h5, h6 { line-height: 1.25; }
        main > h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule); }
        main > h3 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
        main > h4, main > h5, main > h6 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
        p { margin: .5rem 0 .8rem; }
        .empty { font-style: italic; color: var(--muted); }
        figure { margin: .8rem 0 1.6rem; }
        figure.table { overflow-x: auto; }
        figcaption { font-weight: 600; font-size: .95rem; margin: 0 0 .45rem; }
        .note { font-size: .84rem; color: var(--muted); margin: .35rem 0 0; }
        table { border-collapse: collapse; width: 100%; font-size: .88rem; font-variant-numeric: tabular-nums; }
        th, td { text-align: left; vertical-align: top; padding: .32rem .55rem; border-bottom: 1px solid var(--rule); }
        thead th { border-bottom: 2px solid var(--fg); font-weight: 600; white-space: nowrap; }
        tbody tr:nth-child(even) { background: var(--stripe); }
        .num { text-align: right; white-space: nowrap; }
        td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
        .badge { display: inline-block; padding: 0 .45em; margin: 0 .15em .1em 0; border-radius: .7em; font-size: .74rem;
          line-height: 1.55; color: #fff; background: var(--other); white-space: nowrap; }
        .badge.st-occurred { background: var(--occurred); }
        .badge.st-planned { background: var(--planned); }
        .badge.st-speculated { background: var(--speculated); color: #1d2329; }
        .badge.st-denied { background: var(--denied); }
        blockquote { margin: .9rem 0; padding: .05rem 0 .05rem 1rem; border-left: 3px solid var(--accent); }
        blockquote p { margin: 0; font-size: 1.02rem; }
        blockquote footer { margin-top: .2rem; font-size: .86rem; color: var(--muted); }
        blockquote cite { font-style: normal; font-weight: 600; color: var(--fg); }
        ol.events, ul.events { margin: .6rem 0 0; padding-left: 2.2rem; font-size: .9rem; }
        ul.events { padding-left: 1.2rem; }
        ol.events li, ul.events li { margin: .12rem 0; }
        .events time { font-weight: 600; font-variant-numeric: tabular-nums; }
        .events .type { font-size: .72rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
        .events .src { color: var(--muted); }
        .sub { font-size: .84rem; font-weight: 600; color: var(--muted); margin: .8rem 0 0; }
        svg.chart { display: block; width: 100%; height: auto; max-width: 720px; overflow: visible; }
        svg text { fill: var(--fg); font-family: inherit; }
        svg .label { font-size: 12px; }
        svg .value, svg .num, svg .tick, svg .legend { font-size: 11px; fill: var(--muted); }
        svg .num { font-size: 10px; }
        svg .lane-label { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; fill: var(--muted); }
        svg .lane { fill: var(--stripe); }
        svg .grid { stroke: var(--rule); stroke-width: 1; }
        svg .axis { stroke: var(--muted); stroke-width: 1; }
        svg .bar { fill: var(--accent); }
        svg .st-occurred { fill: var(--occurred); }
        svg .st-planned { fill: var(--planned); }
        svg .st-speculated { fill: var(--speculated); }
        svg .st-denied { fill: var(--denied); }
        svg .st-other { fill: var(--other); }
        svg .span { fill-opacity: .75; }
        svg .ring { fill: none; stroke: #fff; stroke-width: 1.2; }
        svg rect.ring { stroke: rgba(0, 0, 0, .35); stroke-width: 1; }
        svg .edge { stroke: #8d99a6; stroke-opacity: .55; stroke-linecap: round; }
        svg .node { stroke: #fff; stroke-width: 1.5; }
        svg .node.focus { stroke: var(--fg); stroke-width: 2.5; }
        svg .k-person { fill: var(--person); }
        svg .k-country { fill: var(--country); }
        svg .k-place { fill: var(--place); }
        svg .k-organization { fill: var(--organization); }
        svg .k-other { fill: var(--other); }
        svg .node-label { font-size: 11px; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
        footer.report { margin-top: 2.5rem; padding-top: .5rem; border-top: 1px solid var(--rule); font-size: .8rem; color: var(--muted); }
        @media print {
          @page { margin: 14mm 14mm 16mm; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          main > h2, main > h3, figcaption { break-after: avoid; page-break-after: avoid; }
          figure, blockquote, tr, li, svg.chart { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          tbody tr:nth-child(even) { background: none; }
          svg.chart { max-width: 100%; }
        }

        """
}
