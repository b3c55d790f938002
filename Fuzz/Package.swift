// swift-tools-version: 6.0
// libFuzzer targets for Planwerk (docs/robustness.md). Not part of the main
// package: `Fuzz/run.sh` builds them with `-sanitize=fuzzer,address`.
//
// The library modules are the main package's own sources, reached through
// symbolic links in `Sources/` (SwiftPM keeps a package's targets inside its
// folder), so the fuzzer instruments exactly the code that ships.
import PackageDescription

let package = Package(
    name: "PlanwerkFuzz",
    dependencies: [
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .target(name: "PlanwerkSyntax"),
        .target(name: "PlanwerkChecking", dependencies: ["PlanwerkSyntax"]),
        .target(
            name: "PlanwerkScheduling",
            dependencies: ["PlanwerkSyntax", "PlanwerkChecking", .product(name: "HeapModule", package: "swift-collections")]),
        .target(name: "PlanwerkOutput", dependencies: ["PlanwerkSyntax", "PlanwerkChecking", "PlanwerkScheduling"]),
        .target(name: "PlanwerkGenerator"),
        // The EBNF reader and sentence generator of the tests (Tests/PlanwerkTestSupport).
        .target(name: "PlanwerkSentences", dependencies: ["PlanwerkGenerator"]),
        // The pipeline every input goes through, and the structure-aware decoder.
        .target(
            name: "PlanwerkFuzzing",
            dependencies: ["PlanwerkSyntax", "PlanwerkChecking", "PlanwerkScheduling", "PlanwerkOutput", "PlanwerkSentences"]),
        // Raw bytes → parse → check → schedule → every export.
        .executableTarget(name: "fuzz-bytes", dependencies: ["PlanwerkFuzzing"]),
        // Bytes as a recipe: a grammar sentence or a token-level mutation of a seed plan.
        .executableTarget(name: "fuzz-structured", dependencies: ["PlanwerkFuzzing"]),
    ],
    swiftLanguageModes: [.v6]
)
