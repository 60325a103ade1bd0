import Foundation
import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents
import DyadMerging
import DyadRendering

/// Runs the whole pipeline over a set of inputs: reading → cleaning → dates → actors → events
/// (each document in parallel) → merging. Rendering is separate (see ``OutputSet``).
public struct Builder: Sendable {
    public let languages: LanguageLibrary
    public let options: AnalysisOptions
    public let filter: EventFilter

    /// The default language's resources: its gazetteer merges events and names actors.
    public var resources: LanguageResources { languages.primary }

    public init(languages: LanguageLibrary, options: AnalysisOptions = AnalysisOptions(), filter: EventFilter = EventFilter()) {
        self.languages = languages
        self.options = options
        self.filter = filter
    }

    /// A builder that reads every document in one language.
    public init(resources: LanguageResources, options: AnalysisOptions = AnalysisOptions(), filter: EventFilter = EventFilter()) {
        self.init(languages: LanguageLibrary(single: resources), options: options, filter: filter)
    }

    /// What one document contributes; the document itself is not kept, so memory stays bounded
    /// by the events, not the corpus.
    struct Contribution: Sendable {
        var summary: DocumentSummary
        var events: [ExtractedEvent]
        var names: [SeenName]
    }

    /// The reports a build holds in memory before it writes them to disk (``ReportSpill``):
    /// about 60 MB of them (memory a build held is not all given back when it lets go). The
    /// seeds' density gives about 350 reports per MB of articles, so builds of up to about
    /// 140 MB of articles stay in memory; past that, memory stays under 300 MB at 1 GB.
    public static let reportBudget = 50_000

    /// Reads and analyses every input with Swift concurrency: a task group keeps about two
    /// documents per core in flight (so memory holds a few documents, not the corpus) and
    /// collects what each contributes; files that cannot be read become problems. Folders in
    /// `excluding` (the output folder) are not read. `progress` hears of each document read.
    /// Every report is held in memory.
    public func build(paths: [String], reader: DocumentReader, excluding: [URL] = [], progress: BuildProgress? = nil) async -> Timeline {
        // Without a budget nothing is written to disk, and nothing can fail.
        try! await build(paths: paths, reader: reader, excluding: excluding, progress: progress, reportBudget: nil)
    }

    /// The same, holding at most `reportBudget` reports in memory: past it, they go to
    /// temporary files, partitioned by pair, and are merged a partition at a time
    /// (``ReportSpill``), with the same outputs. Throws when the temporary files cannot be
    /// written.
    public func build(paths: [String], reader: DocumentReader, excluding: [URL] = [], progress: BuildProgress? = nil,
                      reportBudget: Int?) async throws -> Timeline {
        // A reporter that never writes is not told of each document (a `stat` each).
        let progress = progress?.isEnabled == true ? progress : nil
        let (files, collectProblems) = InputCollector(excluding: excluding).collect(paths)
        // WARC files are opened in turn and give their pages one at a time (see `InputQueue`).
        var queue = InputQueue(files: files, reader: reader)
        // Each task captures one reference: capturing the builder and the analyzer themselves
        // would retain every table of their lexicons once per document.
        let work = Work(builder: self, analyzers: analyzers(), reader: reader)
        let inFlight = max(2, 2 * ProcessInfo.processInfo.activeProcessorCount)
        var contributions: [Contribution] = []
        /// The documents' summaries, once their reports go to disk.
        var summaries: [DocumentSummary] = []
        var problems = collectProblems
        var names = NamesSeen()
        var held = 0
        var spill: ReportSpill?
        defer { spill?.remove() }
        try await withThrowingTaskGroup(of: Result<Contribution, InputProblem>.self) { group in
            var running = 0
            var done = 0
            while true {
                while running < inFlight, let job = queue.pop() {
                    group.addTask { work.contribution(of: job) }
                    running += 1
                }
                guard let outcome = try await group.next() else { break }
                running -= 1
                done += 1
                switch outcome {
                case .success(var contribution):
                    progress?.update(done: done, total: files.count, path: contribution.summary.path)
                    // Names are gathered while the other documents are still being read.
                    names.gather(&contribution)
                    held += contribution.events.count
                    if spill == nil, let reportBudget, held > reportBudget {
                        // From here on every report goes to disk, those held so far first, and
                        // only the documents' summaries stay.
                        spill = try ReportSpill()
                        for index in contributions.indices { try spill!.add(&contributions[index]) }
                        summaries = contributions.map(\.summary)
                        contributions = []
                        releaseFreedMemory()
                    }
                    if let spill {
                        try spill.add(&contribution)
                        summaries.append(contribution.summary)
                    } else {
                        contributions.append(contribution)
                    }
                case .failure(let problem):
                    problems.append(problem)
                }
            }
        }
        progress?.finish()
        problems += queue.problems
        var timeline: Timeline
        if let spill {
            let events = try spill.events(merging: self)
            timeline = self.timeline(events: events, documents: &summaries, names: names, problems: problems)
        } else {
            timeline = assemble(&contributions, names: names, problems: problems)
        }
        timeline.inputWarnings = queue.warnings
        timeline.inputNotes = queue.notes
        return timeline
    }

