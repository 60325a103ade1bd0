import Foundation
import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadEvents
@testable import DyadPipeline
@testable import DyadTestSupport

/// The tokenizer with every lexicon of a language: scripts classified, first-word bits that
/// never change what a lexicon finds, tokens written back and lower-cased as Unicode does.
@Suite("Text: tokens and a language's lexicons together")
struct TokensAndLexiconsTests {
    @Test func vietnameseAndOtherScriptsAreClassified() {
        let table = ScalarTable.shared
        #expect(table.kind(("Ữ" as Unicode.Scalar).value) == .letter)
        #expect(table.lower(("Ữ" as Unicode.Scalar).value) == ("ữ" as Unicode.Scalar).value)
        #expect(table.kind(("\u{0301}" as Unicode.Scalar).value) == .mark)
        #expect(table.kind(("…" as Unicode.Scalar).value) == .sentenceEnd)
        // Outside the filled blocks: Greek and Cyrillic letters, a CJK ideograph.
        #expect(table.kind(("Ω" as Unicode.Scalar).value) == .letter)
        #expect(table.lower(("Д" as Unicode.Scalar).value) == ("д" as Unicode.Scalar).value)
        #expect(table.isUpper(("Д" as Unicode.Scalar).value))
        #expect(table.kind(("中" as Unicode.Scalar).value) == .letter)
        let tokens = Tokenizer.tokenize("Путин gặp Tập Cận Bình")
        #expect(tokens.indices.map { tokens.lower(at: $0) } == ["путин", "gặp", "tập", "cận", "bình"])
        #expect(tokens.texts == ["Путин", "gặp", "Tập", "Cận", "Bình"])
    }

    /// Lines of the seed articles and the corpus's own shapes, tokenised with and without
    /// first-word bits: every lexicon must find the same things either way.
    @Test func firstWordBitsNeverChangeWhatTheLexiconsFind() throws {
        let resources = Support.resources
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Support.repository.appendingPathComponent("seeds").path)
        var lines: [String] = []
        for name in seeds.sorted() {
            let text = try String(contentsOf: Support.repository.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
            lines += text.split(separator: "\n").map { TextDecoding.normalise(String($0)) }
        }
        let scanner = DateScanner(lexicon: resources.dates)
        let matcher = ActorMatcher(gazetteer: resources.gazetteer)
        var compared = 0
        for line in lines {
            let plain = Tokenizer.tokenize(line)
            let classified = resources.vocabulary.tokenize(line)
            #expect(scanner.scan(classified) == scanner.scan(plain), "\(line)")
            #expect(matcher.mentions(in: classified) == matcher.mentions(in: plain), "\(line)")
            #expect(resources.events.triggers.matches(in: classified).map(\.range) == resources.events.triggers.matches(in: plain).map(\.range))
            #expect(resources.events.clauses(of: classified).map(\.range) == resources.events.clauses(of: plain).map(\.range))
            compared += plain.count
        }
        #expect(compared > 5_000)
    }

    /// A match looked for inside a window of a sentence is the one the window's tokens alone
    /// would give first: it never runs past the window's end.
    @Test func firstMatchInAWindowIsTheWindowsOwnFirstMatch() throws {
        let resources = Support.resources
        let lexicons = [resources.events.hedges, resources.events.negations, resources.events.futureMarkers,
                        resources.events.anaphoricSubjects, resources.dates.dayCues]
        var windows = 0
        var found = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: Support.repository.appendingPathComponent("seeds").path).sorted() {
            let text = try String(contentsOf: Support.repository.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
            for line in text.split(separator: "\n").prefix(40) {
                let tokens = resources.vocabulary.tokenize(TextDecoding.normalise(String(line)))
                for lower in stride(from: 0, to: tokens.count, by: 3) {
                    for upper in stride(from: lower, through: min(tokens.count, lower + 12), by: 2) {
                        for lexicon in lexicons {
                            let alone = lexicon.matches(in: tokens.sublist(lower..<upper)).first
                            let inPlace = lexicon.firstMatch(in: tokens, within: lower..<upper)
                            #expect(inPlace?.range == alone.map { (lower + $0.range.lowerBound)..<(lower + $0.range.upperBound) })
                            windows += 1
                            if inPlace != nil { found += 1 }
                        }
                    }
                }
            }
        }
        #expect(windows > 1_000)
        #expect(found > 10)
    }

