import Testing
@testable import DyadText
@testable import DyadModel
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadEvents
@testable import DyadPipeline
@testable import DyadTestSupport

/// One invented sentence read as the pipeline reads it — tokens, actors, dates resolved against
/// a publication date, clauses, event words — for one decision of the events stage to be tried
/// on alone.
private struct Sample {
    let extractor: EventExtractor
    let tokens: TokenList
    let mentions: [ActorMention]
    let dates: [DatedExpression]
    let clauses: [Clause]
    let words: [EventWord]

    init(_ text: String, in resources: LanguageResources = Support.resources, published: String = "2023-06-19") {
        extractor = EventExtractor(resources: resources)
        tokens = resources.vocabulary.tokenize(TextDecoding.normalise(text))
        mentions = ActorMatcher(gazetteer: resources.gazetteer).mentions(in: tokens)
        let found = DateScanner(lexicon: resources.dates).scan(tokens).map { (sentence: 0, line: 1, expression: $0) }
        dates = DateResolver().resolve(found, anchor: .published(CalendarDate(iso: published)!))
        clauses = resources.events.clauses(of: tokens)
        words = extractor.eventWords(in: tokens, mentions: mentions)
    }

    /// The tokens of the first `phrase` in the sentence (compared word by word, lower-cased).
    func range(of phrase: String) -> Range<Int> {
        let wanted = phrase.lowercased().split(separator: " ").map(String.init)
        let start = tokens.indices.first { start in
            start + wanted.count <= tokens.count && (0..<wanted.count).allSatisfy { tokens.lower(at: start + $0) == wanted[$0] }
        }
        guard let start else {
            Issue.record("'\(phrase)' is not in the sentence")
            return 0..<0
        }
        return start..<start + wanted.count
    }

    /// The clause `phrase` is in.
    func clause(of phrase: String) -> Clause {
        let start = range(of: phrase).lowerBound
        return clauses.first { $0.range.contains(start) } ?? clauses[0]
    }

    /// The sentence's event word that starts where `phrase` does.
    func word(_ phrase: String) -> EventWord? {
        words.first { $0.range.lowerBound == range(of: phrase).lowerBound }
    }

    /// Why `phrase`'s event word is no event, if it is not.
    func modality(of phrase: String) throws -> Modality? {
        let found = try #require(word(phrase))
        return extractor.modality(of: found.range, in: clause(of: phrase), tokens: tokens, dates: dates)
    }