    /// What every document's task needs, behind one reference.
    final class Work: Sendable {
        let builder: Builder
        let analyzers: Analyzers
        let reader: DocumentReader

        init(builder: Builder, analyzers: Analyzers, reader: DocumentReader) {
            self.builder = builder
            self.analyzers = analyzers
            self.reader = reader
        }

        /// What the file (or the page from a WARC file) contributes, or why it cannot be read.
        func contribution(of job: InputJob) -> Result<Contribution, InputProblem> {
            do {
                switch job {
                case .file(let file): return .success(builder.contribution(of: try reader.read(file), analyzers: analyzers))
                case .page(let page): return .success(builder.contribution(of: reader.document(page), analyzers: analyzers))
                }
            } catch {
                return .failure(error)
            }
        }
    }

    /// One analyzer per language, each made when a document first needs it.
    final class Analyzers: @unchecked Sendable {
        let languages: LanguageLibrary
        let options: AnalysisOptions
        private let lock = NSLock()
        private var made: [String: Analyzer] = [:]

        init(languages: LanguageLibrary, options: AnalysisOptions) {
            self.languages = languages
            self.options = options
        }

        /// The analyzer of `code`; nil for a language without resources.
        func analyzer(for code: String) throws -> Analyzer? {
            lock.lock()
            defer { lock.unlock() }
            if let analyzer = made[code] { return analyzer }
            guard let resources = try languages.resources(for: code) else { return nil }
            let analyzer = Analyzer(resources: resources, options: options)
            made[code] = analyzer
            return analyzer
        }
    }

    func analyzers() -> Analyzers {
        Analyzers(languages: languages, options: options)
    }

    /// What `document` contributes, read with the rules of its language; a document in a
    /// language Dyad has no resources for (or whose resources cannot be loaded) contributes a
    /// warning and no events.
    func contribution(of document: SourceDocument, analyzers: Analyzers) -> Contribution {
        let choice = languages.choose(for: document)
        let analyzer: Analyzer?
        var problem: String?
        do {
            analyzer = try analyzers.analyzer(for: choice.language)
            if analyzer == nil {
                problem = "looks like \(choice.unsupportedName ?? choice.language), which Dyad has no resources for (it has \(languages.languages.joined(separator: ", "))); no events read"
            }
        } catch {
            analyzer = nil
            problem = "the resources for '\(choice.language)' cannot be loaded: \(error); no events read"
        }
        guard let analyzer else {
            let summary = DocumentSummary(
                path: document.path, title: document.fileName, metadata: document.metadata, language: choice.language,
                languageBasis: choice.basis.rawValue, dateBasis: "none", yearInference: nil, bodyLines: [], eventCount: 0,
                warnings: document.warnings + [problem ?? ""])
            return Contribution(summary: summary, events: [], names: [])
        }
        return contribution(of: document, with: analyzer, languageBasis: choice.basis.rawValue)
    }

