// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dyad",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DyadKit", targets: ["DyadKit"]),
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
        // The pipeline: Reading → Cleaning → Dates → Actors → Events → Merging → Rendering.
        .target(
            name: "DyadKit",
            dependencies: [
                "CGraphviz",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "dyad",
            dependencies: [
                "DyadKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DyadKitTests",
            dependencies: ["DyadKit"],
            resources: [.copy("Fixtures")]
        ),
    ]
)

// Fuzz targets, only when asked for (`scripts/fuzz` sets DYAD_FUZZ=1 and builds them with
// -sanitize=fuzzer in its own scratch folder), so ordinary builds never need libFuzzer.
if Context.environment["DYAD_FUZZ"] != nil {
    package.targets += [
        .target(name: "FuzzDriver", path: "Fuzz/Driver"),
        .executableTarget(name: "dyad-fuzz-pipeline", dependencies: ["DyadKit", "FuzzDriver"], path: "Fuzz/Pipeline"),
        .executableTarget(name: "dyad-fuzz-config", dependencies: ["DyadKit", "FuzzDriver"], path: "Fuzz/Config"),
        .executableTarget(name: "dyad-fuzz-frontmatter", dependencies: ["DyadKit", "FuzzDriver"], path: "Fuzz/FrontMatter"),
        .executableTarget(name: "dyad-fuzz-render", dependencies: ["DyadKit", "FuzzDriver"], path: "Fuzz/Render"),
    ]
}