    /// Whether `phrase`'s event word, dated `iso`, is still to come when published on 2023-06-19.
    func isFuture(_ phrase: String, on iso: String) throws -> Bool {
        let found = try #require(word(phrase))
        let date = ResolvedDate(start: FuzzyDate(try #require(CalendarDate(iso: iso))), end: nil, basis: .explicit)
        return extractor.isFuture(word: found.range, clause: clause(of: phrase), tokens: tokens, date: date,
                                  published: CalendarDate(iso: "2023-06-19"))
    }

    /// The date `phrase`'s event word gets, as ISO text, or why it gets none.
    func date(of phrase: String) -> String {
        let clause = clause(of: phrase)
        let clauseDates = dates.filter { clause.range.contains($0.expression.tokens.lowerBound) }
        let inClause = extractor.joinedWords(words, in: clause)
        guard let index = inClause.firstIndex(where: { $0.range.contains(range(of: phrase).lowerBound) }) else { return "no word" }
        let next = index + 1 < inClause.count ? inClause[index + 1].range.lowerBound : clause.range.upperBound
        let opening = extractor.openingDate(of: dates, clauses: clauses, firstWord: words[0].range.lowerBound)
        switch extractor.date(of: inClause[index].range, nextWord: next, in: clause, clauseDates: clauseDates, tokens: tokens, opening: opening) {
        case .on(_, let resolved): return resolved.start.iso
        case .undated(.noDate): return "no date"
        case .undated(.unplaced(let date)): return "unplaced: \(date.expression.text)"
        case .undated(.yearAlone(let date)): return "year alone: \(date.expression.text)"
        }
    }

    /// The parties of `phrase`'s event word, dated `on`, with `context` the previous sentences' pair.
    func parties(of phrase: String, on date: String, context: [String]? = nil) -> Parties {
        guard let found = word(phrase) else {
            Issue.record("no event word '\(phrase)'")
            return Parties(pairs: [], rule: .noActor)
        }
        return extractor.parties(in: clause(of: phrase), tokens: tokens, mentions: mentions, on: CalendarDate(iso: date)!,
                                 words: words.map(\.range), word: found.range.lowerBound, meaning: found.meaning, context: context)
    }

    /// The sentence as the events stage sees it, as the body's sentence `index`.
    func facts(index: Int = 0) -> SentenceFacts {
        SentenceFacts(sentence: Sentence(line: index + 1, index: index, tokens: tokens), tokens: tokens, mentions: mentions,
                      dates: dates, words: words)
    }
}

/// Each decision of the events stage, tried alone on sentences made up for the purpose.
@Suite("Event decisions, one at a time")
struct EventDecisionsTests {
    // MARK: Which event words count

    @Test func aSpokespersonsWordsOfSpeechAreEventWords() {
        let spoken = Sample("Hôm qua, người phát ngôn Bộ Ngoại giao Nga cho biết Nga phản đối Ba Lan.")
        #expect(spoken.word("cho biết")?.meaning.type == .statement)
        #expect(spoken.word("phản đối")?.meaning.type == .statement)
        let reported = Sample("Hôm qua, một nhà báo Nga cho biết Nga phản đối Ba Lan.")
        #expect(reported.word("cho biết") == nil)
        #expect(reported.word("phản đối") != nil)
        let english = Sample("A Brazilian diplomat said on Tuesday that Brazil condemned the strike.", in: Support.english)
        #expect(english.word("said") == nil)
        #expect(english.word("condemned")?.meaning.type == .statement)
    }

    /// A spokesperson calling the other side's act something (`gọi … là`, `called … "wrong"`,
    /// `described … as`) is an official statement about it (GUIDELINES).
    @Test func aSpokespersonCharacterisingAnActIsAStatement() {
        #expect(Support.events("Người phát ngôn Bộ Ngoại giao Trung Quốc Uông Văn Bân hôm 5/3 gọi động thái của Nhật Bản là \"khiêu khích nguy hiểm\".",
                               published: "2024-03-14") == ["2024-03-05 CHN-JPN statement"])
        #expect(Support.events("A spokesperson for the Chinese foreign ministry on June 13 called the Japanese move \"a dangerous provocation\".", in: Support.english) == ["2023-06-13 CHN-JPN statement"])
        // Not a spokesperson: a word of speech is no event word.
        #expect(Sample("Hôm 5/3, một học giả Trung Quốc gọi động thái của Nhật Bản là sai lầm.").word("gọi") == nil)
        // A call is still a call.
        #expect(Sample("Hôm 5/3, người phát ngôn Nga cho biết Nga đã gọi điện cho Pháp.").word("gọi điện")?.meaning.type == .call)
    }

    /// A word inside an actor's name is part of the name, not an event word.
    @Test func aWordInsideAnActorsNameIsNoEventWord() {
        let vietnamese = Sample("Ngày 29/1, Tổ chức Hiệp ước Bắc Đại Tây Dương và Hàn Quốc ký hiệp ước hợp tác.")
        #expect(vietnamese.word("Hiệp ước Bắc") == nil)
        #expect(vietnamese.word("ký")?.meaning.type == .agreement)
        let english = Sample("On January 29, the North Atlantic Treaty Organization met South Korea.", in: Support.english)
        #expect(english.word("Treaty") == nil)
        #expect(english.word("met")?.meaning.type == .meet)
    }

    @Test func wordsOfOneFamilyNextToEachOtherAreOneWord() {
        let sample = Sample("Ngày 14/5, Pháp gặp và hội đàm với Đức tại Berlin.")
        let joined = sample.extractor.joinedWords(sample.words, in: sample.clauses[0])
        #expect(joined.count == 1)
        #expect(joined.first.map { sample.tokens.text($0.range) } == "gặp và hội đàm")
        #expect(joined.first?.meaning.type == .talks)
        // A proposal of talks is two words of two families.
        let english = Sample("On March 3, Chile proposed talks with Peru.", in: Support.english)
        let two = english.extractor.joinedWords(english.words, in: english.clauses[0])
        #expect(two.map(\.meaning.type) == [.appeal, .talks])
    }

