import Foundation
import Testing
@testable import DyadText

/// The data files' reader: the values `JSONDecoder` would give, and errors that name the field.
@Suite("JSON reader: data files in one pass, unknown fields refused")
struct JSONReaderTests {
    struct Term: JSONReadableRecord, Decodable, Equatable {
        var actor = ""
        var start = ""
        var end: String?

        mutating func fields(_ json: inout JSONFields) {
            json.field("actor", &actor)
            json.field("start", &start)
            json.field("end", &end)
        }
    }

    struct File: JSONReadableRecord, Decodable, Equatable {
        var names: [String] = []
        var terms: [Term] = []
        var weights: [String: Double] = [:]
        var counts: [String: Int]?
        var flag: Bool?

        mutating func fields(_ json: inout JSONFields) {
            json.field("names", &names)
            json.field("terms", &terms)
            json.field("weights", &weights)
            json.field("counts", &counts)
            json.field("flag", &flag)
        }
    }

    static func read<Value: JSONReadable>(_ type: Value.Type, _ text: String) throws -> Value {
        try Array(text.utf8).withUnsafeBytes { try JSONReader.read(type, from: $0) }
    }

    @Test func itReadsWhatJSONDecoderReads() throws {
        let text = #"""
            {"about": "For people.", "names": ["Tập Cận Bình", "a\"b\\c\/d\n\t\u00e9\ud83d\ude00", ""],
             "terms": [{"actor": "USA", "start": "2009-01-20", "end": "2017-01-20"}, {"start": "2021", "actor": "CHN", "end": null}],
             "weights": {"x": -4.4, "y": 1, "z": 2.5e2, "w": 0.1}, "counts": {"a": -3, "b": 0}, "flag": true}
            """#
        let decoded = try JSONDecoder().decode(File.self, from: Data(text.utf8))
        #expect(try Self.read(File.self, text) == decoded)
        #expect(try Self.read(File.self, #"{"names": [], "terms": [], "weights": {}}"#) == File())
    }

    /// Strings are passed over eight bytes at a time: a quote, an escape, a control character
    /// or a multi-byte character at any place in and around a word is still seen.
    @Test func everyPlaceInAStringIsLookedAt() throws {
        func read(_ json: [UInt8]) throws -> [String] {
            try json.withUnsafeBytes { try JSONReader.read([String].self, from: $0) }
        }
        for length in 0..<20 {
            for place in 0...length {
                for inserted in ["\"", "\\", "\n", "\u{1}", "ệ", "😀", "/"] {
                    var text = String(repeating: "a", count: length)
                    text.insert(contentsOf: inserted, at: text.index(text.startIndex, offsetBy: place))
                    let written = try JSONEncoder().encode([text, "b"])
                    #expect(try read(Array(written)) == [text, "b"], "\(length) \(place) \(inserted.debugDescription)")
                }
                // A raw control character or a missing end is an error wherever it is.
                var raw = Array(("[\"" + String(repeating: "a", count: length) + "\"]").utf8)
                raw.insert(0x0A, at: 2 + place)
                #expect(throws: JSONReadError.self) { try read(raw) }
                #expect(throws: JSONReadError.self) { try read(Array(("[\"" + String(repeating: "a", count: length)).utf8)) }
            }
        }
    }

    @Test func anUnknownFieldIsNamedWithThePathAndTheFieldsThere() throws {
        let text = #"{"names": [], "terms": [{"actor": "A", "start": "1"}, {"actor": "B", "start": "2", "weight": 2}], "weights": {}}"#
        let error = try #require(throws: JSONReadError.self) { try Self.read(File.self, text) }
        #expect(error.field == "terms[1].weight")
        #expect("\(error)" == "unknown field 'terms[1].weight' (the fields read there: actor, start, end)")
        // A misspelt field is named before the field it leaves missing.
        let misspelt = try #require(throws: JSONReadError.self) { try Self.read(File.self, #"{"name": [], "terms": [], "weights": {}}"#) }
        #expect("\(misspelt)" == "unknown field 'name' (the fields read there: names, terms, weights, counts, flag)")
        // The description is allowed at the top only.
        let nested = try #require(throws: JSONReadError.self) {
            try Self.read(File.self, #"{"names": [], "terms": [{"about": "x", "actor": "A", "start": "1"}], "weights": {}}"#)
        }
        #expect(nested.field == "terms[0].about")
    }

    @Test func otherErrorsSayWhereAndWhy() throws {
        let missing = try #require(throws: JSONReadError.self) { try Self.read(File.self, #"{"names": [], "weights": {}}"#) }
        #expect(missing.field == "terms" && "\(missing)".contains("missing field 'terms'"))
        let wrong = try #require(throws: JSONReadError.self) { try Self.read(File.self, "{\"names\": [],\n \"terms\": [], \"weights\": {\"x\": \"1\"}}") }
        #expect("\(wrong)" == "expected a number at 'weights.x' (line 2)")
        let whole = try #require(throws: JSONReadError.self) { try Self.read(File.self, #"{"names": [], "terms": [], "weights": {}, "counts": {"a": 1.5}}"#) }
        #expect(whole.field == "counts.a")
        for broken in [#"{"names": ["a"], "terms": [] "weights": {}}"#, #"{"names": ["a]}"#, #"{"names": [01]}"#, "{} x", "", #"{"names": ["\x"]}"#] {
            #expect(throws: JSONReadError.self, "\(broken)") { try Self.read(File.self, broken) }
        }
    }
}
