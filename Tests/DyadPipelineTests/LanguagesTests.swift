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
@testable import DyadMerging
@testable import DyadRendering
@testable import DyadPipeline
@testable import DyadTestSupport

/// Documents in several languages, each read with its own language's rules; sentences written
/// for these tests.
@Suite("Languages: detection, English, and a language added as files")
struct LanguagesTests {
    static let library: LanguageLibrary = {
        do { return try LanguageLibrary.load() } catch { fatalError("resources: \(error)") }
    }()

    static func english() -> LanguageResources { try! library.resources(for: "en")! }

    static func document(_ text: String, path: String = "a.txt", published: String? = "2023-06-19", language: String? = nil) -> SourceDocument {
        var document = Support.document(text, path: path, published: published)
        if let language {
            var metadata = document.metadata
            metadata.language = language
            document = SourceDocument(path: document.path, text: document.text, metadata: metadata)
        }
        return document
    }

    /// The date and pair of each `date pair type` event (its type set aside).
    static func datesAndPairs(_ events: [String]) -> [String] {
        events.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
    }

    /// The events of one English sentence (too short to tell its language from its words).
    static func events(_ text: String, published: String? = "2023-06-19") -> [String] {
        Builder(languages: library).build(documents: [document(text, published: published, language: "en")]).events
            .map { "\($0.date.iso)\($0.end.map { "/" + $0.iso } ?? "") \($0.pair) \($0.type.rawValue)" }
    }

    /// A page that prints its whole text as one paragraph line after a byline and an agency's
    /// name: the paragraph is the article, not a related item after it. A short line after the
    /// byline that ends the page is still a related item.
    @Test func aWholeArticleOnOneLineAfterABylineIsItsBody() {
        let paragraph = "TOKYO (Reuters) — Japan and Australia held talks on March 3 on defence cooperation in the Pacific, "
            + "officials said, as both governments look for ways to deepen their security ties. The ministers discussed "
            + "joint exercises, the supply of equipment and a new framework for sharing intelligence, and agreed to meet "
            + "again later in the year. Neither side gave details of the framework, which is expected to be signed soon."
        let page = "Japan and Australia deepen defence ties\nBy JANE DOE\nReuters\n" + paragraph
        #expect(paragraph.split(separator: " ").count >= FurnitureDetector.paragraphWords)
        #expect(Self.events(page) == ["2023-03-03 AUS-JPN talks"])
        let teaser = "Japan and Australia deepen defence ties\nBy JANE DOE\nReuters\n"
            + "Japan and Australia held talks on March 3 on defence cooperation, officials said."
        #expect(Self.events(teaser).isEmpty)
    }

    @Test func eachDocumentIsReadInTheLanguageItsWordsShow() {
        let vietnamese = Self.document("Ngày 18/6, Ngoại trưởng Mỹ đã có cuộc hội đàm với người đồng cấp Trung Quốc tại Bắc Kinh về các vấn đề của hai nước.")
        let english = Self.document("The foreign ministers of the two countries met in Beijing on Sunday and said that the talks were candid.")
        #expect(Self.library.choose(for: vietnamese).language == "vi")
        #expect(Self.library.choose(for: english).language == "en")
        #expect(Self.library.choose(for: english).basis == .detected)
        // Too few words to tell: the default language.
        #expect(Self.library.choose(for: Self.document("Hà Nội")).basis == .default)
        // A language given in front matter or dyad.yml wins over the words.
        let given = Self.document(english.text, language: "vi")
        #expect(Self.library.choose(for: given) == LanguageLibrary.Choice(language: "vi", basis: .given, unsupportedName: nil))
    }

    @Test func aDocumentInALanguageWithoutResourcesIsNamedNotMisread() {
        let french = Self.document("Le président de la France a rencontré le président de la Chine à Paris le 18 juin, et les deux pays ont signé un accord sur le commerce.")
        let timeline = Builder(languages: Self.library).build(documents: [french])
        #expect(timeline.events.isEmpty)
        #expect(timeline.documents[0].language == "fr")
        #expect(timeline.documents[0].warnings.contains { $0.contains("French") && $0.contains("no resources") })
    }