    /// Builds from documents already in memory (tests, `dyad explain`).
    public func build(documents: [SourceDocument]) -> Timeline {
        let analyzers = analyzers()
        var contributions = documents.map { contribution(of: $0, analyzers: analyzers) }
        var names = NamesSeen()
        for index in contributions.indices { names.gather(&contributions[index]) }
        return assemble(&contributions, names: names, problems: [])
    }

    func contribution(of analysis: DocumentAnalysis, languageBasis: String) -> Contribution {
        let source = analysis.document.source
        // A document names the same actors again and again: its names are sorted by their
        // tokens' fingerprints and kept once (hashing the names themselves, Vietnamese text, is
        // costly). Only plain positions are sorted; a name is copied out once it is kept.
        var found: [(key: UInt64, sentence: Int32, mention: Int32)] = []
        found.reserveCapacity(analysis.actors.reduce(0) { $0 + $1.count })
        for (index, mentions) in analysis.actors.enumerated() {
            let tokens = analysis.document.sentences[index].tokens
            for position in mentions.indices where mentions[position].code != nil {
                found.append((tokens.fingerprint(of: mentions[position].tokens), Int32(index), Int32(position)))
            }
        }
        found.sort { $0.key < $1.key }
        var distinct: [SeenName] = []
        for name in found {
            let (sentence, position) = (Int(name.sentence), Int(name.mention))
            let code = analysis.actors[sentence][position].code!, text = analysis.actors[sentence][position].text
            let known = distinct.reversed().prefix { $0.key == name.key }.contains { $0.code == code && $0.text == text }
            if !known { distinct.append(SeenName(code: code, text: text, key: name.key)) }
        }
        var metadata = source.metadata
        if let printed = analysis.pageDate {
            metadata.published = printed
            metadata.publishedApproximately = nil
            metadata.publishedOrigin = .pageText
        }
        let summary = DocumentSummary(
            path: source.path, title: analysis.document.title, metadata: metadata,
            language: analysis.language, languageBasis: languageBasis, dateBasis: analysis.dateBasis, yearInference: analysis.yearInference, bodyLines: analysis.document.bodyRanges,
            eventCount: 0, warnings: source.warnings)
        // Related items are asked for rarely: without them the events are handed on uncopied.
        let events = analysis.relatedEvents.isEmpty ? analysis.extraction.events : analysis.extraction.events + analysis.relatedEvents
        return Contribution(summary: summary, events: events, names: distinct)
    }

    /// Merges the contributions into the timeline, emptying them as it goes so that every report
    /// is held once. `dyad merge` calls it on contributions read back from `dyad extract`.
    func assemble(_ contributions: inout [Contribution], names: NamesSeen, problems: [InputProblem]) -> Timeline {
        let events = mergeReports(&contributions)
        return timeline(events: events, documents: contributions.map(\.summary), names: names, problems: problems)
    }

    /// The contributions' reports merged into events in timeline order, numbered `e1`…; the
    /// contributions are put in path order and their reports let go of. `dyad merge --partial`
    /// calls it on the contributions of a few pairs.
    func mergeReports(_ contributions: inout [Contribution]) -> [TimelineEvent] {
        contributions.sort { $0.summary.path < $1.summary.path }
        // Hand the reports over to the merger and let go of them here, so that they are held once.
        var reports: [ExtractedEvent] = []
        reports.reserveCapacity(contributions.reduce(0) { $0 + $1.events.count })
        for index in contributions.indices {
            reports += contributions[index].events
            contributions[index].events = []
        }
        return EventMerger(gazetteer: resources.gazetteer).merge(reports)
    }

