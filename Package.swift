// swift-tools-version: 6.0
// Planwerk: plans-as-code for social media departments.
// The pipeline runs one way: syntax → checking → scheduling → output → REPL/CLI.
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Planwerk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "planwerk", targets: ["planwerk"]),
        .executable(name: "planwerk-bench", targets: ["planwerk-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // GNU readline, linked from the system (libreadline-dev).
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        // Source files, locations, diagnostics, lexer, parser, AST, formatter.
        .target(name: "PlanwerkSyntax", swiftSettings: strict),
        // Checking: imports, names, templates, types and units, evaluation, plan rules.
        .target(name: "PlanwerkChecking", dependencies: ["PlanwerkSyntax"], swiftSettings: strict),
        // Scheduling: working calendars, recurrence, levelling, approvals, tracking.
        .target(
            name: "PlanwerkScheduling",
            dependencies: ["PlanwerkSyntax", "PlanwerkChecking", .product(name: "HeapModule", package: "swift-collections")],
            swiftSettings: strict),
        // Output: agenda, `due`, exports (JSON, ICS, CSV, Mermaid, HTML, Markdown), diagnostics for CI.
        .target(name: "PlanwerkOutput", dependencies: ["PlanwerkSyntax", "PlanwerkChecking", "PlanwerkScheduling"], swiftSettings: strict),
        // The REPL: a pure session core, line editors (GNU readline on a terminal, plain stdin otherwise).
        .target(
            name: "PlanwerkREPL",
            dependencies: ["PlanwerkSyntax", "PlanwerkChecking", "PlanwerkScheduling", "PlanwerkOutput", "CReadline"],
            swiftSettings: strict),
        // Command-line interface: check, fmt, explain, repl, …
        .target(
            name: "PlanwerkCLI",
            dependencies: [
                "PlanwerkSyntax",
                "PlanwerkChecking",
                "PlanwerkScheduling",
                "PlanwerkOutput",
                "PlanwerkREPL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .executableTarget(name: "planwerk", dependencies: ["PlanwerkCLI"], swiftSettings: strict),
        // Synthetic plans for benchmarks and stress tests.
        .target(name: "PlanwerkGenerator", swiftSettings: strict),
        // Benchmarks: `swift run -c release planwerk-bench`.
        .executableTarget(
            name: "planwerk-bench",
            dependencies: ["PlanwerkGenerator", "PlanwerkSyntax", "PlanwerkChecking", "PlanwerkScheduling", "PlanwerkOutput"],
            swiftSettings: strict),
        // Shared test helpers: golden files, fixtures.
        .target(name: "PlanwerkTestSupport", dependencies: ["PlanwerkSyntax", "PlanwerkGenerator"], path: "Tests/PlanwerkTestSupport", swiftSettings: strict),
        .testTarget(
            name: "PlanwerkSyntaxTests",
            dependencies: ["PlanwerkSyntax", "PlanwerkTestSupport", "PlanwerkGenerator"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict),
        .testTarget(
            name: "PlanwerkCheckingTests",
            dependencies: ["PlanwerkChecking", "PlanwerkSyntax", "PlanwerkTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strict),
        .testTarget(
            name: "PlanwerkSchedulingTests",
            dependencies: ["PlanwerkScheduling", "PlanwerkOutput", "PlanwerkChecking", "PlanwerkSyntax", "PlanwerkTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strict),
        // Exports (ICS, CSV, Mermaid, HTML, Markdown), `due` and the CI diagnostic formats.
        .testTarget(
            name: "PlanwerkOutputTests",
            dependencies: ["PlanwerkOutput", "PlanwerkScheduling", "PlanwerkChecking", "PlanwerkSyntax", "PlanwerkTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strict),
        // The REPL: transcripts (golden files), completion, multi-line input; a real terminal through pexpect.
        .testTarget(
            name: "PlanwerkREPLTests",
            dependencies: ["PlanwerkREPL", "PlanwerkSyntax", "PlanwerkTestSupport", "PlanwerkGenerator"],
            exclude: ["Fixtures", "Terminal"],
            swiftSettings: strict),
        // The command line end to end: runs the built `planwerk` executable.
        .testTarget(
            name: "PlanwerkCLITests",
            dependencies: ["PlanwerkCLI", "PlanwerkSyntax", "PlanwerkTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