    @Test func oneBuildReadsAMixedFolder() {
        let vietnamese = Self.document("Ngày 18/6, Ngoại trưởng Mỹ đã hội đàm với người đồng cấp Trung Quốc tại Bắc Kinh.", path: "vi.txt")
        let english = Self.document("Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on March 21, and the two sides signed a joint statement.", path: "en.txt")
        let timeline = Builder(languages: Self.library).build(documents: [vietnamese, english])
        #expect(timeline.events.map(\.pair).sorted() == ["CHN-RUS", "CHN-USA"])
        #expect(timeline.documents.map(\.language) == ["en", "vi"])
        #expect(timeline.documents.allSatisfy { $0.languageBasis == "detected" })
    }

    /// English date shapes, resolved against a publication date (Monday 19 June 2023).
    @Test(arguments: [
        ("They met on June 18 in Beijing.", "2023-06-18"),
        ("They met on 18 June 2023 in Beijing.", "2023-06-18"),
        ("The talks opened on Nov. 15, 2022 in Bali.", "2022-11-15"),
        ("The visit runs June 18-19 this year.", "2023-06-18/2023-06-19"),
        ("The visit ran from 20 to 25 May 2023.", "2023-05-20/2023-05-25"),
        ("The two days of talks, 11 and 12 June, were long.", "2023-06-11/2023-06-12"),
        ("They spoke yesterday.", "2023-06-18"),
        ("They met on Tuesday.", "2023-06-13"),
        ("They will meet on Tuesday.", "2023-06-20"),
        ("The summit was held in March last year.", "2022-03"),
        ("The deal was signed in early 2021.", "2021"),
    ])
    func englishDates(sentence: String, expected: String) {
        let scanner = DateScanner(lexicon: Self.english().dates)
        let found = scanner.scan(Tokenizer.tokenize(sentence)).map { (sentence: 0, line: 1, expression: $0) }
        let resolved = DateResolver().resolve(found, anchor: .published(CalendarDate(iso: "2023-06-19")!)).compactMap(\.resolved)
        #expect(resolved.map { $0.start.iso + ($0.end.map { "/" + $0.iso } ?? "") } == [expected], "\(sentence)")
    }

    /// Written month first, `5/6/2018` could be May or June: it is not read; `6/18/2023` is.
    @Test func anAmbiguousNumericDateIsNotRead() {
        let scanner = DateScanner(lexicon: Self.english().dates)
        #expect(scanner.scan(Tokenizer.tokenize("Jakarta, 5/6/2018: the ministers met.")).isEmpty)
        #expect(scanner.scan(Tokenizer.tokenize("Jakarta, 6/18/2023: the ministers met.")).map(\.text) == ["6/18/2023"])
        #expect(scanner.scan(Tokenizer.tokenize("The vote was 6/18 in favour.")).isEmpty)
    }

    /// A dateline with its year anchors an article that gives no publication date.
    @Test func aDatelineAnchorsTheArticle() {
        let text = "Paris, 26 October 2022 (dpa) - French President Emmanuel Macron met German Chancellor Olaf Scholz yesterday in Paris to discuss energy prices, officials said."
        let timeline = Builder(languages: Self.library).build(documents: [Self.document(text, published: nil, language: "en")])
        #expect(timeline.documents[0].metadata.published?.iso == "2022-10-26")
        #expect(timeline.events.map { "\($0.date.iso) \($0.pair)" } == ["2022-10-25 DEU-FRA"])
    }

    /// A span in the dateline opening the first paragraph dates an event, not the page.
    @Test func aSpanInADatelineIsNotThePagesDate() {
        let text = "HANOI, May 3–5, 2019 (VNA) – Officials from Japan and Vietnam held talks for three days, and the two sides said they would meet again in the week after."
        let timeline = Builder(languages: Self.library).build(documents: [Self.document(text, published: nil, language: "en")])
        #expect(timeline.documents[0].metadata.published == nil)
        #expect(timeline.events.map { "\($0.date.iso)/\($0.end?.iso ?? "") \($0.pair)" } == ["2019-05-03/2019-05-05 JPN-VNM"])
    }

