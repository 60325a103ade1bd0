import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning

/// Finds the actors a sentence names: country and organisation names, capitals used as
/// metonyms, short forms inside compounds (`Mỹ-Trung`, `Trung - Nga`), and officeholders.
///
/// Matching is case-sensitive and longest-first, so `Trung Đông` (listed as not an actor) wins
/// over `Trung`, and `Bán đảo Triều Tiên` (a region) over `Triều Tiên`. A short form counts
/// only inside a compound; a bare surname (`Tập`) only right after a title or honorific.
public struct ActorMatcher: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    private static let dashes: WordSet = ["-", "–", "—"]

    /// The actors stage's entry point, for one sentence read alone: every name in it that
    /// stands for an actor — a state or organisation, a capital or seat used for its
    /// government, a short form inside a compound (`Mỹ-Trung`), an officeholder in their role —
    /// and the forums of many states that are no actor.
    public func mentions(in tokens: TokenList) -> [ActorMention] {
        var named: Set<String> = []
        return mentions(in: tokens, named: &named)
    }

    /// The mentions of one sentence of a document whose earlier sentences named the people in
    /// `named` (by id): a bare surname that needs a title (`Marcos`, `Tập`) stands alone once
    /// the person was named in full before. Adds the people named here.
    public func mentions(in tokens: TokenList, named: inout Set<String>) -> [ActorMention] {
        // A sentence has few titles: they are kept in a list, searched from the end (a later
        // match ending at the same token wins, as it would overwrite an earlier one).
        let titleEnds = gazetteer.titles.matches(in: tokens).map { (start: $0.range.lowerBound, end: $0.range.upperBound - 1, role: $0.value) }

        var candidates: [(range: Range<Int>, entry: Gazetteer.Entry)] = []
        candidates.reserveCapacity(8)
        var index = 0
        while index < tokens.count {
            if let match = gazetteer.names.longestMatch(in: tokens, at: index) {
                candidates.append((index..<(index + match.length), match.value))
                index += match.length
            } else {
                index += 1
            }
        }

        // Compounds: two names joined by a dash, with or without spaces.
        var inCompound = Array(repeating: false, count: candidates.count)
        for k in candidates.indices.dropLast() {
            let (a, b) = (candidates[k], candidates[k + 1])
            guard b.range.lowerBound == a.range.upperBound + 1, Self.dashes.contains(tokens, at: a.range.upperBound) else { continue }
            guard a.entry.isActorName, b.entry.isActorName else { continue }
            inCompound[k] = true
            inCompound[k + 1] = true
        }

        var mentions: [ActorMention] = []
        mentions.reserveCapacity(candidates.count)
        // Mentions of places named for their clock (see `withoutTimeZones`).
        var timeZones: [Int] = []
        let ranges = candidates.map(\.range)
        for (k, candidate) in candidates.enumerated() {
            let start = candidate.range.lowerBound
            if candidate.entry.isActorName, standsForNoActor(k, of: ranges, entry: candidate.entry, inCompound: inCompound, tokens: tokens) {
                continue
            }
            let isTimeZone = candidate.entry.isActorName && gazetteer.timeWords.touch(candidate.range, in: tokens)
            let firstMade = mentions.count
            defer { if isTimeZone { timeZones += firstMade..<mentions.count } }
            let titled = start > 0 && titleEnds.contains { $0.end == start - 1 }
            // Made only for a name that becomes a mention.
            var text: String { tokens.text(candidate.range) }
            switch candidate.entry {
            case .notAnActor:
                continue
            case .gathering:
                mentions.append(ActorMention(tokens: candidate.range, text: text, form: .gathering, code: nil,
                                             personID: nil, role: nil, inCompound: false))
            case .actor(let code, let form):
                if form == .short && !inCompound[k] { continue }
                mentions.append(ActorMention(tokens: candidate.range, text: text, form: form, code: code,
                                             personID: nil, role: titleRole(before: start, titleEnds: titleEnds),
                                             inCompound: inCompound[k]))
            case .pair(let codes):
                for code in codes {
                    mentions.append(ActorMention(tokens: candidate.range, text: text, form: .name, code: code,
                                                 personID: nil, role: nil, inCompound: true))
                }
            case .titled(let code):
                guard inCompound[k] || titled else { continue }
                mentions.append(ActorMention(tokens: candidate.range, text: text, form: .short, code: code,
                                             personID: nil, role: nil, inCompound: inCompound[k]))
            case .byContext(let code):
                mentions.append(ActorMention(tokens: candidate.range, text: text, form: inCompound[k] || titled ? .short : .unconfirmed,
                                             code: code, personID: nil, role: nil, inCompound: inCompound[k]))
            case .person(let id, let needsTitle):
                if needsTitle && !titled && !named.contains(id) { continue }
                if !titled, isInsideAnotherName(candidate.range, of: ranges, titleStarts: titleEnds.map(\.start), tokens: tokens) { continue }
                named.insert(id)
                let role = personRole(before: start, mentions: mentions, titleEnds: titleEnds)
                let code = gazetteer.officeholders[id]?.actor(on: nil, role: role)
                mentions.append(ActorMention(tokens: candidate.range, text: text, form: .person, code: code,
                                             personID: id, role: role, inCompound: false))
            }
        }
        return timeZones.isEmpty ? mentions : Self.withoutTimeZones(mentions, at: timeZones)
    }

    /// The rule for time zones: a place named for its clock (`Sáng 14/4 (giờ Việt Nam)`, `at 9
    /// a.m. Moscow time`) is no party where the sentence names two actors otherwise; where it
    /// names fewer, the clock is that of the place where it happened and stays
    /// (`Rạng sáng 22/6 (giờ Iran), máy bay ném bom Mỹ đã tấn công…`).
    static func withoutTimeZones(_ mentions: [ActorMention], at timeZones: [Int]) -> [ActorMention] {
        let others = Set(mentions.indices.filter { !timeZones.contains($0) }.compactMap { mentions[$0].code })
        guard others.count >= 2 else { return mentions }
        return mentions.indices.filter { !timeZones.contains($0) }.map { mentions[$0] }
    }

    /// The rule for names shared with something else: a document's ``ActorMention/Form/unconfirmed``
    /// mentions (`Georgia`) count, as names, where the document names the same actor in another
    /// way too (`Tbilisi`, `Georgian`, `Saakashvili`); elsewhere they are dropped.
    public static func confirmed(_ actors: [[ActorMention]]) -> [[ActorMention]] {
        guard actors.contains(where: { $0.contains { $0.form == .unconfirmed } }) else { return actors }
        var named = Set<String>()
        for mention in actors.joined() where mention.form != .unconfirmed && mention.form != .gathering {
            if let code = mention.code { named.insert(code) }
        }
        return actors.map { mentions in
            mentions.compactMap { mention in
                guard mention.form == .unconfirmed else { return mention }
                guard let code = mention.code, named.contains(code) else { return nil }
                return ActorMention(tokens: mention.tokens, text: mention.text, form: .name, code: code,
                                    personID: nil, role: nil, inCompound: mention.inCompound)
            }
        }
    }

    /// The rules for names that stand for no actor where they stand: inside a person's name, as
    /// an origin or an ancestry, a report's source, and a capital in the name of an agreement,
    /// memorandum or format (`Thỏa thuận Minsk`, `Bản ghi nhớ Budapest`, `the Astana format`:
    /// the state that hosted the signing is no party to what others do about it; a state's own
    /// name there, `Hiệp định Việt Nam - Mỹ`, still is), and a currency's (`U.S. dollars`). A clock is dropped later, by the
    /// sentence's other parties (`withoutTimeZones`).
    private func standsForNoActor(_ k: Int, of ranges: [Range<Int>], entry: Gazetteer.Entry, inCompound: [Bool],
                                  tokens: TokenList) -> Bool {
        let range = ranges[k]
        if isInPersonalName(range.lowerBound, tokens: tokens) || namesOrigin(range, tokens: tokens) { return true }
        if namesAncestry(k, of: ranges, inCompound: inCompound, tokens: tokens) { return true }
        if case .actor(_, .place) = entry, gazetteer.documentWords.touch(range, in: tokens) { return true }
        // The rule for money: a name beside a currency (`U.S. dollars`, `đô la Mỹ`, `bảng Anh`)
        // names the money, not the state.
        if gazetteer.currencyWords.touch(range, in: tokens) { return true }
        return namesSource(range, tokens: tokens)
    }

    /// The rule for other people's names: one word of an officeholder's name (`Abbas`, `Kim`)
    /// with a capitalised word right before or after it that is no title, no form of address and
    /// no other name the gazetteer knows (`Seyyed Abbas Mousavi`, `Abbas Araghchi`, `Kim Yo
    /// Jong`) is part of someone else's name. A title right before it (`President Abbas`)
    /// keeps it; so does a line written in title case, where no longer word is in lower case.
    private func isInsideAnotherName(_ range: Range<Int>, of ranges: [Range<Int>], titleStarts: [Int], tokens: TokenList) -> Bool {
        guard range.count == 1 else { return false }
        let start = range.lowerBound
        func isOtherNameWord(_ index: Int) -> Bool {
            tokens.isCapitalised(at: index) && !ranges.contains { $0.contains(index) } && !titleStarts.contains(index)
                && !gazetteer.formsOfAddress.contains(tokens, at: index)
        }
        let after = start + 1 < tokens.count && tokens[start + 1].spaceBefore && isOtherNameWord(start + 1)
        let before = start >= 2 && tokens[start].spaceBefore && isOtherNameWord(start - 1)
        guard after || before else { return false }
        // A title-case line (`Trump Meets Xi in Busan`) leaves only short words in lower case.
        return tokens.indices.contains { tokens[$0].isWord && tokens[$0].byteCount >= 5 && !tokens[$0].hasUpper }
    }

    /// The rule for names inside a person's name: a country's name right after a form of
    /// address (`ông Đức`, `bà Nga`, `Mr Jordan`), or ending a person's name that opens with a
    /// family name (`Nguyễn Văn Đức`, `Lê Thị Nga`: the family name, one or two more capitalised
    /// words, then the country's), names that person, not the country. A family name right
    /// before the country's is not enough: `Đoàn Việt Nam` is the Vietnamese delegation.
    private func isInPersonalName(_ start: Int, tokens: TokenList) -> Bool {
        guard start > 0, tokens[start].spaceBefore else { return false }
        // A form of address (`ông`, `Mr.`) right before the name.
        if gazetteer.formsOfAddress.endsRightBefore(start, in: tokens) { return true }
        var position = start - 1
        while position >= max(0, start - 3), tokens.isCapitalised(at: position) {
            if start - position >= 2, gazetteer.familyNames.contains(tokens, at: position) { return true }
            guard tokens[position].spaceBefore else { return false }
            position -= 1
        }
        return false
    }

    /// The rule for origins: a name a hyphen joins to a word of origin (`a U.S.-based company`,
    /// `Chinese-made drones`, `an Iranian-born writer`) says where something comes from; the
    /// state is no party to what it does.
    private func namesOrigin(_ range: Range<Int>, tokens: TokenList) -> Bool {
        let hyphen = range.upperBound
        guard hyphen + 1 < tokens.count, Self.dashes.contains(tokens, at: hyphen),
              !tokens[hyphen].spaceBefore, !tokens[hyphen + 1].spaceBefore else { return false }
        return gazetteer.originWords.contains(tokens, at: hyphen + 1)
    }

    /// The rule for ancestry: a name that says where a person's family comes from (`người Mỹ
    /// gốc Trung Quốc`, `tỷ phú gốc Ấn Độ`, `of Chinese descent`) or a compound of names right
    /// before a word for a person, perhaps with one word between (`a Chinese-American
    /// scientist`, `an Indian-American lawmaker`), names the person, not a state: neither is a
    /// party to what the person does. A compound before anything else stays one
    /// (`Chinese-American relations`, `US-China talks`).
    private func namesAncestry(_ k: Int, of ranges: [Range<Int>], inCompound: [Bool], tokens: TokenList) -> Bool {
        if gazetteer.ancestryWords.touch(ranges[k], in: tokens) { return true }
        guard inCompound[k] else { return false }
        // The compound's last name, across unspaced hyphens.
        func joined(_ a: Int, _ b: Int) -> Bool {
            inCompound[a] && inCompound[b] && ranges[b].lowerBound == ranges[a].upperBound + 1
                && !tokens[ranges[a].upperBound].spaceBefore && !tokens[ranges[b].lowerBound].spaceBefore
        }
        if k > 0, ranges[k].lowerBound == ranges[k - 1].upperBound + 1, !joined(k - 1, k) { return false }
        var last = k
        while last + 1 < ranges.count, joined(last, last + 1) { last += 1 }
        guard last > k || (k > 0 && joined(k - 1, k)) else { return false }
        let end = ranges[last].upperBound
        for position in end..<min(end + 2, tokens.count) {
            if gazetteer.ancestryPersons.contains(tokens, at: position) { return true }
            guard tokens[position].isWord, !tokens.isCapitalised(at: position) else { return false }
        }
        return false
    }

    /// The rule for sources: a name that says which medium reports (`truyền thông Triều Tiên`,
    /// `Hãng thông tấn Yonhap của Hàn Quốc`, `phóng viên TTXVN tại Washington`, `South Korea's
    /// Yonhap news agency`, `Chinese state media`) is where the news comes from, not a party to it.
    /// Between the medium and the name may stand the medium's own name (up to two capitalised
    /// words) and a linking word or a possessive ending.
    private func namesSource(_ range: Range<Int>, tokens: TokenList) -> Bool {
        // Before: medium, its name, a link, then the name.
        var position = range.lowerBound
        if gazetteer.sourceLinks.endsRightBefore(position, in: tokens, longest: 1) { position -= 1 }
        for _ in 0...2 {
            if gazetteer.sourceWordsBefore.endsRightBefore(position, in: tokens) { return true }
            guard position > 0, tokens.isCapitalised(at: position - 1) else { break }
            position -= 1
        }
        // After: the name, a link, the medium's name, then the medium.
        position = range.upperBound
        if position < tokens.count, tokens.isPossessiveEnding(at: position) || gazetteer.sourceLinks.contains(tokens, at: position) {
            position += 1
        }
        for _ in 0...2 {
            guard position < tokens.count else { break }
            if let medium = gazetteer.sourceWordsAfter.matcher.longestMatch(in: tokens, at: position) {
                // `Russia's media regulator` is a state's body, not a source.
                return !gazetteer.notSourceAfter.contains(tokens, at: position + medium.length)
            }
            guard tokens.isCapitalised(at: position) else { break }
            position += 1
        }
        return false
    }

    /// The role of the title right before `start`; through honorifics and offices that name no
    /// role (`người phát ngôn Bộ Ngoại giao Trung Quốc`), the role of the title before them.
    private func titleRole(before start: Int, titleEnds: [(start: Int, end: Int, role: String?)]) -> String? {
        var position = start
        while position > 0, let title = titleEnds.last(where: { $0.end == position - 1 }) {
            if let role = title.role { return role }
            position = title.start
        }
        return nil
    }

    /// `Ngoại trưởng Mỹ Antony Blinken`: the title may stand before the country of the person.
    private func personRole(before start: Int, mentions: [ActorMention], titleEnds: [(start: Int, end: Int, role: String?)]) -> String? {
        var position = start
        if let country = mentions.last, country.tokens.upperBound == start, country.form != .person {
            position = country.tokens.lowerBound
        }
        return titleRole(before: position, titleEnds: titleEnds)
    }
}

extension Gazetteer.Entry {
    var isActorName: Bool {
        switch self {
        case .actor, .titled, .byContext: return true
        case .pair, .person, .notAnActor, .gathering: return false
        }
    }
}
