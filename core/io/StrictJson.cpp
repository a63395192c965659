// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/StrictJson.h"

#include "io/MessageText.h"
#include "io/ScenarioJson.h"

#include <set>
#include <vector>

namespace scalelab::core {

namespace {

using nlohmann::json;

/// Builds the document from the parser's SAX events (nlohmann's callback parser scans
/// the parent array at every object's end, quadratic on long arrays), refusing a key
/// repeated within one object and counting values, and knows the path of each value.
class StrictBuilder : public nlohmann::json_sax<json>
{
public:
    StrictBuilder(json& root, const StrictJsonLimits& limits) : m_root(root), m_limits(limits) {}

    StrictJsonError error;

    bool null() override { return value(nullptr); }
    bool boolean(bool v) override { return value(v); }
    bool number_integer(number_integer_t v) override { return value(v); }
    bool number_unsigned(number_unsigned_t v) override { return value(v); }
    bool number_float(number_float_t v, const string_t&) override { return value(v); }
    bool string(string_t& v) override { return value(std::move(v)); }
    bool binary(binary_t&) override { return refuse("$", "binary values are not JSON text"); }

    bool start_object(std::size_t) override
    {
        json* slot = place(json::object());
        if (!slot)
            return false;
        m_open.push_back({slot, {}, {}});
        return true;
    }
    bool key(string_t& k) override
    {
        Open& o = m_open.back();
        if (!o.keys.insert(k).second)
            return refuse(msg::memberPath(pathOfOpen(), k),
                          "duplicate key \"" + msg::printable(msg::clip(k, 60)) +
                              "\" (each key may appear once in an object)");
        o.key = k;
        return true;
    }
    bool end_object() override
    {
        m_open.pop_back();
        return true;
    }
    bool start_array(std::size_t) override
    {
        json* slot = place(json::array());
        if (!slot)
            return false;
        m_open.push_back({slot, {}, {}});
        return true;
    }
    bool end_array() override
    {
        m_open.pop_back();
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override
    {
        std::string what = ex.what();
        if (auto pos = what.find("] "); pos != std::string::npos)
            what = what.substr(pos + 2);
        if (ex.id == 406) // "number overflow parsing '1e400'": beyond the range of a double
            return refuse("$", "number too large: " + msg::printable(msg::clip(what, 120)) +
                                   " (numbers must be smaller than 1.7e308 in magnitude)");
        // The parser quotes the offending bytes; for bad encodings say so instead.
        if (what.find("UTF-8") != std::string::npos) {
            const auto pos = what.find(": syntax error");
            what = what.substr(0, pos) + ": the text is not valid UTF-8 (save the file with UTF-8 encoding)";
        }
        return refuse("$", "not valid JSON: " + msg::printable(msg::clip(what, 300)));
    }

private:
    struct Open
    {
        json* value;
        std::string key; ///< objects: the key whose value is being read
        std::set<std::string> keys;
    };

    bool refuse(std::string path, std::string message)
    {
        if (!error.failed())
            error = {std::move(path), std::move(message)};
        return false;
    }

    template <class V>
    bool value(V&& v)
    {
        return place(json(std::forward<V>(v))) != nullptr;
    }

    /// Puts a new value where the parse stands: the root, the next array element or the
    /// current key's value. Containers stay open on m_open until their end event, and
    /// nothing is added to their parent meanwhile, so the pointers stay valid.
    json* place(json&& v)
    {
        if (++m_values > m_limits.maxValues) {
            refuse("$", "too many values (more than " + std::to_string(m_limits.maxValues) +
                            "); a scenario or lesson is far smaller");
            return nullptr;
        }
        if (m_open.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        json& parent = *m_open.back().value;
        if (parent.is_array()) {
            parent.push_back(std::move(v));
            return &parent.back();
        }
        json& slot = parent[m_open.back().key];
        slot = std::move(v);
        return &slot;
    }

    std::string pathOfOpen() const
    {
        std::string p = "$";
        for (std::size_t i = 0; i + 1 < m_open.size(); ++i) {
            const Open& o = m_open[i];
            if (o.value->is_array())
                p += "[" + std::to_string(o.value->size() - 1) + "]";
            else
                p = msg::memberPath(p, o.key);
        }
        return p;
    }

    json& m_root;
    const StrictJsonLimits& m_limits;
    std::vector<Open> m_open;
    std::size_t m_values = 0;
};

std::string parserMessage(const std::exception& e)
{
    std::string what = e.what();
    if (auto pos = what.find("] "); pos != std::string::npos)
        what = what.substr(pos + 2);
    return what;
}

} // namespace

StrictJsonError parseStrictJson(const std::string& text, json& out, const StrictJsonLimits& limits)
{
    out = nullptr;
    if (text.size() > limits.maxBytes)
        return {"$", "file too large (" + std::to_string(text.size()) + " bytes, at most " +
                         std::to_string(limits.maxBytes) + ")"};
    if (jsonNestingDepth(text, limits.maxDepth) > limits.maxDepth)
        return {"$", "nested more than " + std::to_string(limits.maxDepth) + " levels deep"};
    StrictBuilder builder(out, limits);
    try {
        if (!json::sax_parse(text, &builder)) {
            out = nullptr;
            return builder.error.failed() ? builder.error : StrictJsonError{"$", "not valid JSON"};
        }
    } catch (const std::bad_alloc&) {
        out = nullptr;
        return {"$", "not enough memory to read this input"};
    } catch (const std::exception& e) {
        out = nullptr;
        return {"$", "not valid JSON: " + msg::printable(msg::clip(parserMessage(e), 200))};
    }
    return {};
}

} // namespace scalelab::core
