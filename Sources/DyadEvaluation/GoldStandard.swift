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
import DyadPipeline

/// A gold file as `../shared/eval/score.py` reads it: documents, each with its annotated events.
///
/// Read leniently, as the Python scorer reads it: fields it does not look at may be missing or of
/// any shape; the ones it needs (`documents`, each document's `file` and `events`, an optional
/// event's `date` or `window`) must be there, or reading fails naming the place.
public struct GoldStandard: Sendable {
    public var documents: [GoldDocument]

    public init(documents: [GoldDocument]) {
        self.documents = documents
    }

    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GoldFormatError(file: url.path, reason: "cannot be read")
        }
        try self.init(data: data, file: url.path)
    }

    public init(data: Data, file: String = "gold") throws {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw GoldFormatError(file: file, reason: "not JSON: \(error.localizedDescription)")
        }
        guard let object = root as? [String: Any], let documents = object["documents"] as? [Any] else {
            throw GoldFormatError(file: file, reason: "no 'documents' list")
        }
        self.documents = try documents.enumerated().map { index, value in
            guard let document = value as? [String: Any], let name = document["file"] as? String else {
                throw GoldFormatError(file: file, reason: "documents[\(index)] has no 'file'")
            }
            guard let events = document["events"] as? [Any] else {
                throw GoldFormatError(file: file, reason: "\(name): no 'events' list")
            }
            return GoldDocument(
                file: name, published: document["published"] as? String,
                events: try events.enumerated().map { position, value in
                    guard let event = value as? [String: Any] else {
                        throw GoldFormatError(file: file, reason: "\(name): events[\(position)] is not an object")
                    }
                    return try GoldEvent(json: event, place: "\(name): events[\(position)]", file: file)
                })
        }
    }

    /// The document annotated under this file name (the first, if the gold repeats one).
    public func document(named name: String) -> GoldDocument? {
        documents.first { $0.file == name }
    }
}

/// One annotated article.
public struct GoldDocument: Sendable, Hashable {
    /// The article's file name, without folders.
    public var file: String
    /// The publication date as the gold gives it (`2023-06-19`, or only `2023-06`).
    public var published: String?
    public var events: [GoldEvent]

    public init(file: String, published: String? = nil, events: [GoldEvent]) {
        self.file = file
        self.published = published
        self.events = events
    }
}

/// One annotated event.
public struct GoldEvent: Sendable, Hashable {
    /// ISO 8601 at the stated precision (`2023-06-18`, `2023-06`, `2023`, `2024-W36`); nil when
    /// the gold gives something else (such an event gives no key, as in score.py).
    public var date: String?
    public var dateEnd: String?
    public var actors: [String]
    /// Nil when the gold gives none (two events without a type agree, as in score.py).
    public var type: String?
    public var future: Bool?
    public var evidence: String?
    /// A debatable reading: neither required nor penalised.
    public var optional: Bool
    /// The first and last day a system's date may fall in to count as this optional event.
    public var window: [String]?

    public init(date: String?, dateEnd: String? = nil, actors: [String], type: String? = nil, future: Bool? = nil,
                evidence: String? = nil, optional: Bool = false, window: [String]? = nil) {
        self.date = date
        self.dateEnd = dateEnd
        self.actors = actors
        self.type = type
        self.future = future
        self.evidence = evidence
        self.optional = optional
        self.window = window
    }

    init(json: [String: Any], place: String, file: String) throws {
        date = json["date"] as? String
        dateEnd = json["date_end"] as? String
        actors = (json["actors"] as? [Any] ?? []).map(pythonString)
        type = json["type"] as? String
        future = json["future"] as? Bool
        evidence = json["evidence"] as? String
        optional = pythonTruth(json["optional"])
        if let window = json["window"], pythonTruth(window) {
            guard let days = window as? [Any], days.count == 2 else {
                throw GoldFormatError(file: file, reason: "\(place): 'window' is not [first, last]")
            }
            self.window = days.map(pythonString)
        } else {
            window = nil
        }
        if optional && window == nil && json["date"] == nil {
            throw GoldFormatError(file: file, reason: "\(place): an optional event needs a 'date' or a 'window'")
        }
    }
}

/// A gold file that cannot be read as one.
public struct GoldFormatError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let reason: String

    public var description: String { "\(file): \(reason)" }
}

/// Python's truth value of a JSON value (`bool(x)`).
func pythonTruth(_ value: Any?) -> Bool {
    switch value {
    case nil, is NSNull: return false
    case let number as NSNumber: return number.doubleValue != 0
    case let text as String: return !text.isEmpty
    case let list as [Any]: return !list.isEmpty
    case let object as [String: Any]: return !object.isEmpty
    default: return true
    }
}

/// Python's `str(x)` of a JSON scalar, near enough for actor codes and days.
func pythonString(_ value: Any) -> String {
    switch value {
    case let text as String: return text
    case is NSNull: return "None"
    default: return "\(value)"
    }
}
