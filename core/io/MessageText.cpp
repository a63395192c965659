// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/MessageText.h"

#include <cctype>
#include <cstdio>

namespace scalelab::core::msg {

std::string clip(const std::string& s, std::size_t max)
{
    if (s.size() <= max)
        return s;
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n;
    return s.substr(0, n) + "...";
}

std::string quotedValue(const std::string& s, std::size_t max)
{
    std::string out = "\"";
    for (char ch : clip(s, max)) {
        const auto u = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (ch == '\n') {
            out += "\\n";
        } else if (ch == '\t') {
            out += "\\t";
        } else if (ch == '\r') {
            out += "\\r";
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else {
            out += ch;
        }
    }
    return out + "\"";
}

std::string memberPath(const std::string& path, const std::string& key)
{
    bool plain = !key.empty() && key.size() <= 64;
    for (char ch : key)
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'))
            plain = false;
    return plain ? path + "." + key : path + "[" + quotedValue(key) + "]";
}

std::string printable(const std::string& s)
{
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c < 0x80)
            len = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        }
        bool ok = len > 0 && i + len <= s.size();
        for (std::size_t k = 1; ok && k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            ok = k == 1 ? (b >= lo && b <= hi) : (b & 0xC0) == 0x80;
        }
        if (!ok) {
            out += '?';
            ++i;
        } else if (len == 1 && c < 0x20) {
            out += '?';
            ++i;
        } else {
            out.append(s, i, len);
            i += len;
        }
    }
    return out;
}

} // namespace scalelab::core::msg
