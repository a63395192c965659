// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <charconv>
#include <string>

namespace scalelab::core {

/// A number for a data file (CSV, JSON, SVG): `%.<significant>g` of the C locale
/// whatever the process's locale is (std::to_chars never reads the locale, while
/// snprintf follows setlocale and would write "1,5" under de_DE).
inline std::string dataNumber(double v, int significant = 6)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, significant);
    return std::string(buf, r.ptr);
}

/// Appends dataNumber(v) to `out`.
inline void appendDataNumber(std::string& out, double v, int significant = 6)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, significant);
    out.append(buf, r.ptr);
}

} // namespace scalelab::core
