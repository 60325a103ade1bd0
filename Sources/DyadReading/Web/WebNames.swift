import DyadText
import DyadResources

/// `common/web.json`: the class and id names pages mark their parts with.
struct WebNamesFile: JSONReadableRecord {
    var furniture_fragments: [String] = []
    var furniture_words: [String] = []
    var date_classes: [String] = []
    var update_classes: [String] = []
    var other_articles_classes: [String] = []

    mutating func fields(_ json: inout JSONFields) {
        json.field("furniture_fragments", &furniture_fragments)
        json.field("furniture_words", &furniture_words)
        json.field("date_classes", &date_classes)
        json.field("update_classes", &update_classes)
        json.field("other_articles_classes", &other_articles_classes)
    }
}

/// `<lang>/web.json`: the words a language's pages write before an update's date.
struct WebLabelsFile: JSONReadableRecord {
    var update_labels: [String] = []

    mutating func fields(_ json: inout JSONFields) {
        json.field("update_labels", &update_labels)
    }
}

/// What the web reader knows of pages, from the data files: `common/web.json` and every
/// language's `web.json` (a page's language is not known while it is read, so the labels of
/// every language count). Read once, the first time a page is read.
struct WebNames: Sendable {
    /// Lower-cased ASCII, as bytes: matched anywhere in a class or id.
    let furnitureFragments: [[UInt8]]
    /// Matched as whole words of a class or id.
    let furnitureWords: [[UInt8]]
    let dateClasses: [[UInt8]]
    let updateClasses: [[UInt8]]
    /// Lower-cased: the class or id of a list of other articles contains one.
    let otherArticlesClasses: [String]
    /// Lower-cased: an update's date follows one of them.
    let updateLabels: [String]

    static let shared: WebNames = {
        do {
            let common = try ResourceLoader.decode(WebNamesFile.self, "common/web.json")
            var labels: [String] = []
            for language in ResourceLoader.availableLanguages() where ResourceLoader.exists("\(language)/web.json") {
                labels += try ResourceLoader.decode(WebLabelsFile.self, "\(language)/web.json").update_labels
            }
            return WebNames(common, updateLabels: labels)
        } catch {
            // The files are bundled with the program and a test reads them: only a broken
            // installation gets here.
            fatalError("dyad: its bundled web-page data cannot be read: \(error)")
        }
    }()

    init(_ file: WebNamesFile, updateLabels: [String]) {
        func bytes(_ names: [String]) -> [[UInt8]] { names.map { Array($0.lowercased().utf8) } }
        furnitureFragments = bytes(file.furniture_fragments)
        furnitureWords = bytes(file.furniture_words)
        dateClasses = bytes(file.date_classes)
        updateClasses = bytes(file.update_classes)
        otherArticlesClasses = file.other_articles_classes.map { $0.lowercased() }
        self.updateLabels = updateLabels.map { $0.lowercased() }
    }
}
