// swift-tools-version:6.0
import PackageDescription

// The stages are separate modules, but their hot loops call across them (every matcher reads the
// text target's tokens): whole-package cross-module optimisation lets the compiler inline and
// specialise across those boundaries as it did inside one module.
let optimised: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "Dyad",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DyadKit", targets: [
            "DyadText", "DyadResources", "DyadModel", "DyadReading", "DyadCleaning", "DyadActors", "DyadDates",
            "DyadEvents", "DyadMerging", "DyadRendering", "DyadPipeline", "DyadEvaluation",
        ]),
        .executable(name: "dyad", targets: ["dyad"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // Graphviz's C library (libgvc, libcgraph), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // libxml2's HTML parser (pages and WARC payloads) and zlib (gzip WARC members), found
        // through pkg-config.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The pipeline, one target per stage. A stage depends only on the model, the text
        // target and the stages before it, so the compiler refuses a stage reaching forward:
        //   reading → cleaning → actors → dates → events → merging → rendering, composed by the pipeline.
        // Every byte-level trick: UTF-8 and NFC checks, the tokenizer, phrase matching, the fast
        // JSON writer, the concurrency helpers.
        .target(name: "DyadText", swiftSettings: optimised),
        // The knowledge: one folder of data files per language, and the loader that reads them.
        .target(name: "DyadResources", dependencies: ["DyadText"], resources: [.copy("Resources")], swiftSettings: optimised),
        // The values every stage passes on: dates, actors, events, the timeline.
        .target(name: "DyadModel", swiftSettings: optimised),
        .target(name: "DyadReading", dependencies: ["DyadText", "DyadResources", "DyadModel", "CLibXML2", "CZlib",
                                                    .product(name: "Yams", package: "Yams")], swiftSettings: optimised),
        .target(name: "DyadCleaning", dependencies: ["DyadReading"], swiftSettings: optimised),
        .target(name: "DyadActors", dependencies: ["DyadCleaning", "DyadResources"], swiftSettings: optimised),
        .target(name: "DyadDates", dependencies: ["DyadActors"], swiftSettings: optimised),
        .target(name: "DyadEvents", dependencies: ["DyadDates"], swiftSettings: optimised),
        .target(name: "DyadMerging", dependencies: ["DyadEvents"], swiftSettings: optimised),
        .target(name: "DyadRendering", dependencies: ["DyadMerging", "CGraphviz"], swiftSettings: optimised),
        .target(name: "DyadPipeline", dependencies: ["DyadRendering"], swiftSettings: optimised),
        // Scoring against gold files (`dyad eval`), on top of the pipeline.
        .target(name: "DyadEvaluation", dependencies: ["DyadPipeline"], swiftSettings: optimised),
        // The thin command-line front end.
        .executableTarget(
            name: "dyad",
            dependencies: [
                "DyadPipeline", "DyadEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Tests, one target per stage, each importing its stage and the ones before it; the
        // shared helpers and fixtures load a language's data through the pipeline.
        .target(name: "DyadTestSupport", dependencies: ["DyadPipeline"], path: "Tests/DyadTestSupport",
                resources: [.copy("Fixtures")]),
        .testTarget(name: "DyadTextTests", dependencies: ["DyadText", "DyadTestSupport"]),
        .testTarget(name: "DyadReadingTests", dependencies: ["DyadReading", "DyadTestSupport"]),
        .testTarget(name: "DyadCleaningTests", dependencies: ["DyadCleaning", "DyadTestSupport"]),
        .testTarget(name: "DyadActorsTests", dependencies: ["DyadActors", "DyadTestSupport"]),
        .testTarget(name: "DyadDatesTests", dependencies: ["DyadDates", "DyadTestSupport"]),
        .testTarget(name: "DyadEventsTests", dependencies: ["DyadEvents", "DyadTestSupport"]),
        .testTarget(name: "DyadMergingTests", dependencies: ["DyadMerging", "DyadTestSupport"]),
        .testTarget(name: "DyadRenderingTests", dependencies: ["DyadRendering", "DyadTestSupport"]),
        .testTarget(name: "DyadPipelineTests", dependencies: ["DyadPipeline", "DyadTestSupport"]),
        .testTarget(name: "DyadEvaluationTests", dependencies: ["DyadEvaluation", "DyadTestSupport"]),
    ]
)

// Fuzz targets, only when asked for (`scripts/fuzz` sets DYAD_FUZZ=1 and builds them with
// -sanitize=fuzzer in its own scratch folder), so ordinary builds never need libFuzzer.
if Context.environment["DYAD_FUZZ"] != nil {
    package.targets += [
        .target(name: "FuzzDriver", path: "Fuzz/Driver"),
        .executableTarget(name: "dyad-fuzz-pipeline", dependencies: ["DyadPipeline", "FuzzDriver"], path: "Fuzz/Pipeline"),
        .executableTarget(name: "dyad-fuzz-config", dependencies: ["DyadPipeline", "FuzzDriver"], path: "Fuzz/Config"),
        .executableTarget(name: "dyad-fuzz-frontmatter", dependencies: ["DyadPipeline", "FuzzDriver"], path: "Fuzz/FrontMatter"),
        .executableTarget(name: "dyad-fuzz-render", dependencies: ["DyadPipeline", "FuzzDriver"], path: "Fuzz/Render"),
    ]
}
