/// The style sheet of the HTML export, inlined into the page.
enum HTMLStyle {
    static let css = """
        :root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --bg: #f5f7fa; --task: #4e79a7; --crit: #e15759;
                --post: #59a14f; --approval: #f28e2b; --report: #76b7b2; --milestone: #3e4c59; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: var(--bg); }
        header { background: #243b53; color: #fff; padding: 20px 32px; }
        header h1 { margin: 0 0 4px; font-size: 24px; }
        header p { margin: 0; color: #bcccdc; }
        main { padding: 8px 32px 32px; max-width: 1280px; }
        section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
        h2 { margin: 0 0 12px; font-size: 18px; }
        h3 { margin: 0 0 4px; font-size: 16px; }
        .cards { display: flex; gap: 12px; flex-wrap: wrap; margin-top: 16px; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; }
        .card b { display: block; font-size: 22px; }
        .card span { color: var(--muted); font-size: 12px; }
        .card.bad b { color: var(--crit); }
        .card.good b { color: var(--post); }
        .meta { color: var(--muted); margin: 0 0 8px; }
        .goals { margin: 0 0 8px; padding: 0; list-style: none; display: flex; gap: 8px; flex-wrap: wrap; }
        .goals li { background: #e6f4ea; border-radius: 12px; padding: 2px 10px; font-size: 12px; }
        .status { display: inline-block; border-radius: 12px; padding: 1px 10px; font-size: 12px; background: #e6f4ea; color: #276738; }
        .status.late { background: #fde8e8; color: #a61b1b; }
        svg { display: block; width: 100%; height: auto; }
        svg text { font: 11px "DejaVu Sans", sans-serif; fill: var(--ink); }
        svg .axis { fill: var(--muted); font-size: 10px; }
        .legend { display: flex; gap: 16px; font-size: 12px; color: var(--muted); margin-top: 6px; flex-wrap: wrap; }
        .legend i { display: inline-block; width: 12px; height: 10px; margin-right: 4px; vertical-align: middle; border-radius: 2px; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { color: var(--muted); font-weight: 600; }
        .chain { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
        .step { border: 1px solid var(--approval); background: #fff4e6; border-radius: 6px; padding: 2px 8px; font-size: 12px; }
        .step small { color: var(--muted); }
        .arrow { color: var(--muted); }
        .runs { display: block; color: var(--muted); margin-top: 4px; font-size: 11px; }
        .day { display: inline-block; min-width: 22px; text-align: center; background: #e0f2f1; border-radius: 4px; margin: 1px; font-size: 12px; }
        .problem { border-left: 4px solid var(--crit); padding: 4px 10px; margin: 6px 0; background: #fff5f5; }
        .problem.warning { border-color: var(--approval); background: #fffaf0; }
        .problem code, td code { font-size: 12px; color: var(--muted); }
        .ok { color: #276738; } .failed { color: #a61b1b; }
        .none { color: var(--muted); font-style: italic; }
        """
}