    /// Tokens written back as text: one space wherever there was white space, whether the text
    /// is copied as it stands or rebuilt token by token.
    /// Tokens appended to a buffer that already holds another text's are the tokens the text
    /// has alone: the first of them still counts as spaced from what stands before it.
    @Test func tokensAppendedAfterOthersAreTheTextsOwn() {
        let first = "Tin liên quan:", second = "Ngày 18/6, Mỹ và Nga hội đàm."
        let bytes = Array((first + second).utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var lowered: [UInt8] = [], tokens: [Token] = []
            let split = first.utf8.count
            Tokenizer.appendTokens(in: buffer, range: 0..<split, lowered: &lowered, to: &tokens, classifiedBy: nil)
            let before = tokens.count
            Tokenizer.appendTokens(in: buffer, range: split..<buffer.count, lowered: &lowered, to: &tokens, classifiedBy: nil)
            var ownLowered: [UInt8] = []
            let own = Tokenizer.tokens(in: buffer, range: split..<buffer.count, lowered: &ownLowered, classifiedBy: nil)
            #expect(tokens.count - before == own.count)
            #expect(zip(tokens[before...], own).allSatisfy { $0.spaceBefore == $1.spaceBefore && $0.start == $1.start && $0.end == $1.end && $0.lowerHash == $1.lowerHash })
            #expect(tokens[before].spaceBefore)
        }
    }

    @Test func tokensAreWrittenBackWithOneSpaceForAnyWhiteSpace() {
        let texts = ["Ngày 18/6, Mỹ và Trung Quốc hội đàm.", "Mỹ  và\u{A0}Nga\thội đàm (ở Geneva).", "O'Brien nói: 'được'."]
        for text in texts {
            let tokens = Tokenizer.tokenize(text)
            for lower in 0...tokens.count {
                for upper in lower...tokens.count {
                    var expected = ""
                    for index in lower..<upper {
                        if index > lower, tokens[index].spaceBefore { expected += " " }
                        expected += tokens.text(at: index)
                    }
                    #expect(tokens.text(lower..<upper) == expected, "\(text) \(lower)..<\(upper)")
                }
            }
        }
        #expect(Tokenizer.tokenize("Mỹ  và\u{A0}Nga").text(0..<3) == "Mỹ và Nga")
    }

    /// Stretches of tokens that are written back as the same text have the same fingerprint,
    /// wherever they stand; stretches written back differently (another word, another spacing)
    /// have different ones.
    @Test func fingerprintsOfStretchesFollowTheirText() {
        let texts = ["Mỹ-Trung và Mỹ - Trung, Mỹ  và\u{A0}Nga.", "Ngày 18/6, Mỹ và Nga hội đàm; Trung Quốc, Mỹ-Trung."]
        var byText: [String: UInt64] = [:]
        var byFingerprint: [UInt64: String] = [:]
        for text in texts {
            let tokens = Tokenizer.tokenize(text)
            for lower in 0..<tokens.count {
                for upper in (lower + 1)...tokens.count {
                    let written = tokens.text(lower..<upper), fingerprint = tokens.fingerprint(of: lower..<upper)
                    #expect(byText[written, default: fingerprint] == fingerprint, "\(written)")
                    #expect(byFingerprint[fingerprint, default: written] == written, "\(written)")
                    byText[written] = fingerprint
                    byFingerprint[fingerprint] = written
                }
            }
        }
        #expect(byText["Mỹ và Nga"] != nil && byText["Mỹ-Trung"] != byText["Mỹ - Trung"])
    }

    /// Tokens are lower-cased as Unicode lower-cases them: every ASCII character, and
    /// Vietnamese capitals, alone and inside words.
    @Test func tokensAreLowerCasedAsUnicodeDoes() {
        var texts = (0x21...0x7E).map { "a" + String(UnicodeScalar(UInt8($0))) + "Z" }
        texts += ["ĐÀ NẴNG", "Ấn Độ", "NATO", "Ông Nguyễn ĐỨC", "ỨNG PHÓ", "G7 và ASEAN+3", "ÝÊU"]
        for text in texts {
            let tokens = Tokenizer.tokenize(text)
            for index in tokens.indices {
                #expect(tokens.lower(at: index) == tokens.text(at: index).lowercased(), "\(text)")
                #expect(tokens[index].lowerHash == fingerprint(tokens.text(at: index).lowercased()), "\(text)")
            }
        }
    }

    @Test func firstWordBitsMarkOnlyTheLexiconsAWordCanStart() {
        let resources = Support.resources
        #expect((1...64).contains(resources.vocabulary.index.registered))
        let tokens = resources.vocabulary.tokenize("Ngày 18/6 tháng trước, Mỹ xyzzy")
        let bits = Dictionary(tokens.indices.map { (tokens.text(at: $0), tokens[$0].firstWordClasses) }, uniquingKeysWith: { a, _ in a })
        #expect(bits["xyzzy"] == 0)
        #expect(bits["tháng"]! & resources.dates.monthWords.matcher.firstWordBit != 0)
        #expect(bits["Mỹ"]! & resources.gazetteer.names.firstWordBit != 0)
        #expect(bits["Mỹ"]! & resources.dates.monthWords.matcher.firstWordBit == 0)
        // Case-insensitive lists see `Ngày` as `ngày`; the case-sensitive names do not.
        #expect(bits["Ngày"]! & resources.dates.dayCues.firstWordBit != 0)
        #expect(Set(tokens.map(\.firstWordClasses)).count > 2)
        #expect(Tokenizer.tokenize("xyzzy").allSatisfy { $0.firstWordClasses == .max })
    }
}
