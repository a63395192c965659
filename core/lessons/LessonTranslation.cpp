// SPDX-License-Identifier: GPL-3.0-or-later
// lesson.<lang>.json: a lesson's texts in another language, laid over the English
// lesson.json (docs/lessons.md, "Translations").
#include "lessons/LessonJson.h"

#include "lessons/JsonReader.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace scalelab::core {

namespace {

using json = nlohmann::json;

bool plainLanguageCode(const std::string& lang)
{
    return lang.size() >= 2 && lang.size() <= 3 &&
           std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

class TranslationReader
{
public:
    TranslationReader(JsonReader& r, Lesson& target, LessonTranslationResult& out)
        : m_r(r), m_l(target), m_out(out)
    {
    }

    void read(const json& root, const std::string& language);

private:
    /// One text: replaces `field` when present (checked as rich text when `rich`),
    /// otherwise records a gap if the English text is not empty.
    void text(const json& j, const char* key, const std::string& p, std::string& field,
              bool rich = false);
    /// A list translated item by item: same length as the English one.
    void list(const json& j, const char* key, const std::string& p,
              std::vector<std::string>& field);
    /// {"<index>": "text"} for the labels of checks or timeline events.
    template <typename Items>
    void labels(const json& j, const char* key, const std::string& p, Items& items,
                const char* what);
    void step(const json& j, const std::string& p, LessonStep& s);
    void gap(const std::string& path) { m_out.gaps.push_back(path); }
    void stepGaps(const LessonStep& s, const std::string& p);
    /// {"question", "choices": [texts, as many as in English], "explanation"}.
    void prediction(const json& j, const std::string& p, LessonStep& s);

    JsonReader& m_r;
    Lesson& m_l;
    LessonTranslationResult& m_out;
};

void TranslationReader::text(const json& j, const char* key, const std::string& p,
                             std::string& field, bool rich)
{
    std::string t;
    if (m_r.string(j, key, p, t)) {
        if (t.empty() && !field.empty()) {
            m_r.error(p + "." + key, "empty translation (leave the field out to keep English)");
            return;
        }
        if (rich)
            if (std::string why = checkLessonRichText(t); !why.empty()) {
                m_r.error(p + "." + key, why);
                return;
            }
        field = std::move(t);
    } else if (j.is_object() && !j.contains(key) && !field.empty()) {
        gap(p + "." + key);
    }
}

void TranslationReader::list(const json& j, const char* key, const std::string& p,
                             std::vector<std::string>& field)
{
    std::vector<std::string> t;
    if (!j.contains(key)) {
        if (!field.empty())
            gap(p + "." + key);
        return;
    }
    const std::size_t before = m_out.errors.size();
    if (!m_r.stringList(j, key, p, t) || m_out.errors.size() != before)
        return;
    if (t.size() != field.size()) {
        m_r.error(p + "." + key, "expected " + std::to_string(field.size()) +
                                     " entries like the English lesson, got " +
                                     std::to_string(t.size()));
        return;
    }
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i].empty()) {
            m_r.error(p + "." + key + "[" + std::to_string(i) + "]", "empty translation");
            return;
        }
    field = std::move(t);
}

template <typename Items>
void TranslationReader::labels(const json& j, const char* key, const std::string& p, Items& items,
                               const char* what)
{
    const std::string lp = p + "." + key;
    auto it = j.find(key);
    if (it != j.end()) {
        if (!it->is_object()) {
            m_r.error(lp, std::string("expected an object {\"<index>\": \"text\"} for the ") +
                              what + " labels");
            return;
        }
        for (const auto& [k, v] : it->items()) {
            const std::string ip = lp + "." + k.substr(0, 20);
            std::size_t idx = 0;
            const bool digits = !k.empty() && k.size() <= 4 &&
                                std::all_of(k.begin(), k.end(),
                                            [](char c) { return c >= '0' && c <= '9'; });
            if (digits)
                idx = static_cast<std::size_t>(std::stoul(k));
            if (!digits || idx >= items.size() || items[idx].label.empty()) {
                m_r.error(ip, std::string("no ") + what + " with a label at this index (0-based) " +
                                  "in the English lesson");
                continue;
            }
            if (!v.is_string() || v.template get<std::string>().empty()) {
                m_r.error(ip, "expected a non-empty string");
                continue;
            }
            items[idx].label = v.template get<std::string>();
        }
    }
}

