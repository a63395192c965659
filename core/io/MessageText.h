// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>

/// Small text helpers for diagnostics: whatever a file contains, a message built with
/// them is one short line of valid UTF-8.
namespace scalelab::core::msg {

/// At most `max` bytes of s, cut at a UTF-8 character boundary, "..." marking a cut.
std::string clip(const std::string& s, std::size_t max = 40);

/// A value from a file, quoted for a message: clipped to `max` bytes, with quotes,
/// backslashes and control characters escaped (\", \\, \n, \u0001).
std::string quotedValue(const std::string& s, std::size_t max = 40);

/// The JSON path of member `key` under `path`: `path.key` for plain names (letters,
/// digits, underscore, at most 64), otherwise `path["key"]` with the key quoted.
std::string memberPath(const std::string& path, const std::string& key);

/// Third-party text (such as a JSON parser's message quoting raw input) made safe to
/// show: bytes that are not valid UTF-8, and control characters, become '?'.
std::string printable(const std::string& s);

} // namespace scalelab::core::msg
