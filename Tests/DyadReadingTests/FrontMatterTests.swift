import Foundation
import Testing
@testable import DyadModel
@testable import DyadReading

@Suite("Reading: front matter, plain lines read directly and the rest by YAML")
struct FrontMatterTests {
    /// What the YAML parser makes of a block.
    private func parsed(_ block: String) throws -> DocumentMetadata {
        try MetadataFields.parse(yaml: block, context: "front matter").metadata
    }

    private func plain(_ block: String) -> DocumentMetadata? {
        PlainFrontMatter.read(ArraySlice(block.utf8))
    }

    @Test func plainLinesGiveWhatTheParserGives() throws {
        let blocks = [
            "published: 2023-08-28\n",
            "published: 2024-05\ntitle: Việt Nam – Trung Quốc họp lúc 9:30 sáng\n",
            "title: Biden meets Xi in Woodside\nurl: https://example.com/a/b?c=1#top\nsource: AP\n",
            "language: vi\npublished:    2012\nsource: Báo Quốc tế\n",
            "title: 100% of ASEAN's ministers, and Mr. O'Neil\n",
        ]
        for block in blocks {
            let direct = try #require(plain(block), "\(block) should be read directly")
            #expect(direct == (try parsed(block)), "\(block)")
        }
        #expect(plain("title: Họp lúc 9:30 sáng\n")?.title == "Họp lúc 9:30 sáng")
    }

    /// Each of these is YAML that is not a plain string, a line that is not `key: value`, or a
    /// pair the field warns about: the parser reads it (and names the line).
    @Test func everythingElseGoesToTheParser() {
        let blocks = [
            "title: \"Quoted: with a colon\"\n",
            "title: 'single'\n",
            "title: a: b\n",
            "title: Talks # a comment\n",
            "# a comment\ntitle: Talks\n",
            "title: Talks\n\nsource: AP\n",
            "title: Talks\ntitle: Again\n",
            "author: Someone\n",
            "published: 28/08/2023\n",
            "title:\n",
            "title: [a, b]\n",
            "title: - item\n",
            "title: >\n  folded\n",
            "title: ends with a colon:\n",
            "title: tab\there\n",
            "title: a\u{2028}b\n",
            " title: indented\n",
            "title : spaced\n",
            "",
        ]
        for block in blocks {
            #expect(plain(block) == nil, "\(block) should go to the parser")
        }
    }

    /// Read through the whole reader: the same metadata and warnings as before, the block's
    /// lines blanked either way.
    @Test func documentsReadEitherWayKeepTheirLines() throws {
        let reader = DocumentReader(baseFolder: URL(fileURLWithPath: "/tmp"))
        let direct = try reader.read(path: "a.txt", bytes: Array("---\npublished: 2023-08-28\ntitle: Talks\n---\nBody line.\n".utf8))
        #expect(direct.metadata.published == CalendarDate(year: 2023, month: 8, day: 28))
        #expect(direct.metadata.publishedOrigin == .frontMatter)
        #expect(direct.warnings.isEmpty)
        #expect(direct.utf8 == Array("\n\n\n\nBody line.\n".utf8))
        let parsed = try reader.read(path: "b.txt", bytes: Array("---\npublished: \"2023-08-28\"\nauthor: X\n---\nBody line.\n".utf8))
        #expect(parsed.metadata.published == CalendarDate(year: 2023, month: 8, day: 28))
        #expect(parsed.warnings == ["front matter (line 2): unknown key 'author'"])
        #expect(parsed.utf8 == Array("\n\n\n\nBody line.\n".utf8))
    }
}
