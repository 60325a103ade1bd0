import Foundation
import DyadModel

/// The periods events are counted by when a timeline is drawn by period, and where each
/// period goes on the axis.
extension TimelineSVG {
    /// A length of time events are counted by.
    enum Period: String, CaseIterable {
        case day, week, month, quarter, year

        /// The period's number for a day: consecutive periods have consecutive numbers.
        func index(_ date: CalendarDate) -> Int {
            switch self {
            case .day: return date.dayNumber
            case .week: return floorDivide(date.dayNumber + 3, 7)  // weeks from Monday
            case .month: return date.year * 12 + date.month - 1
            case .quarter: return date.year * 4 + (date.month - 1) / 3
            case .year: return date.year
            }
        }

        /// The first day of period `index`.
        func start(_ index: Int) -> CalendarDate {
            switch self {
            case .day: return CalendarDate(dayNumber: index)
            case .week: return CalendarDate(dayNumber: index * 7 - 3)
            case .month: return CalendarDate(year: floorDivide(index, 12), month: index - floorDivide(index, 12) * 12 + 1, day: 1)!
            case .quarter: return CalendarDate(year: floorDivide(index, 4), month: (index - floorDivide(index, 4) * 4) * 3 + 1, day: 1)!
            case .year: return CalendarDate(year: index, month: 1, day: 1)!
            }
        }

        /// Empty periods longer than this are compressed to a break.
        var quiet: Int {
            switch self {
            case .day: return TimelineSVG.longGap
            case .week: return 8
            case .month: return 4
            case .quarter, .year: return 3
            }
        }

        /// How a period is named: `2023-06-18`, `week of 2023-06-12`, `2023-06`, `2023 Q2`, `2023`.
        func name(_ index: Int) -> String {
            let first = start(index)
            switch self {
            case .day: return first.iso
            case .week: return "week of \(first.iso)"
            case .month: return "\(first.year)-\(pad(first.month, 2))"
            case .quarter: return "\(first.year) Q\((first.month - 1) / 3 + 1)"
            case .year: return "\(first.year)"
            }
        }

        /// A short axis label.
        func tick(_ index: Int) -> String {
            let first = start(index)
            switch self {
            case .day, .week: return "\(pad(first.day, 2))/\(pad(first.month, 2))"
            case .month: return "\(pad(first.month, 2))/\(first.year)"
            case .quarter: return "Q\((first.month - 1) / 3 + 1)/\(first.year)"
            case .year: return "\(first.year)"
            }
        }
    }

    /// Where each period with events goes: its slot (periods are drawn a slot apart, and a
    /// compressed quiet stretch takes ``breakSlots``), and the slots of the breaks.
    static func slots(_ periods: [Int], quiet: Int) -> (slot: [Int: Int], breaks: [Int], count: Int) {
        var slot: [Int: Int] = [:]
        var breaks: [Int] = []
        var current = 0
        var previous: Int?
        for period in periods {
            if let previous {
                let gap = period - previous
                if gap > quiet {
                    breaks.append(current + 1)
                    current += breakSlots
                } else {
                    current += gap
                }
            }
            slot[period] = current
            previous = period
        }
        return (slot, breaks, current + 1)
    }

    static let breakSlots = 2
    /// The narrowest and widest bar slot, in pixels.
    static let minSlot = 3, maxSlot = 24

    /// The finest period whose slots fit the plot width at ``minSlot`` pixels or more.
    static func period(for days: [Int], plotWidth: Int) -> (Period, slots: (slot: [Int: Int], breaks: [Int], count: Int)) {
        for period in Period.allCases {
            let periods = Set(days.map { period.index(CalendarDate(dayNumber: $0)) }).sorted()
            let layout = slots(periods, quiet: period.quiet)
            if layout.count * minSlot <= plotWidth || period == .year { return (period, layout) }
        }
        preconditionFailure("the year always fits")
    }
}