void TranslationReader::stepGaps(const LessonStep& s, const std::string& p)
{
    gap(p + ".title");
    gap(p + ".text");
    if (!s.hints.empty())
        gap(p + ".hints");
    for (std::size_t i = 0; i < s.checks.size(); ++i)
        if (!s.checks[i].label.empty())
            gap(p + ".check_labels." + std::to_string(i));
    if (s.experiment)
        for (std::size_t i = 0; i < s.experiment->events.size(); ++i)
            if (!s.experiment->events[i].label.empty())
                gap(p + ".event_labels." + std::to_string(i));
    if (s.prediction)
        gap(p + ".prediction");
    if (s.compare)
        gap(p + ".compare_note");
}

void TranslationReader::prediction(const json& j, const std::string& p, LessonStep& s)
{
    auto it = j.find("prediction");
    if (it == j.end()) {
        if (s.prediction)
            gap(p + ".prediction");
        return;
    }
    const std::string pp = p + ".prediction";
    if (!s.prediction) {
        m_r.error(pp, "this step has no prediction in the English lesson");
        return;
    }
    if (!m_r.object(*it, pp, {"question", "choices", "explanation"}))
        return;
    Prediction& pr = *s.prediction;
    text(*it, "question", pp, pr.question);
    text(*it, "explanation", pp, pr.explanation);
    if (pr.choices.empty()) {
        if (it->contains("choices"))
            m_r.error(pp + ".choices", "the English prediction is a numeric guess without choices");
        return;
    }
    std::vector<std::string> texts;
    for (const auto& c : pr.choices)
        texts.push_back(c.text);
    list(*it, "choices", pp, texts);
    for (std::size_t i = 0; i < texts.size() && i < pr.choices.size(); ++i)
        pr.choices[i].text = texts[i];
}

void TranslationReader::step(const json& j, const std::string& p, LessonStep& s)
{
    if (!m_r.object(j, p,
                    {"title", "text", "hints", "check_labels", "event_labels", "prediction",
                     "compare_note"}))
        return;
    prediction(j, p, s);
    if (s.compare)
        text(j, "compare_note", p, s.compare->note, true);
    else if (j.contains("compare_note"))
        m_r.error(p + ".compare_note", "this step has no comparison in the English lesson");
    text(j, "title", p, s.title);
    text(j, "text", p, s.text, true);
    list(j, "hints", p, s.hints);
    // Labels are checked against the English lesson; a label without a translation is a gap.
    std::vector<bool> checkDone(s.checks.size()), eventDone;
    if (auto it = j.find("check_labels"); it != j.end() && it->is_object())
        for (const auto& [k, v] : it->items())
            for (std::size_t i = 0; i < s.checks.size(); ++i)
                if (k == std::to_string(i))
                    checkDone[i] = true;
    labels(j, "check_labels", p, s.checks, "check");
    for (std::size_t i = 0; i < s.checks.size(); ++i)
        if (!s.checks[i].label.empty() && !checkDone[i])
            gap(p + ".check_labels." + std::to_string(i));
    if (s.experiment) {
        eventDone.assign(s.experiment->events.size(), false);
        if (auto it = j.find("event_labels"); it != j.end() && it->is_object())
            for (const auto& [k, v] : it->items())
                for (std::size_t i = 0; i < eventDone.size(); ++i)
                    if (k == std::to_string(i))
                        eventDone[i] = true;
        labels(j, "event_labels", p, s.experiment->events, "timeline event");
        for (std::size_t i = 0; i < eventDone.size(); ++i)
            if (!s.experiment->events[i].label.empty() && !eventDone[i])
                gap(p + ".event_labels." + std::to_string(i));
    } else if (j.contains("event_labels")) {
        m_r.error(p + ".event_labels", "this step has no experiment timeline in the English lesson");
    }
}

