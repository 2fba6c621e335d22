import Foundation

/// Collects rows for the human-readable table.
struct Table {
    struct Row {
        var name: String
        var samples: Samples
        var scale: Double   // seconds → unit
        var unit: String
        var note: String
        var peakRSS: Double
    }

    var rows: [Row] = []

    mutating func add(_ name: String, _ samples: Samples, unit: String, note: String = "") {
        let scale: Double = switch unit {
        case "ms": 1e3
        case "µs": 1e6
        case "ns": 1e9
        default: 1
        }
        rows.append(Row(name: name, samples: samples, scale: scale, unit: unit, note: note, peakRSS: peakResidentMegabytes()))
    }

    func render() -> String {
        let header = ["benchmark", "median", "min", "max", "cpu", "unit", "reps", "peak MiB", "note"]
        var lines = [header]
        for row in rows {
            lines.append([row.name, fixed(row.samples.median * row.scale), fixed(row.samples.minimum * row.scale),
                          fixed(row.samples.maximum * row.scale), fixed(row.samples.cpuMedian * row.scale), row.unit,
                          String(row.samples.count), fixed(row.peakRSS, 0), row.note])
        }
        var widths = Array(repeating: 0, count: header.count)
        for line in lines { for (index, cell) in line.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func format(_ line: [String]) -> String {
            line.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return [1, 2, 3, 4, 6, 7].contains(index) ? padding + cell : cell + padding   // numbers right-aligned
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
        return ([format(lines[0]), rule] + lines.dropFirst().map(format)).joined(separator: "\n")
    }
}

func fixed(_ value: Double, _ digits: Int = 3) -> String {
    guard value.isFinite else { return "null" }
    return String(format: "%.\(digits)f", value)
}

/// A JSON number with a few significant decimals; non-finite values become null.
func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    let magnitude = abs(value)
    let digits = magnitude >= 100 ? 1 : magnitude >= 1 ? 3 : 4
    return String(format: "%.\(digits)f", value)
}

func jsonObject(_ members: [(String, String)]) -> String {
    "{" + members.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
}
