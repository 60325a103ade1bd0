import Foundation
import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadPipeline
@testable import DyadTestSupport

@Suite("Reading: bytes to normalised text")
struct ReadingTests {
    let sample = "Ngày 2/10, Mỹ kêu gọi Trung Quốc."

    /// A path already standard is shown as it is; one with `.`, `..` or doubled slashes is
    /// standardised first, so both give the same display path.
    @Test func displayPathsAreRelativeToTheBaseFolderWithOrWithoutDotSegments() {
        let reader = DocumentReader(baseFolder: URL(fileURLWithPath: "/tmp/base"))
        #expect(reader.displayPath(of: URL(fileURLWithPath: "/tmp/base/a/b.txt")) == "a/b.txt")
        #expect(reader.displayPath(of: URL(fileURLWithPath: "/tmp/base/x/../a/./b.txt")) == "a/b.txt")
        #expect(reader.displayPath(of: URL(fileURLWithPath: "/tmp/base//a/b.txt")) == "a/b.txt")
        #expect(reader.displayPath(of: URL(fileURLWithPath: "/tmp/base/.hidden/b.txt")) == ".hidden/b.txt")
        #expect(reader.displayPath(of: URL(fileURLWithPath: "/elsewhere/c.txt")) == "/elsewhere/c.txt")
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = Array(sample.utf8)
        #expect(try TextDecoding.decode(plain) == sample)
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + plain) == sample)
    }

    @Test func utf16WithBOM() throws {
        var little: [UInt8] = [0xFF, 0xFE]
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in sample.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(try TextDecoding.decode(little) == sample)
        #expect(try TextDecoding.decode(big) == sample)
    }

    @Test func decomposedVietnameseIsComposed() throws {
        let decomposed = "Trung Quo\u{302}\u{301}c"  // ố written as o + circumflex + acute
        let text = try TextDecoding.decode(Array(decomposed.utf8))
        #expect(Array(text.unicodeScalars).count == Array("Trung Quốc".unicodeScalars).count)
        #expect(Array(text.utf8) == Array("Trung Quốc".utf8))
    }

    /// The byte-level check skips normalisation only for the scalars it names, and every one
    /// of them really is left alone by NFC. Each scalar stands at a different place among
    /// others (ASCII and Vietnamese letters), so that it is read both in an eight-byte step and
    /// at the text's end.
    @Test func surelyNFCIsDecidedFromBytesForEveryScalar() {
        let fillers = ["", "a", "ệ", "ab", "Việt", "abcdefg", "aệbcdef", "Nguyễn Thị"]
        for value in UInt32(0)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let before = fillers[Int(value) % fillers.count], after = fillers[Int(value / 8) % fillers.count]
            let text = before + String(scalar) + after + "b"
            let tail = before + "Quốc" + String(scalar)
            let listed = value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x205E).contains(value)
            #expect(TextDecoding.isSurelyNFC(text) == listed, "U+\(String(value, radix: 16))")
            #expect(TextDecoding.isSurelyNFC(tail) == listed, "U+\(String(value, radix: 16)) at the end")
            if listed { #expect(Array(text.precomposedStringWithCanonicalMapping.utf8) == Array(text.utf8)) }
        }
    }

    /// The one-pass check agrees with the standard library's UTF-8 validation: for every lead
    /// byte followed by bytes at the edges of Unicode's table 3-7 (overlong forms, surrogates,
    /// past U+10FFFF, missing or extra continuations), cut short at each length, alone and after
    /// seven ASCII bytes (so that it is read both byte by byte and after an eight-byte step);
    /// and for random bytes.
    @Test func utf8CheckAgreesWithTheStandardLibrary() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE1, 0xF4, 0xFF]
        let continuations: [UInt8] = [0x41, 0x80, 0xBF, 0xC0]
        func agrees(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBufferPointer(TextDecoding.scanUTF8).isValid == (String(validating: bytes, as: UTF8.self) != nil)
        }
        var disagreements: [[UInt8]] = []
        for lead in UInt8.min...UInt8.max {
            for second in edges {
                for third in continuations {
                    for fourth in continuations {
                        let sequence = [lead, second, third, fourth]
                        for length in 1...4 {
                            for bytes in [Array(sequence.prefix(length)), Array("abcdefg".utf8) + sequence.prefix(length)] where !agrees(bytes) {
                                disagreements.append(bytes)
                            }
                        }
                    }
                }
            }
        }
        var generator = SeededGenerator(seed: 7)
        let alphabet: [UInt8] = Array("aZ ".utf8) + [0x80, 0xA0, 0xBF, 0xC3, 0xCC, 0xE1, 0xBA, 0xBB, 0xED, 0xF0, 0xF4, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            if !agrees(bytes) { disagreements.append(bytes) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// Text that is valid, composed and has `\n` line ends is handed back as it came; anything
    /// else is normalised as a `String` would be.
    @Test func normalisedBytesAreTheInputWhenNothingNeedsDoing() throws {
        let plain = Array("Ngày 2/10, Mỹ kêu gọi “Trung Quốc”.\nDòng hai\n".utf8)
        #expect(try TextDecoding.normalisedUTF8(plain) == plain)
        let decomposed = "Trung Quo\u{302}\u{301}c\r\nx"
        #expect(try TextDecoding.normalisedUTF8(Array(decomposed.utf8)) == Array("Trung Quốc\nx".utf8))
    }

    @Test func lineEndsBecomeNewlines() throws {
        #expect(try TextDecoding.decode(Array("a\r\nb\rc".utf8)) == "a\nb\nc")
    }

    @Test func invalidUTF8NamesTheOffset() {
        let bytes: [UInt8] = Array("abc".utf8) + [0xC3, 0x28] + Array("xyz".utf8)
        #expect(throws: DecodingError.invalidUTF8(offset: 3, looksLikeWindows1258: false)) {
            try TextDecoding.decode(bytes)
        }
    }

    @Test func windows1258IsRecognisedAndRefusedClearly() {
        // "Vie\xD2t Nam ho\xECp ba\xECn" in Windows-1258: tones as separate combining bytes.
        let bytes: [UInt8] = Array("Vie".utf8) + [0xD2] + Array("t Nam ho".utf8) + [0xEC] + Array("p ba".utf8) + [0xEC, 0x6E] + Array(" a".utf8) + [0xCC]
        do {
            _ = try TextDecoding.decode(bytes)
            Issue.record("legacy bytes were accepted")
        } catch {
            #expect(error.description.contains("Windows-1258"))
        }
    }

    @Test func binaryFilesAreRefused() {
        #expect(throws: DecodingError.binary(kind: "PNG image")) {
            try TextDecoding.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        }
        #expect(throws: DecodingError.binary(kind: "PDF document")) {
            try TextDecoding.decode(Array("%PDF-1.7\n".utf8))
        }
    }

    @Test func frontMatterGivesMetadataAndKeepsLineNumbers() {
        let reader = DocumentReader(baseFolder: URL(fileURLWithPath: "/tmp"))
        let document = reader.document(path: "a.md", text: "---\npublished: 2021-06-08\nsource: VOV\ncolour: red\n---\nTiêu đề\n")
        #expect(document.metadata.published == CalendarDate(year: 2021, month: 6, day: 8))
        #expect(document.metadata.publishedOrigin == .frontMatter)
        #expect(document.metadata.source == "VOV")
        #expect(document.text.split(separator: "\n", omittingEmptySubsequences: false)[5] == "Tiêu đề")
        #expect(document.warnings.contains { $0.contains("unknown key 'colour'") })
    }

    @Test func configuredMetadataFillsWhatFrontMatterLacks() {
        let configured = DocumentMetadata(published: CalendarDate(year: 2020, month: 1, day: 1), publishedOrigin: .config, url: "https://example.org/a")
        let reader = DocumentReader(baseFolder: URL(fileURLWithPath: "/tmp"), configured: ["a.md": configured])
        let withFront = reader.document(path: "a.md", text: "---\npublished: 2021-06-08\n---\nx")
        #expect(withFront.metadata.published == CalendarDate(year: 2021, month: 6, day: 8))
        #expect(withFront.metadata.url == "https://example.org/a")
        let without = reader.document(path: "a.md", text: "x")
        #expect(without.metadata.publishedOrigin == .config)
    }

    @Test func emptyFileIsReportedAsAWarning() {
        let reader = DocumentReader(baseFolder: URL(fileURLWithPath: "/tmp"))
        #expect(reader.document(path: "e.txt", text: "").warnings == ["the file is empty"])
        // White space of any kind is empty; any other character, even after wide spaces, is not.
        for blank in ["", " \n\t\n", "\u{A0}\n\u{3000}", "---\npublished: 2021-06-08\n---\n \u{2009}\n"] {
            #expect(reader.document(path: "e.txt", text: blank).warnings == ["the file is empty"], "\(blank.debugDescription)")
        }
        for text in ["x", "\n\n  Ấn Độ", "\u{A0}\u{3000} Mỹ", "\n\u{301}", " \u{200B}"] {
            #expect(reader.document(path: "t.txt", text: text).warnings.isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func collectorWalksFoldersSortedAndReportsMissingPathsAndLoops() throws {
        let folder = Support.temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("b sub/tin tức"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("b sub/tin tức/bài 1.txt"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("a.md"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("image.png"))
        try manager.createSymbolicLink(at: folder.appendingPathComponent("b sub/loop"), withDestinationURL: folder)
        let (files, problems) = InputCollector().collect([folder.path, folder.appendingPathComponent("missing.txt").path])
        #expect(files.map(\.lastPathComponent) == ["a.md", "bài 1.txt"])
        #expect(problems.contains { $0.reason == "no such file or folder" && $0.path.hasSuffix("missing.txt") })
        #expect(problems.contains { $0.reason.contains("loop") })
    }

    /// A file reached through a link to it, through a linked folder and by name is read once;
    /// extensions match in any case.
    @Test func collectorReadsEachRealFileOnce() throws {
        let folder = Support.temporaryFolder()
        let manager = FileManager.default
        let real = folder.appendingPathComponent("real")
        try manager.createDirectory(at: real, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: real.appendingPathComponent("x.txt"))
        try Data("y".utf8).write(to: real.appendingPathComponent("Y.TXT"))
        try manager.createSymbolicLink(at: folder.appendingPathComponent("alias.txt"), withDestinationURL: real.appendingPathComponent("x.txt"))
        try manager.createSymbolicLink(at: folder.appendingPathComponent("mirror"), withDestinationURL: real)
        let (files, problems) = InputCollector().collect([folder.path, real.appendingPathComponent("x.txt").path])
        #expect(problems.isEmpty)
        #expect(files.count == 2)
        #expect(Set(files.map { $0.resolvingSymlinksInPath().lastPathComponent }) == ["x.txt", "Y.TXT"])
    }

    @Test func unreadableFileIsAProblemNamingIt() throws {
        let folder = Support.temporaryFolder()
        let reader = DocumentReader(baseFolder: folder)
        let png = folder.appendingPathComponent("photo.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0]).write(to: png)
        do {
            _ = try reader.read(png)
            Issue.record("binary file was read")
        } catch {
            #expect(error.path == "photo.txt")
            #expect(error.reason.contains("binary"))
        }
    }
}

@Suite("Reading: odd spacing, empty pages, big folders")
struct HostileInputTests {
    @Test func tabsNoBreakAndZeroWidthSpacesSeparateWords() {
        let text = "Ngày\u{00A0}3/5,\tMỹ\u{200B} và\u{202F}Trung\u{00A0}Quốc đã hội đàm\u{FEFF} tại Bắc Kinh."
        #expect(Support.events(text, published: "2023-05-04") == ["2023-05-03 CHN-USA talks"])
        let tokens = Tokenizer.tokenize("Mỹ\u{200B}và\u{00A0}Nga")
        #expect(tokens.texts == ["Mỹ", "và", "Nga"])
    }

    @Test func aFolderOfThousandsOfFilesIsReadWhole() async throws {
        let folder = Support.temporaryFolder()
        for index in 0..<2_000 {
            let day = index % 28 + 1
            let text = "Ngày \(day)/5, Mỹ và Nga đã điện đàm.\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("bài \(index).txt"))
        }
        let timeline = await Builder(resources: Support.resources).build(paths: [folder.path], reader: DocumentReader(baseFolder: folder))
        #expect(timeline.documents.count == 2_000)
        #expect(timeline.problems.isEmpty)
        // No publication dates: each file's year cannot be known, so nothing is dated wrongly.
        #expect(timeline.events.allSatisfy { $0.basis != .published })
    }
}
