import Foundation

/// Decodes a data file refusing every field its type does not read, so that a mistyped or
/// retired field cannot sit in a file unnoticed.
///
/// The file is decoded by `JSONDecoder` as usual, through a decoder that wraps the one
/// `JSONDecoder` hands out. Each time a type opens an object (a keyed container), every key of
/// the object its coding keys cannot make is noted; the keys the type then asks for are what it
/// knows, and name the fields in the error. A dictionary's coding keys make every string, so
/// only a struct's object can have unknown fields. Values are still read by `JSONDecoder`:
/// what decodes, and every other error, is unchanged.
///
/// One field needs no reader: the file's own `about` at the top, its description for people
/// (JSON has no comments).
enum KnownFields {
    static let description = "about"

    /// A field of the file that its type does not read.
    struct Unknown: Error {
        /// Where it is: `triggers[3].typo`.
        let path: String
        /// The fields the type reads there, in the order it reads them.
        let known: [String]
    }

    /// `T` decoded from `data`; throws ``Unknown`` for the first unknown field.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        let recorder = Recorder()
        decoder.userInfo[Recorder.key] = recorder
        let value: T
        do {
            value = try decoder.decode(Checked<T>.self, from: data).value
        } catch {
            // A misspelt field is often why a required one is missing: name it first.
            throw recorder.objects.first.map { Unknown(path: $0.unknown[0], known: $0.known) } ?? error
        }
        if let object = recorder.objects.first {
            throw Unknown(path: object.unknown[0], known: object.known)
        }
        return value
    }

    /// The objects found with unknown keys, and what their types asked for.
    final class Recorder: @unchecked Sendable {
        static let key = CodingUserInfoKey(rawValue: "DyadResources.KnownFields")!

        final class Object {
            let unknown: [String]
            var known: [String] = []

            init(unknown: [String]) { self.unknown = unknown }

            func asked(_ key: CodingKey) {
                if !known.contains(key.stringValue) { known.append(key.stringValue) }
            }
        }
        var objects: [Object] = []
    }

    /// The top of the file, where `JSONDecoder`'s decoder is wrapped.
    private struct Checked<T: Decodable>: Decodable {
        let value: T

        init(from decoder: Decoder) throws {
            let recorder = decoder.userInfo[Recorder.key] as! Recorder
            value = try T(from: Wrapped(base: decoder, recorder: recorder))
        }
    }

    /// Any key of an object, to list them all.
    private struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        init(_ key: some CodingKey) { stringValue = key.stringValue }
    }

    /// `JSONDecoder`'s decoder, whose objects are checked and whose values are wrapped in turn.
    private struct Wrapped: Decoder {
        let base: Decoder
        let recorder: Recorder
        var codingPath: [CodingKey] { base.codingPath }
        var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            // One container, of any key: the type's keys are made from its keys and back.
            let container = try base.container(keyedBy: AnyKey.self)
            var object: Recorder.Object?
            let unknown = container.allKeys.filter { key in
                Key(stringValue: key.stringValue) == nil && !(codingPath.isEmpty && key.stringValue == KnownFields.description)
            }.map { KnownFields.path(codingPath + [$0]) }
            if !unknown.isEmpty {
                object = Recorder.Object(unknown: unknown.sorted())
                recorder.objects.append(object!)
            }
            return KeyedDecodingContainer(Keyed(base: container, recorder: recorder, object: object))
        }

        func unkeyedContainer() throws -> UnkeyedDecodingContainer {
            Unkeyed(base: try base.unkeyedContainer(), recorder: recorder)
        }

        /// A single value is a string, number or boolean here: `JSONDecoder`'s own container.
        func singleValueContainer() throws -> SingleValueDecodingContainer {
            try base.singleValueContainer()
        }
    }

    /// An object's container: each value it decodes is decoded through a wrapped decoder.
    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let base: KeyedDecodingContainer<AnyKey>
        let recorder: Recorder
        /// Set when the object has unknown keys: it records what the type asks for.
        let object: Recorder.Object?

        var codingPath: [CodingKey] { base.codingPath }
        var allKeys: [Key] { base.allKeys.compactMap { Key(stringValue: $0.stringValue) } }

        func contains(_ key: Key) -> Bool {
            object?.asked(key)
            return base.contains(AnyKey(key))
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            object?.asked(key)
            return try base.decodeNil(forKey: AnyKey(key))
        }

        /// Every `decode` requirement, the primitive ones included.
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            object?.asked(key)
            // A leaf is `JSONDecoder`'s to read alone; a missing key is its error, as it would
            // be without the check.
            guard !(T.self is Leaf.Type), base.contains(AnyKey(key)) else { return try base.decode(type, forKey: AnyKey(key)) }
            return try T(from: superDecoder(forKey: key))
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try superDecoder(forKey: key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            try superDecoder(forKey: key).unkeyedContainer()
        }

        func superDecoder() throws -> Decoder {
            Wrapped(base: try base.superDecoder(), recorder: recorder)
        }

        func superDecoder(forKey key: Key) throws -> Decoder {
            object?.asked(key)
            return Wrapped(base: try base.superDecoder(forKey: AnyKey(key)), recorder: recorder)
        }
    }

    /// An array's container: each element is decoded through a wrapped decoder.
    private struct Unkeyed: UnkeyedDecodingContainer {
        var base: UnkeyedDecodingContainer
        let recorder: Recorder

        var codingPath: [CodingKey] { base.codingPath }
        var count: Int? { base.count }
        var isAtEnd: Bool { base.isAtEnd }
        var currentIndex: Int { base.currentIndex }

        mutating func decodeNil() throws -> Bool { try base.decodeNil() }

        /// Every `decode` requirement, the primitive ones included.
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            // A leaf is `JSONDecoder`'s to read alone; past the end is its error.
            if isAtEnd || T.self is Leaf.Type { return try base.decode(type) }
            return try T(from: superDecoder())
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try superDecoder().container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            try superDecoder().unkeyedContainer()
        }

        mutating func superDecoder() throws -> Decoder {
            Wrapped(base: try base.superDecoder(), recorder: recorder)
        }
    }

    /// A value that holds no object, so has no field to check: `JSONDecoder` reads it alone
    /// (most of the files are lists of words, read faster so).
    fileprivate protocol Leaf {}

    /// `triggers[3].typo`: a coding path as it reads in the file.
    static func path(_ keys: [CodingKey]) -> String {
        var text = ""
        for key in keys {
            // An array's keys are numbered and named otherwise (`Index 3`); a dictionary's `"2"` is a name.
            if let index = key.intValue, key.stringValue != String(index) {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }
}

extension String: KnownFields.Leaf {}
extension Int: KnownFields.Leaf {}
extension Double: KnownFields.Leaf {}
extension Bool: KnownFields.Leaf {}
extension Optional: KnownFields.Leaf where Wrapped: KnownFields.Leaf {}
extension Array: KnownFields.Leaf where Element: KnownFields.Leaf {}
extension Dictionary: KnownFields.Leaf where Key == String, Value: KnownFields.Leaf {}