    /// English names a summit's place as the shared list does, or by its own names (`Puglia`).
    @Test func anEnglishSummitWithItsPlaceGivesItsYear() {
        let text = "On the sidelines of the NATO summit in Vilnius on July 11, the leaders of Turkey and Sweden held talks about the accession."
        func dated(_ text: String) -> [String] { Self.datesAndPairs(Self.events(text, published: nil)) }
        #expect(dated(text) == ["2023-07-11 SWE-TUR"])
        let puglia = "At the G7 summit in Puglia on June 14, the leaders of Japan and Italy held talks about trade."
        #expect(dated(puglia) == ["2024-06-14 ITA-JPN"])
    }

    /// `Georgia` (also a US state) and `Jordan` (also a name) are the states only in a text
    /// that names them otherwise too.
    @Test func aNameSharedWithAUSStateNeedsTheDocumentsConfirmation() {
        let country = "Talks in Tbilisi ended without a deal. On August 12, Georgia and Russia signed a ceasefire."
        #expect(Self.datesAndPairs(Self.events(country)) == ["2022-08-12 GEO-RUS"])
        let state = "On August 12, the governor of Georgia and Russia's consul signed a trade memorandum in Atlanta."
        #expect(Self.events(state).isEmpty)
        let jordan = "Jordanian officials confirmed the visit. On May 3, Jordan and Egypt held talks in Cairo."
        #expect(Self.events(jordan) == ["2023-05-03 EGY-JOR talks"])
    }

    /// `The following day` dates the clause it opens (its `following` is no connective there).
    @Test func theFollowingDayDatesWhatComesAfterIt() {
        let text = "Japan's prime minister arrives in Washington on June 22. The following day, he will attend a lunch hosted by US Vice President Kamala Harris."
        #expect(Self.events(text, published: "2023-06-16").contains("2023-06-23 JPN-USA meet"))
    }

    /// A place right after a visit's word (`a visit to Egypt`) is where the visit goes; after
    /// a meeting's (`met … in Tokyo`) it stays the venue.
    @Test func aPlaceRightAfterAVisitIsItsDestination() {
        let trip = "Modi will travel to the United States from June 20-23 and pay his first visit to Egypt from June 24-25."
        #expect(Self.events(trip, published: "2023-06-16") == ["2023-06-20/2023-06-23 IND-USA visit", "2023-06-24/2023-06-25 EGY-IND visit"])
        #expect(Self.datesAndPairs(Self.events("The presidents of China and the US met in Tokyo on June 20.", published: "2023-06-16")) == ["2023-06-20 CHN-USA"])
    }

    /// `The two presidents` at an organisation's summit are the pair named before, not the
    /// organisation's.
    @Test func theTwoLeadersAtAnOrganisationsSummitAreThePairNamedBefore() {
        let text = "US President Joe Biden and Chinese President Xi Jinping spoke by phone on Monday. The last meeting between the two presidents took place in Bali on Nov. 14, 2022, on the sidelines of the Group of 20 summit."
        #expect(Self.datesAndPairs(Self.events(text)).contains("2022-11-14 CHN-USA"))
        let vietnamese = "Ngày 3/7, Tổng thống Pháp điện đàm với Thủ tướng Ấn Độ. Ngày 14/7, hai nhà lãnh đạo gặp nhau bên lề Hội nghị thượng đỉnh G20."
        #expect(Self.datesAndPairs(Support.events(vietnamese)) == ["2023-07-03 FRA-IND", "2023-07-14 FRA-IND"])
    }

    /// An inserted clause's doer is the party right before it; `earlier in the day` is the day
    /// of the date before.
    @Test func anInsertedClauseIsAboutThePartyBeforeIt() {
        let text = "Japan and Australia held talks in Tokyo on March 3. Indian Prime Minister Narendra Modi, who spoke to the Japanese prime minister by phone earlier in the day, said the region needed stability."
        #expect(Self.events(text) == ["2023-03-03 AUS-JPN talks", "2023-03-03 IND-JPN call"])
    }

    /// `and the United Kingdom`: the article before a listed party does not end the list.
    @Test func aListGoesOnPastTheArticleBeforeAParty() {
        let text = "France, Germany and the United Kingdom summoned Iran's ambassadors on Monday."
        #expect(Self.events(text, published: "2024-06-12").sorted() == ["2024-06-10 DEU-IRN statement", "2024-06-10 FRA-IRN statement", "2024-06-10 GBR-IRN statement"])
    }