    @Test func hedgedAndNegatedWordsAreNotEvents() throws {
        let hedged = Sample("Hàn Quốc có thể hội đàm với Nhật Bản vào ngày 20/7.")
        #expect(try hedged.modality(of: "hội đàm") == .hedged(by: hedged.range(of: "có thể")))
        #expect(try Sample("Ngày 4/2, Ai Cập chưa gặp Ethiopia như dự kiến.").modality(of: "gặp") == .negated)
        #expect(try Sample("Ngày 4/2, Ai Cập gặp Ethiopia như dự kiến.").modality(of: "gặp") == nil)
        // `May` opening a date hedges nothing.
        #expect(try Sample("On May 16, Chile and Peru signed a fishing agreement.", in: Support.english).modality(of: "signed") == nil)
        let english = Sample("Chile may meet Peru on June 2.", in: Support.english)
        #expect(try english.modality(of: "meet") == .hedged(by: english.range(of: "may")))
    }

    @Test func aPurposeWithoutItsOwnDateAddsNothingToAnEventMade() {
        let sample = Sample("Ngày 9/9, Thủ tướng Pháp đến Italy để hội đàm với Đức.")
        let purpose = sample.clause(of: "hội đàm")
        #expect(purpose.kind == .purpose)
        #expect(sample.extractor.addsNothing(purpose, dates: [], afterEvents: true))
        #expect(!sample.extractor.addsNothing(purpose, dates: [], afterEvents: false))
        #expect(!sample.extractor.addsNothing(purpose, dates: sample.dates, afterEvents: true))
        #expect(!sample.extractor.addsNothing(sample.clauses[0], dates: [], afterEvents: true))
        // Its doer is named before it: its parties are sought from the sentence's start.
        #expect(sample.extractor.partyClause(of: purpose).range == 0..<purpose.range.upperBound)
        #expect(sample.extractor.partyClause(of: sample.clauses[0]).range == sample.clauses[0].range)
    }

    /// `nhằm vào` (aimed at) names the target and goes on with the clause; `nhằm` alone still
    /// opens a purpose.
    @Test func aimedAtGoesOnWithTheClause() {
        let strike = Sample("Israel bắt đầu không kích nhằm vào Syria từ ngày 8/6, khiến nhiều người thiệt mạng.")
        #expect(strike.clause(of: "không kích").kind == .main)
        #expect(strike.clause(of: "không kích").range.contains(strike.range(of: "từ ngày").lowerBound))
        let purpose = Sample("Hai bên hội đàm ngày 8/6 nhằm thúc đẩy hợp tác.")
        #expect(purpose.clauses.map(\.kind) == [.main, .purpose])
    }

    /// A connective inside a date (`following` in `The following day`) splits no clause.
    @Test func aConnectiveInsideADateIsNoClauseBreak() {
        let text = "Modi arrives on June 22. The following day, he will meet Kamala Harris at lunch."
        let sample = Sample(text, in: Support.english)
        #expect(sample.extractor.lexicon.clauses(of: sample.tokens).count == 2)
        #expect(sample.extractor.lexicon.clauses(of: sample.tokens, dates: sample.dates).map(\.kind) == [.main])
        // Outside a date it still opens a subordinate clause.
        let after = Sample("India and the US met on June 23, following the talks in Delhi.", in: Support.english)
        #expect(after.extractor.lexicon.clauses(of: after.tokens, dates: after.dates).map(\.kind) == [.main, .subordinate])
    }

    /// An inserted clause (`, who …,`) takes the party right before it as its doer.
    @Test func anInsertedClauseReachesBackToItsAntecedent() {
        let sample = Sample("Zelensky, who spoke to Tusk by phone on Monday, said Europe was being tested.", in: Support.english)
        let insertion = sample.clause(of: "spoke to")
        #expect(insertion.kind == .insertion)
        #expect(sample.extractor.partyClause(of: insertion, mentions: sample.mentions).range.lowerBound == sample.range(of: "Zelensky").lowerBound)
        #expect(sample.extractor.partyClause(of: insertion).range == insertion.range)
    }