    /// The timeline of `events` (merged, in timeline order, numbered `e1`…), with the documents
    /// in path order, their event counts and the actors.
    func timeline(events: [TimelineEvent], documents: [DocumentSummary], names: NamesSeen, problems: [InputProblem]) -> Timeline {
        var documents = documents
        return timeline(events: TimelineEvents(events), documents: &documents, names: names, problems: problems)
    }

    /// The same, of events held or stored; the documents are sorted and counted in place (an
    /// archive's run to tens of MB) and handed over, `documents` left empty.
    func timeline(events: TimelineEvents, documents: inout [DocumentSummary], names: NamesSeen, problems: [InputProblem]) -> Timeline {
        // The merger numbered every event; the kept ones are numbered again, without gaps.
        let events = filter == EventFilter() ? events : events.filter(keeping: filter.keeps)

        let tally = Tally(events)
        documents.sort { $0.path < $1.path }
        for index in documents.indices { documents[index].eventCount = tally.perDocument[documents[index].path] ?? 0 }
        defer { documents = [] }
        let namesByActor = names.byActor
        let actors = tally.perActor.keys.sorted().compactMap { code -> ActorSummary? in
            guard let actor = resources.gazetteer.actor(code) else { return nil }
            return ActorSummary(actor: actor, namesSeen: (namesByActor[code] ?? []).sorted(), eventCount: tally.perActor[code] ?? 0)
        }
        return Timeline(events: events, documents: documents, actors: actors,
                        problems: problems.sorted { $0.path < $1.path })
    }
}

/// An actor's name as a document writes it, with the fingerprint of its tokens
/// (``TokenList/fingerprint(of:)``): equal names have equal keys.
struct SeenName: Equatable {
    let code: String
    let text: String
    let key: UInt64

    static func == (a: SeenName, b: SeenName) -> Bool {
        a.key == b.key && a.code == b.code && a.text == b.text
    }
}

/// How many events each document and each actor has a part in.
struct Tally {
    var perDocument: [String: Int] = [:]
    var perActor: [String: Int] = [:]

    /// Counted in `parts` parallel parts (by default one per core, and one for fewer than
    /// 20,000 events), and the parts' counts added up.
    init(_ events: TimelineEvents, parts: Int? = nil) {
        let parts = max(1, parts ?? min(ProcessInfo.processInfo.activeProcessorCount, events.count / 10_000))
        let size = (events.count + parts - 1) / parts
        let counted = concurrentMap(parts) { part in
            Tally(counting: events.outlines[min(events.count, part * size)..<min(events.count, (part + 1) * size)])
        }
        self = counted[0]
        for other in counted.dropFirst() {
            perDocument.merge(other.perDocument, uniquingKeysWith: +)
            perActor.merge(other.perActor, uniquingKeysWith: +)
        }
    }

    /// Counted from the events' outlines: no text is needed.
    private init(counting events: Slice<TimelineEvents.Outlines>) {
        for event in events {
            let mentions = event.mentions
            // Most events have one mention: its document needs no de-duplicating.
            if mentions.count == 1 {
                perDocument[mentions[0].document, default: 0] += 1
            } else {
                for document in Set(mentions.map(\.document)) { perDocument[document, default: 0] += 1 }
            }
            for code in event.actors { perActor[code, default: 0] += 1 }
        }
    }
}

/// Every name each actor was written as, over all documents.
struct NamesSeen {
    /// The distinct names, by their fingerprints.
    private var byKey: [UInt64: [SeenName]] = [:]

    /// Adds the contribution's names, and lets go of them there.
    mutating func gather(_ contribution: inout Builder.Contribution) {
        for name in contribution.names where !(byKey[name.key]?.contains(name) ?? false) { byKey[name.key, default: []].append(name) }
        contribution.names = []
    }

    /// The names of each actor.
    var byActor: [String: Set<String>] {
        var names: [String: Set<String>] = [:]
        for seen in byKey.values {
            for name in seen { names[name.code, default: []].insert(name.text) }
        }
        return names
    }
}