void TranslationReader::read(const json& root, const std::string& language)
{
    if (!m_r.object(root, "$",
                    {"format", "version", "language", "id", "title", "summary", "teacher_notes",
                     "steps"}))
        return;
    std::string format, lang, id;
    if (m_r.string(root, "format", "$", format, true) && format != "scalelab-lesson-translation")
        m_r.error("$.format", "expected \"scalelab-lesson-translation\", got \"" + format + "\"");
    double version = 0;
    if (m_r.number(root, "version", "$", version, 1, 1000, true) && version > kLessonVersion)
        m_r.error("$.version", "this translation needs a newer ScaleLab");
    if (m_r.string(root, "language", "$", lang, true) && lang != language)
        m_r.error("$.language", "expected \"" + language + "\" (the file name's language), got \"" +
                                    lang + "\"");
    if (m_r.string(root, "id", "$", id, true) && id != m_l.id)
        m_r.error("$.id", "expected the lesson's id \"" + m_l.id + "\", got \"" + id + "\"");
    text(root, "title", "$", m_l.title);
    text(root, "summary", "$", m_l.summary);
    if (auto it = root.find("teacher_notes"); it != root.end()) {
        const std::string p = "$.teacher_notes";
        if (m_r.object(*it, p, {"goals", "misconceptions", "left_out", "demonstration"})) {
            list(*it, "goals", p, m_l.teacherNotes.goals);
            list(*it, "misconceptions", p, m_l.teacherNotes.misconceptions);
            list(*it, "left_out", p, m_l.teacherNotes.leftOut);
            text(*it, "demonstration", p, m_l.teacherNotes.demonstration);
        }
    } else {
        gap("$.teacher_notes");
    }
    auto steps = root.find("steps");
    if (steps != root.end() && !steps->is_object()) {
        m_r.error("$.steps", "expected an object keyed by step id");
        return;
    }
    for (LessonStep& s : m_l.steps) {
        const std::string p = "$.steps." + s.id;
        if (steps == root.end() || !steps->contains(s.id)) {
            stepGaps(s, p);
            continue;
        }
        m_r.setContext("step \"" + s.id + "\"");
        step((*steps)[s.id], p, s);
        m_r.setContext({});
    }
    if (steps != root.end())
        for (const auto& item : steps->items()) {
            const std::string& k = item.key(); // not a structured binding: clang 14 cannot capture one
            if (std::none_of(m_l.steps.begin(), m_l.steps.end(),
                             [&](const LessonStep& s) { return s.id == k; })) {
                std::string list;
                for (const auto& s : m_l.steps)
                    list += (list.empty() ? "" : ", ") + s.id;
                m_r.error("$.steps." + k.substr(0, 60),
                          "no step with this id in the English lesson (its steps: " + list + ")");
            }
        }
}

} // namespace

LessonTranslationResult applyLessonTranslation(Lesson& lesson, const std::string& text,
                                               const std::string& fileName,
                                               const std::string& language)
{
    LessonTranslationResult result;
    JsonReader r(result.errors, fileName);
    if (!plainLanguageCode(language)) {
        r.error("$", "language code \"" + language.substr(0, 10) +
                         "\" is not two or three lowercase letters");
        return result;
    }
    json root;
    if (!r.parse(text, root))
        return result;
    Lesson translated = lesson;
    TranslationReader(r, translated, result).read(root, language);
    if (result.errors.empty()) {
        lesson = std::move(translated);
        result.applied = true;
    } else {
        result.gaps.clear(); // nothing was applied: the whole lesson stays English
    }
    return result;
}

std::string lessonTranslationFile(const std::string& language)
{
    return "lesson." + language + ".json";
}

LessonLoadResult loadLesson(const LessonSource& source, const std::string& language)
{
    LessonLoadResult r;
    std::string error;
    const auto text = source.read("lesson.json", &error);
    if (!text) {
        r.errors.push_back({source.displayName("lesson.json"), "$", error});
        return r;
    }
    r = parseLesson(*text, source.displayName("lesson.json"), source);
    if (!r.lesson || language.empty() || language == "en")
        return r;
    const std::string ref = lessonTranslationFile(language);
    std::string missing;
    const auto tr = source.read(ref, &missing);
    if (!tr) {
        r.translationGaps.push_back(source.displayName(ref) + ": missing (the lesson is shown in English)");
        return r;
    }
    LessonTranslationResult t = applyLessonTranslation(*r.lesson, *tr, source.displayName(ref), language);
    r.translationErrors = std::move(t.errors);
    for (const auto& g : t.gaps)
        r.translationGaps.push_back(source.displayName(ref) + ": " + g);
    return r;
}

} // namespace scalelab::core