    @Test func aMonthNameThatIsAlsoAWordNeedsADateWord() {
        let scanner = DateScanner(lexicon: Self.english().dates)
        #expect(scanner.scan(Tokenizer.tokenize("May the talks succeed.")).isEmpty)
        #expect(scanner.scan(Tokenizer.tokenize("They met in May.")).map(\.text) == ["May"])
    }

    @Test func englishEvents() {
        #expect(Self.events("U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday.")
                == ["2023-06-19 CHN-USA meet"])
        #expect(Self.events("Japan’s prime minister spoke by phone with his South Korean counterpart yesterday.")
                == ["2023-06-18 JPN-KOR call"])
        // A topic is not a party; a venue is not a party when two parties are named.
        #expect(Self.events("On June 12, India and Pakistan held talks in Geneva over Afghanistan.")
                == ["2023-06-12 IND-PAK talks"])
        // A weekday with its date in brackets is that date; an adjective is not a meeting.
        #expect(Self.events("On Wednesday (Nov. 20), China and Brazil signed 37 agreements.", published: "2024-11-22")
                == ["2024-11-20 BRA-CHN agreement"])
        #expect(Self.events("In 2023, bilateral trade between China and Brazil hit a record.").isEmpty)
        // A dated announcement of a bilateral step is a statement of the pair; the step is dated too.
        #expect(Self.events("Japan and India will hold talks on July 30, the Japanese foreign ministry said in a statement on July 24.", published: "2019-07-24").sorted()
                == ["2019-07-24 IND-JPN statement", "2019-07-30 IND-JPN talks"])
        // A proposal is an event of its own day, not of the talks it proposes.
        #expect(Self.events("On December 23, Nepal proposed talks with Bhutan on January 15.", published: "2015-12-26").sorted()
                == ["2015-12-23 BTN-NPL appeal", "2016-01-15 BTN-NPL talks"])
        // A reporter of a directed event is not its party; `at` in `fired at` names the target.
        #expect(Self.events("US officials said that on April 13 Iran fired at Israel.", published: "2024-04-19")
                == ["2024-04-13 IRN-ISR military"])
        // A clause set off by `, who … ,` has its own time; the clause it interrupts keeps its subject.
        #expect(Self.events("President Joe Biden, who arrived in Vilnius on Monday evening, met Turkish President Recep Tayyip Erdogan on Tuesday.", published: "2023-07-12")
                == ["2023-07-11 TUR-USA meet"])
        // Countries a measure leaves out are not its parties.
        #expect(Self.events("On Monday, the United States lifted sanctions on Syria, with the exception of transactions involving Russia and Iran.", published: "2025-11-11")
                == ["2025-11-10 SYR-USA sanction"])
        // Signing is done together: a country the clause mentions after `, as` is not a party.
        #expect(Self.events("Japan and the Philippines on Monday signed a defence pact, as both face pressure from China.", published: "2024-07-09")
                == ["2024-07-08 JPN-PHL agreement"])
        // A surname that needs a title stands alone once the person was named in full.
        #expect(Self.events("Ferdinand Marcos Jr. arrived in Tokyo. On Monday, Kishida and Marcos signed a pact.", published: "2024-07-09").contains("2024-07-08 JPN-PHL agreement"))
        #expect(Self.events("On Monday, Kishida and Marcos signed a pact.", published: "2024-07-09").isEmpty)
        // `both parties` after one actor: that actor with each side of the pair just named.
        #expect(Self.events("Ethiopia and Somalia agreed to end their dispute. On Thursday, the African Union urged both parties to respect it.", published: "2024-12-13").sorted()
                == ["2024-12-12 AU-ETH appeal", "2024-12-12 AU-SOM appeal"])
        // A trilateral with a third party after the pair the text is about: the three pairs.
        #expect(Self.events("Japan's leader met South Korea's president in Madrid. The two leaders will attend a trilateral summit with President Joe Biden on Wednesday.", published: "2022-06-28").sorted()
                .filter { $0.hasPrefix("2022-06-29") } == ["2022-06-29 JPN-KOR summit", "2022-06-29 JPN-USA summit", "2022-06-29 KOR-USA summit"])
        // A call may be said with `by phone` alone; exercises are military.
        #expect(Self.events("Brazil's president had spoken with Venezuela's leader by phone on Dec. 9.", published: "2023-12-15") == ["2023-12-09 BRA-VEN call"])
        #expect(Self.events("The United States held military exercises with Guyana on Dec. 7.", published: "2023-12-15") == ["2023-12-07 GUY-USA military"])
        // A year alone dates background, which makes no event; a cancelled meeting is none.
        #expect(Self.events("China and Australia established diplomatic relations in 1972.").isEmpty)
        #expect(Self.events("On Thursday, China cancelled a planned meeting with Japan.", published: "2022-08-05").isEmpty)
        // Calls go from the caller to each one called; joint drills are held together.
        #expect(Self.events("Trump was due to brief South Korea's Moon and Japan's Abe by phone on Tuesday.", published: "2018-06-12").sorted()
                == ["2018-06-12 JPN-USA call", "2018-06-12 KOR-USA call"])
        #expect(Self.events("North Korea condemned the joint exercises of the United States and South Korea due to start on August 21.", published: "2023-08-19")
                .contains("2023-08-21 KOR-USA military"))
        // A mediator is not a party to the deal it brokers.
        #expect(Self.events("On Tuesday, Armenia and Azerbaijan accepted a peace plan brokered by Qatar.", published: "2024-08-14")
                == ["2024-08-13 ARM-AZE agreement"])
        // Joining an alliance is an event.
        #expect(Self.events("Finland formally joined NATO on April 4.", published: "2023-04-05") == ["2023-04-04 FIN-NATO other"])
        // An organisation's summit is not with the country it meets in.
        #expect(Self.events("The G20 summit opened in Japan on June 28.", published: "2019-07-01").isEmpty)
        // Hedged and negated events are not events.
        #expect(Self.events("Iran may sign a deal with Iraq on Tuesday.").isEmpty)
        #expect(Self.events("Egypt did not meet Sudan on June 3.").isEmpty)
    }

    @Test func abbreviationsDoNotEndSentences() {
        let english = Self.english().abbreviations
        #expect(SentenceSplitter.split("The U.S. President met Mr. Xi on Nov. 15 in Woodside. It was their first meeting.", abbreviations: english).count == 2)
        #expect(SentenceSplitter.split("S. Korea and Japan met. They talked.", abbreviations: english).count == 2)
        // A word that is not listed still ends its sentence.
        #expect(SentenceSplitter.split("They met in Oslo. Then they left.", abbreviations: english).count == 2)
    }

    @Test func aPossessiveIsTheNameAndItsEnding() {
        let tokens = Tokenizer.tokenize("Beijing’s reply and China's note, O'Brien's view")
        #expect(tokens.indices.map { tokens.text(at: $0) } == ["Beijing", "’s", "reply", "and", "China", "'s", "note", ",", "O'Brien", "'s", "view"])
    }

    /// A folder of resources with a third language, Indonesian (`id`): the six files, with
    /// `changes` made to their texts.
    static func indonesianFolder(changing changes: [String: (String) -> String] = [:]) throws -> URL {
        let folder = Support.temporaryFolder()
        let language = folder.appendingPathComponent("id")
        try FileManager.default.createDirectory(at: language, withIntermediateDirectories: true)
        let files: [String: String] = [
            "language.json": #"{"name": "Indonesian", "function_words": ["yang", "dan", "di", "dengan", "pada", "ini", "adalah", "untuk", "kedua"]}"#,
            "actors.json": #"{"aliases": {"USA": {"names": ["Amerika Serikat"]}, "CHN": {"names": ["Tiongkok"]}}, "not_actors": []}"#,
            "titles.json": #"{"titles": {"Presiden": "head_of_state"}, "honorifics": []}"#,
            "dates.json": #"""
                {"day_cues": ["pada", "tanggal"], "month_words": [], "year_words": ["tahun"], "quarter_words": [], "quarter_numerals": {},
                 "span_joiners": ["-"], "relative_days": {"hari ini": 0, "kemarin": -1}, "relative_weeks": {},
                 "relative_months": {}, "relative_years": {}, "anaphoric_days": {}, "weekdays": {}, "forward_markers": ["akan"],
                 "backward_markers": ["telah"], "not_dates_unless_cued": [], "plural_markers": [],
                 "month_names": {"Juni": 6}}
                """#,
            "events.json": #"""
                {"triggers": [{"words": ["bertemu"], "type": "meet", "cameo": "040", "goldstein": 1.0, "priority": 5}],
                 "not_triggers": [], "hedges": ["mungkin"], "negations": ["tidak"], "future_markers": ["akan"], "topic_markers": ["tentang"],
                 "topic_resets": [], "topic_continuations": [], "pair_between": ["antara"], "pair_joiners": ["dan", "dengan"],
                 "pair_stops": [","], "venue_nouns": [], "location_markers": ["di"], "anaphoric_subjects": [],
                 "clause_breaks": {"coordinate": [], "subordinate": [], "context": [], "purpose": []}}
                """#,
            "furniture.json": #"{"headings": ["Berita terkait"], "line_prefixes": [], "caption_markers": [], "media_prefixes": []}"#,
        ]
        for (name, text) in files {
            try (changes[name] ?? { $0 })(text).write(to: language.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// A third language from files alone: a folder with the six files, no code.
    @Test func aLanguageIsAddedAsAFolderOfFiles() throws {
        let folder = try Self.indonesianFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = try LanguageLibrary.load(additionalFolder: folder)
        #expect(library.languages == ["en", "id", "vi"])
        let text = "Pada 18 Juni, Amerika Serikat bertemu dengan Tiongkok di Jakarta. Ini adalah pertemuan yang penting dan bersejarah untuk kedua negara."
        let timeline = Builder(languages: library).build(documents: [Self.document(text)])
        #expect(timeline.documents[0].language == "id")
        #expect(timeline.events.map { "\($0.date.iso) \($0.pair) \($0.type.rawValue)" } == ["2023-06-18 CHN-USA meet"])
    }

    /// The loading error of the Indonesian folder with `changes`, as printed.
    static func loadingError(changing changes: [String: (String) -> String]) throws -> String {
        let folder = try indonesianFolder(changing: changes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: LexiconError.self) { try LanguageLibrary.load(defaultLanguage: "id", additionalFolder: folder) }
        return "\(error)"
    }

    /// A mistyped or retired field cannot sit in a data file unnoticed: loading stops, naming
    /// the file, the field and the fields read there.
    @Test func aFieldNoCodeReadsIsAnErrorNamingTheFileAndTheField() throws {
        let top = try Self.loadingError(changing: ["furniture.json": { $0.replacingOccurrences(of: "\"caption_markers\"", with: "\"caption_marker\"") }])
        #expect(top.contains("id/furniture.json") && top.contains("unknown field 'caption_marker'"), "\(top)")
        #expect(top.contains("caption_markers"), "the fields read there are listed: \(top)")
        let nested = try Self.loadingError(changing: ["events.json": { $0.replacingOccurrences(of: "\"priority\": 5", with: "\"priority\": 5, \"weight\": 2") }])
        #expect(nested.contains("id/events.json") && nested.contains("unknown field 'triggers[0].weight'"), "\(nested)")
        #expect(nested.contains("words, type, cameo, goldstein, priority"), "\(nested)")
        // The file's own description is for people.
        let described = try Self.indonesianFolder(changing: ["titles.json": { $0.replacingOccurrences(of: "{\"titles\"", with: "{\"about\": \"Titles.\", \"titles\"") }])
        defer { try? FileManager.default.removeItem(at: described) }
        #expect(try LanguageLibrary.load(defaultLanguage: "id", additionalFolder: described).defaultLanguage == "id")
    }

    /// A trigger's type must be one Dyad reports: a misspelt one is not quietly another.
    @Test func anUnknownEventTypeIsAnErrorNamingTheFileAndTheTrigger() throws {
        let error = try Self.loadingError(changing: ["events.json": { $0.replacingOccurrences(of: "\"type\": \"meet\"", with: "\"type\": \"meeting\"") }])
        #expect(error.contains("id/events.json") && error.contains("trigger 'bertemu' has unknown type 'meeting'"), "\(error)")
        #expect(error.contains("meet, call, visit"), "the known types are listed: \(error)")
    }
}