    // MARK: Which date an event word gets

    @Test func aBracketRestatingTheDateBeforeItIsDropped() {
        let english = Sample("The envoys met on June 28 (June 29 in Seoul) in Hanoi.", in: Support.english)
        let kept = english.extractor.withoutRestatements(english.dates, tokens: english.tokens)
        #expect(english.dates.count == 2)
        #expect(kept.map(\.expression.text) == ["June 28"])
        let apart = Sample("Chile met Peru on June 28 and Bolivia on June 29.", in: Support.english)
        #expect(apart.extractor.withoutRestatements(apart.dates, tokens: apart.tokens).count == 2)
    }

    @Test func aWordTakesTheDateAfterItElseTheOneBeforeItElseTheOpeningOne() {
        let sample = Sample("Ngày 2/10, Mỹ kêu gọi Nga hội đàm với Ukraine vào ngày 21/10.", published: "2023-10-22")
        #expect(sample.date(of: "hội đàm") == "2023-10-21")
        #expect(sample.date(of: "kêu gọi") == "2023-10-02")
        let coordinate = Sample("Ngày 3/4, Pháp hội đàm với Đức, còn Italy gặp Tây Ban Nha.", published: "2023-04-05")
        #expect(coordinate.clause(of: "gặp").kind == .coordinate)
        #expect(coordinate.date(of: "gặp") == "2023-04-03")
        let subordinate = Sample("Ngày 3/4, Pháp hội đàm với Đức sau khi Italy gặp Tây Ban Nha.", published: "2023-04-05")
        #expect(subordinate.clause(of: "gặp").kind == .subordinate)
        #expect(subordinate.date(of: "gặp") == "no date")
    }

    @Test func aYearAloneOrADateThatCannotBePlacedDatesNoEvent() {
        let background = Sample("Chile và Peru thiết lập quan hệ ngoại giao năm 1992.")
        #expect(background.date(of: "thiết lập quan hệ ngoại giao") == "year alone: năm 1992")
        let english = Sample("Chile and Peru will hold talks next week.", in: Support.english)
        #expect(english.date(of: "hold talks").hasPrefix("unplaced: "))
        let dated = Sample("Chile and Peru will hold talks on July 3.", in: Support.english)
        #expect(dated.date(of: "hold talks") == "2023-07-03")
    }

