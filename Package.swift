// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Dossier",
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierCore", targets: ["DossierCore"]),
        .library(name: "DossierLua", targets: ["DossierLua"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // System libraries from Debian's -dev packages (Scripts/install-deps installs them).
        .systemLibrary(name: "CLua", path: "Sources/CLua", providers: [.apt(["liblua5.4-dev"])]),
        // No pkgConfig: readline.pc drags in tinfo's -D_XOPEN_SOURCE, a prohibited flag.
        .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // The Lua macros Swift cannot import, the error trampoline, the SIGINT hook.
        .target(
            name: "LuaShim", dependencies: ["CLua"], path: "Sources/LuaShim",
            linkerSettings: [.linkedLibrary("lua5.4")]),
        .target(
            name: "DossierCore",
            dependencies: [
                "CLibXML2", "CZlib", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        .target(
            name: "DossierLua", dependencies: ["DossierCore", "CLua", "LuaShim"],
            // The bridge's per-row path touches a cursor's fields for every row of a for loop; a Lua
            // state is used by one thread at a time, so the dynamic exclusivity checks only cost.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierCore", "DossierLua", "CReadline", "LuaShim",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Benchmarks (Scripts/bench): extraction, HTML, the Lua bridge, measured in-process.
        .executableTarget(name: "dossier-bench", dependencies: ["DossierCore", "DossierLua", "CLua", "LuaShim"]),
        // Test-only C helper: spawn a process on a pseudo-terminal (forkpty must exec from C).
        .target(name: "PTYSupport", path: "Tests/PTYSupport"),
        .testTarget(name: "DossierCoreTests", dependencies: ["DossierCore"]),
        .testTarget(name: "DossierLuaTests", dependencies: ["DossierLua", "DossierCore", "CLua", "LuaShim"]),
        // DossierCore to open the databases the binary writes (integrity, counts).
        .testTarget(name: "DossierCLITests", dependencies: ["PTYSupport", "DossierCore"]),
    ],
    swiftLanguageModes: [.v6]
)