    /// A date that is an occasion's (`Quốc khánh 2/9`, `Independence Day on July 4`), a name's
    /// (`luật 30/4`) or a designated day's (`xem ngày 30/4 là`, `designating April 30 as`), or
    /// a span of decades (an anniversary's), belongs elsewhere; an event's own date does not.
    @Test func occasionsNamesAndAnniversariesDateElsewhere() {
        func elsewhere(_ text: String, in resources: LanguageResources = Support.resources) -> [Bool] {
            let sample = Sample(text, in: resources)
            return sample.dates.map { sample.extractor.datesElsewhere($0, tokens: sample.tokens) }
        }
        #expect(elsewhere("Ngày 30/8, nhân dịp Quốc khánh 2/9, Lào gửi điện mừng Việt Nam.") == [false, true])
        #expect(elsewhere("Peru phản đối đạo luật của Chile xem ngày 30/4 là Ngày Biển và luật 12/6.") == [true, true])
        #expect(elsewhere("Nhân dịp kỷ niệm 50 năm (2/12/1975 - 2/12/2025), hai bên gặp nhau ngày 1/12.") == [true, false])
        #expect(elsewhere("Hội nghị diễn ra các ngày 30/12/2024 - 2/1/2025.") == [false])
        #expect(elsewhere("On June 30, India greeted the US ahead of Independence Day on July 4 and a law designating April 30 as Sea Day.",
                          in: Support.english) == [false, true, true])
    }

    @Test func anEventIsFutureAfterPublicationOrOnItWhenPlanned() throws {
        let planned = Sample("Ngày 19/6, Pháp sẽ hội đàm với Đức.")
        #expect(try planned.isFuture("hội đàm", on: "2023-06-19"))
        #expect(try planned.isFuture("hội đàm", on: "2023-06-20"))
        #expect(try !planned.isFuture("hội đàm", on: "2023-06-18"))
        let reported = Sample("Ngày 19/6, Pháp hội đàm với Đức.")
        #expect(try !reported.isFuture("hội đàm", on: "2023-06-19"))
        #expect(try reported.isFuture("hội đàm", on: "2023-06-20"))
    }

    // MARK: Which two parties

    @Test func betweenXAndYAndCompoundsNameThePair() {
        let between = Sample("Ngày 5/6, Nhật Bản đưa tin về cuộc gặp giữa Chile và Peru tại Lima.")
        let parties = between.parties(of: "cuộc gặp", on: "2023-06-05")
        #expect(parties.rule == .between)
        #expect(parties.pairs == [["CHL", "PER"]])
        let compound = Sample("Ngày 5/6, cuộc hội đàm Mỹ-Trung diễn ra tại Geneva.")
        let pair = compound.parties(of: "cuộc hội đàm", on: "2023-06-05")
        #expect(pair.rule == .compound)
        #expect(pair.pairs.map { $0.sorted() } == [["CHN", "USA"]])
    }

    @Test func aClausesTopicAndVenueAreNotItsParties() {
        let sample = Sample("Ngày 7/6, Pháp điện đàm với Đức về vấn đề Ukraine.")
        let parties = sample.parties(of: "điện đàm", on: "2023-06-07")
        #expect(parties.pairs == [["FRA", "DEU"]])
        #expect(parties.rule == .firstTwo)
        #expect(parties.topics == ["UKR"])
        let venue = Sample("Ngày 7/6, Pháp hội đàm với Đức tại thủ đô Rome.")
        let met = venue.parties(of: "hội đàm", on: "2023-06-07")
        #expect(met.pairs == [["FRA", "DEU"]])
        #expect(met.location == "Rome")
        let actors = venue.extractor.actors(in: venue.clauses[0], tokens: venue.tokens, mentions: venue.mentions,
                                            on: CalendarDate(iso: "2023-06-07")!, words: venue.words.map(\.range))
        #expect(actors.venues.map(\.text) == ["Rome"])
    }

    @Test func oneNamedPartyIsPairedWithItsVenueOrWhatItSpeaksAbout() {
        let visit = Sample("On June 5, France began a visit in Kenya.", in: Support.english)
        let trip = visit.parties(of: "visit", on: "2023-06-05")
        #expect(trip.rule == .partyAndVenue)
        #expect(trip.pairs == [["FRA", "KEN"]])
        let statement = Sample("On June 5, Russia issued a statement about Ukraine.", in: Support.english)
        let about = statement.parties(of: "statement", on: "2023-06-05")
        #expect(about.rule == .statementAbout)
        #expect(about.pairs == [["RUS", "UKR"]])
        let alone = Sample("On June 5, Russia held exercises.", in: Support.english)
        #expect(alone.parties(of: "exercises", on: "2023-06-05").rule == .oneActor("RUS"))
    }

    @Test func severalPartiesMakeSeveralPairsOrNone() {
        let directed = Sample("On June 5, France and Germany summoned Iran's envoys.", in: Support.english)
        let summoned = directed.parties(of: "summoned", on: "2023-06-05")
        #expect(summoned.rule == .directed)
        // The doers are listed from the one nearest the word.
        #expect(summoned.pairs == [["DEU", "IRN"], ["FRA", "IRN"]])
        let calls = Sample("On June 5, France held a phone call with Germany and Italy.", in: Support.english)
        let call = calls.parties(of: "held a phone call", on: "2023-06-05")
        #expect(call.rule == .calls)
        #expect(call.pairs == [["FRA", "DEU"], ["FRA", "ITA"]])
        let three = Sample("Ngày 5/6, Pháp, Đức và Italy họp thượng đỉnh.")
        #expect(three.parties(of: "thượng đỉnh", on: "2023-06-05").pairs == [["FRA", "DEU"], ["FRA", "ITA"], ["DEU", "ITA"]])
        let many = Sample("On June 5, France, Germany, Italy and Spain met.", in: Support.english)
        let gathering = many.parties(of: "met", on: "2023-06-05")
        #expect(gathering.pairs.isEmpty)
        #expect(gathering.rule == .manyStates(4))
    }

    /// A coalition acting on one party: each member with it, the one that joins the others too.
    @Test func aCoalitionsMembersEachActOnTheTarget() {
        let english = Sample("On March 22, the European Union joined the United States, Britain and Canada in imposing sanctions on Russia.", in: Support.english)
        let sanctions = english.parties(of: "sanctions", on: "2023-03-22")
        #expect(sanctions.rule == .directed)
        #expect(Set(sanctions.pairs.map { $0.sorted() }) == [["EU", "RUS"], ["RUS", "USA"], ["GBR", "RUS"], ["CAN", "RUS"]])
        let vietnamese = Sample("Ngày 22/3, EU cùng Mỹ, Nhật Bản và Canada áp đặt lệnh trừng phạt đối với Nga.")
        let measures = vietnamese.parties(of: "áp đặt lệnh trừng phạt", on: "2023-03-22")
        #expect(Set(measures.pairs.map { $0.sorted() }) == [["EU", "RUS"], ["RUS", "USA"], ["JPN", "RUS"], ["CAN", "RUS"]])
    }

    @Test func aPairOfStatesAttendingAnOrganisationsMeetingIsPairedWithItToo() {
        let sample = Sample("On June 5, Vietnam and Laos met on the sidelines as they attended the ASEAN summit.", in: Support.english)
        let parties = sample.parties(of: "met", on: "2023-06-05")
        guard case .firstTwoAndAttended(let organisation, _) = parties.rule else { Issue.record("rule \(parties.rule)"); return }
        #expect(organisation == "ASEAN")
        #expect(parties.pairs == [["VNM", "LAO"], ["VNM", "ASEAN"]])
    }

    @Test func withoutPartiesOfItsOwnAClauseTakesThePreviousSentencesPair() {
        let leaders = Sample("Ngày 5/6, hai nhà lãnh đạo đã gặp nhau.")
        let met = leaders.parties(of: "gặp", on: "2023-06-05", context: ["CHL", "PER"])
        #expect(met.pairs == [["CHL", "PER"]])
        #expect(met.rule == .contextPair)
        #expect(leaders.parties(of: "gặp", on: "2023-06-05").rule == .noActor)
        let third = Sample("The two leaders will attend a trilateral summit with Japan on June 5.", in: Support.english)
        let trilateral = third.parties(of: "summit", on: "2023-06-05", context: ["KOR", "USA"])
        #expect(trilateral.rule == .contextAndThird)
        #expect(trilateral.pairs == [["KOR", "USA"], ["KOR", "JPN"], ["USA", "JPN"]])
        let both = Sample("On June 5, Egypt urged both sides to stop fighting.", in: Support.english)
        let urged = both.parties(of: "urged", on: "2023-06-05", context: ["ETH", "ERI"])
        #expect(urged.rule == .bothSides)
        #expect(urged.pairs == [["EGY", "ETH"], ["EGY", "ERI"]])
        #expect(urged.rule.usesContext && !PairRule.firstTwo.usesContext)
    }

    /// A mutual event that another event word governs has the parties named after it; the
    /// governing word's subject is no party to it.
    @Test func aGovernedMutualEventKeepsItsOwnParties() {
        let drills = Sample("Tuần trước, Triều Tiên chỉ trích kế hoạch tập trận chung của Mỹ và Hàn Quốc bắt đầu từ ngày 21/8.")
        #expect(drills.parties(of: "tập trận chung", on: "2023-08-21").pairs.map { $0.sorted() } == [["KOR", "USA"]])
        let english = Sample("Last week, China condemned the joint drills of the United States and Japan that begin on August 21.", in: Support.english)
        #expect(english.parties(of: "joint drills", on: "2023-08-21").pairs.map { $0.sorted() } == [["JPN", "USA"]])
        // With no event word between, the subject is a party (three states together).
        let together = Sample("Ngày 21/8, Triều Tiên, Mỹ và Hàn Quốc hội đàm tại Bàn Môn Điếm.")
        #expect(together.parties(of: "hội đàm", on: "2023-08-21").rule == .threeTogether)
    }

    /// Attending something meets no one by itself: without a party named, the clause takes the
    /// previous sentences' pair only when its subject refers back to it.
    @Test func attendingAForumIsNoMeetingOfThePairBefore() {
        let forum = Sample("Ngày 9/10, Thủ tướng sẽ tham dự Diễn đàn Kinh tế Mekong lần thứ 5.")
        #expect(forum.parties(of: "tham dự", on: "2023-10-09", context: ["JPN", "VNM"]).rule == .noActor)
        let leaders = Sample("Ngày 9/10, hai nhà lãnh đạo cùng tham dự lễ khai mạc.")
        #expect(leaders.parties(of: "tham dự", on: "2023-10-09", context: ["JPN", "VNM"]).pairs == [["JPN", "VNM"]])
        let english = Sample("On October 9, the minister attended a business forum on clean energy.", in: Support.english)
        #expect(english.parties(of: "attended", on: "2023-10-09", context: ["JPN", "VNM"]).rule == .noActor)
        // Meeting, not attending, still takes the pair.
        let met = Sample("On October 9, they met again over dinner.", in: Support.english)
        #expect(met.parties(of: "met", on: "2023-10-09", context: ["JPN", "VNM"]).pairs == [["JPN", "VNM"]])
    }

    /// `giữa hai nước`, `between the two sides` names the pair the text is about; the host or
    /// mediator the clause names is no party to it (GUIDELINES), nor paired with each side.
    @Test func betweenTheTwoSidesIsThePairReferredTo() {
        let hosted = Sample("Ngày 2/3, Kenya đã tổ chức cuộc đàm phán giữa hai nước tại Nairobi.")
        let talks = hosted.parties(of: "cuộc đàm phán", on: "2023-03-02", context: ["ERI", "ETH"])
        #expect(talks.rule == .betweenReferredBack)
        #expect(talks.pairs == [["ERI", "ETH"]])
        let english = Sample("On March 2, Georgia hosted two rounds of talks between the two sides.", in: Support.english)
        let rounds = english.parties(of: "talks", on: "2023-03-02", context: ["ARM", "AZE"])
        #expect(rounds.rule == .betweenReferredBack)
        #expect(rounds.pairs == [["ARM", "AZE"]])
        // Named sides are still read from the clause.
        let named = Sample("On March 2, Georgia hosted talks between Armenia and Azerbaijan.", in: Support.english)
        #expect(named.parties(of: "talks", on: "2023-03-02", context: ["KEN", "ETH"]).pairs == [["ARM", "AZE"]])
    }

    /// A `before` or `after` clause without a subject of its own is its sentence's subject's
    /// doing; one with a subject is not.
    @Test func aBeforeOrAfterClauseWithoutSubjectTakesTheSentences() {
        let before = Sample("Tổng thống Pháp đã hội đàm với Thủ tướng Đức ngày 5/3, trước khi sang thăm Ba Lan ngày 7/3.")
        let visit = before.parties(of: "sang thăm", on: "2023-03-07")
        #expect(visit.rule == .sentenceSubject)
        #expect(visit.pairs == [["FRA", "POL"]])
        let opening = Sample("After meeting Chile's president on March 2, the Peruvian foreign minister flew home.", in: Support.english)
        #expect(opening.parties(of: "meeting", on: "2023-03-02").pairs.map { $0.sorted() } == [["CHL", "PER"]])
        let own = Sample("Russia struck Kyiv on March 3 after Ukraine attacked Belgorod on March 1.", in: Support.english)
        #expect(own.parties(of: "attacked", on: "2023-03-01").rule == .oneActor("UKR"))
    }

    @Test func theTextsPairCarriesOverAFewSentences() {
        let sample = Sample("Quan hệ giữa Chile và Peru đã được cải thiện.")
        let left = sample.extractor.pairLeft(by: sample.facts(index: 4), made: [], clauses: nil)
        #expect(left?.parties == ["CHL", "PER"])
        let three = Sample("Chile, Peru và Bolivia là ba nước láng giềng.")
        #expect(three.extractor.pairLeft(by: three.facts(), made: [], clauses: nil)?.parties == ["CHL", "PER", "BOL"])
        let one = Sample("Chile đã cải thiện kinh tế.")
        #expect(one.extractor.pairLeft(by: one.facts(), made: [], clauses: nil) == nil)

        var topic = TextTopic()
        topic.carry(left)
        topic.carry(nil)
        #expect(topic.recent(at: 7, reach: 3)?.parties == ["CHL", "PER"])
        #expect(topic.recent(at: 8, reach: 3) == nil)
        // Far from any pair, `hai nhà lãnh đạo` means the pair the document is about.
        let leaders = Sample("Hai nhà lãnh đạo đã điện đàm.")
        #expect(leaders.extractor.contextPair(for: leaders.clauses[0], tokens: leaders.tokens, recent: nil, topic: topic) == ["CHL", "PER"])
        let other = Sample("Ông ấy đã điện đàm.")
        #expect(other.extractor.contextPair(for: other.clauses[0], tokens: other.tokens, recent: nil, topic: topic) == nil)
    }

    // MARK: Which meaning

    @Test func theMostSpecificWordNamesTheEventAndAnEarlierOneMayRenameIt() throws {
        let sample = Sample("Ngày 14/5, Pháp gặp Đức, rồi hội đàm với Đức.")
        let extractor = sample.extractor
        let meet = try #require(sample.word("gặp")), talks = try #require(sample.word("hội đàm"))
        #expect(extractor.namingWord(of: [meet, talks]).range == talks.range)
        #expect(extractor.namingWord(of: [meet, meet]).range == meet.range)
        // `cuộc họp` of a pair taken from the sentences before names their talks.
        #expect(extractor.meaning(of: meet, pairFromContext: true, contextMeaning: talks.meaning) == talks.meaning)
        #expect(extractor.meaning(of: meet, pairFromContext: false, contextMeaning: talks.meaning) == meet.meaning)
        let statement = try #require(Sample("Ngày 14/5, Pháp lên án Đức.").word("lên án"))
        #expect(extractor.meaning(of: meet, pairFromContext: true, contextMeaning: statement.meaning) == meet.meaning)
    }

    // MARK: The trace

    @Test func decisionsArePutIntoWordsOnlyWhenKept() throws {
        var formatted = 0
        func decision() -> Decision { formatted += 1; return .noDateInSentence }
        var quiet = DecisionLog(kept: false)
        quiet.record(decision())
        #expect(formatted == 0 && quiet.decisions.isEmpty)
        var kept = DecisionLog(kept: true)
        kept.record(decision())
        #expect(formatted == 1)

        let sample = Sample("Hàn Quốc có thể hội đàm với Nhật Bản vào ngày 20/7.")
        let word = try #require(sample.word("hội đàm"))
        let date = try #require(sample.dates.first?.resolved)
        kept.record(.blocked(word: word.range, .hedged(by: sample.range(of: "có thể"))))
        kept.record(.undated(word: word.range, .noDate))
        kept.record(.noPair(word: word.range, date: date, rule: .oneActor("KOR")))
        let event = ExtractedEvent(date: date, actors: ["JPN", "KOR"], meaning: word.meaning, trigger: "hội đàm", future: true,
                                   summary: "", participants: [:], topics: [], location: nil,
                                   mention: EventMention(document: "a.txt", line: 1, text: ""), lowConfidence: false)
        kept.record(.event(event, rule: .firstTwo))
        let trace = SentenceTrace(sentence: Sentence(line: 1, index: 0, tokens: sample.tokens), actors: sample.mentions,
                                  dates: sample.dates, words: sample.words, decisions: kept.decisions)
        #expect(trace.triggers == ["hội đàm"])
        #expect(trace.decisions == [
            "no date in the sentence; no event",
            "'hội đàm': hedged by 'có thể'; no event",
            "'hội đàm': no date in its clause; no event",
            "'hội đàm' on 2023-07-20: only one actor (KOR); no event",
            "event: 2023-07-20 JPN–KOR talks ('hội đàm', the clause's first two parties)",
        ])
    }
}
