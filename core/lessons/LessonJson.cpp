// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonJson.h"

#include "analysis/Compare.h"
#include "lessons/JsonReader.h"
#include "lessons/LessonChecks.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace scalelab::core {

namespace {

using json = nlohmann::json;

bool parseOp(const std::string& s, CompareOp& op)
{
    static const std::pair<const char*, CompareOp> ops[] = {
        {"<", CompareOp::Less},          {"<=", CompareOp::LessEqual}, {">", CompareOp::Greater},
        {">=", CompareOp::GreaterEqual}, {"==", CompareOp::Equal},     {"!=", CompareOp::NotEqual}};
    for (const auto& [t, o] : ops)
        if (s == t) {
            op = o;
            return true;
        }
    return false;
}

class LessonParser
{
public:
    LessonParser(JsonReader& r, const LessonSource& source) : m_r(r), m_source(source) {}

    void lesson(const json& root, Lesson& l);

private:
    void notes(const json& j, const std::string& p, TeacherNotes& n);
    void step(const json& j, const std::string& p, LessonStep& s);
    void check(const json& j, const std::string& p, LessonCheck& c);
    void experiment(const json& j, const std::string& p, Experiment& e);
    void prediction(const json& j, const std::string& p, Prediction& pr);
    void compare(const json& j, const std::string& p, LessonCompare& c);
    void metricWindow(const json& j, const std::string& p, const std::string& metric,
                      std::optional<TimeWindow>& window, bool& windowMax);
    void event(const json& j, const std::string& p, TimelineEvent& e);
    void selector(const std::string& sel, const std::string& p);
    void kindField(const json& j, const char* key, const std::string& p, std::string& out,
                   bool required);
    std::optional<Scenario> scenarioFile(const std::string& ref, const std::string& p);

    JsonReader& m_r;
    const LessonSource& m_source;
};

void LessonParser::lesson(const json& root, Lesson& l)
{
    if (!m_r.object(root, "$",
                    {"format", "version", "id", "title", "summary", "teacher_notes", "steps"}))
        return;
    std::string format;
    if (m_r.string(root, "format", "$", format, true) && format != "scalelab-lesson")
        m_r.error("$.format", "expected \"scalelab-lesson\", got \"" + format + "\"");
    double version = 0;
    if (m_r.number(root, "version", "$", version, 1, 1000, true) && version > kLessonVersion)
        m_r.error("$.version", "this lesson needs a newer ScaleLab (format version " +
                                   std::to_string(static_cast<int>(version)) +
                                   ", this program reads up to " + std::to_string(kLessonVersion) +
                                   ")");
    m_r.string(root, "id", "$", l.id, true);
    m_r.string(root, "title", "$", l.title, true);
    m_r.string(root, "summary", "$", l.summary, true);
    if (auto it = root.find("teacher_notes"); it != root.end())
        notes(*it, "$.teacher_notes", l.teacherNotes);
    else
        m_r.error("$.teacher_notes", "missing (every lesson has teacher notes)");
    auto it = root.find("steps");
    if (it == root.end() || !it->is_array() || it->empty()) {
        m_r.error("$.steps", "expected a non-empty array of steps");
        return;
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const std::string p = "$.steps[" + std::to_string(i) + "]";
        LessonStep s;
        m_r.setContext("step " + std::to_string(i + 1));
        step((*it)[i], p, s);
        if (!s.id.empty() && !ids.insert(s.id).second)
            m_r.error(p + ".id", "duplicate step id \"" + s.id + "\"");
        l.steps.push_back(std::move(s));
    }
    m_r.setContext({});
}

void LessonParser::notes(const json& j, const std::string& p, TeacherNotes& n)
{
    if (!m_r.object(j, p, {"goals", "misconceptions", "left_out", "demonstration"}))
        return;
    m_r.stringList(j, "goals", p, n.goals, true);
    m_r.stringList(j, "misconceptions", p, n.misconceptions, true);
    m_r.stringList(j, "left_out", p, n.leftOut, true);
    m_r.string(j, "demonstration", p, n.demonstration, true);
}

std::optional<Scenario> LessonParser::scenarioFile(const std::string& ref, const std::string& p)
{
    if (std::string why = checkLessonReference(ref); !why.empty()) {
        m_r.error(p, why);
        return std::nullopt;
    }
    std::string error;
    const auto text = m_source.read(ref, &error);
    if (!text) {
        m_r.error(p, error);
        return std::nullopt;
    }
    ScenarioLoadResult res = parseScenario(*text, m_source.displayName(ref));
    for (const auto& d : res.errors)
        m_r.error(p, "scenario " + d.toString());
    return res.scenario;
}

void LessonParser::step(const json& j, const std::string& p, LessonStep& s)
{
    if (!m_r.object(j, p,
                    {"id", "title", "text", "image", "kind", "start", "solution", "goal", "hints",
                     "experiment", "highlight", "prediction", "compare"}))
        return;
    if (m_r.string(j, "id", p, s.id, true))
        m_r.setContext(m_r.context() + " (\"" + s.id + "\")");
    m_r.string(j, "title", p, s.title, true);
    if (m_r.string(j, "text", p, s.text, true))
        if (std::string why = checkLessonRichText(s.text); !why.empty())
            m_r.error(p + ".text", why);
    if (m_r.string(j, "image", p, s.image)) {
        if (std::string why = checkImageReference(s.image); !why.empty())
            m_r.error(p + ".image", why);
        else if (!m_source.imageExists(s.image))
            m_r.error(p + ".image", "image not found: " + s.image);
    }
    std::string kind = "build";
    if (m_r.string(j, "kind", p, kind) && kind != "build" && kind != "observe")
        m_r.error(p + ".kind", "expected \"build\" or \"observe\", got \"" + kind + "\"");
    s.observe = kind == "observe";
    if (m_r.string(j, "start", p, s.startFile))
        s.start = scenarioFile(s.startFile, p + ".start");
    if (m_r.string(j, "solution", p, s.solutionFile, true))
        s.solution = scenarioFile(s.solutionFile, p + ".solution");
    if (auto it = j.find("goal"); it != j.end()) {
        const std::string gp = p + ".goal";
        if (m_r.object(*it, gp, {"checks"})) {
            auto c = it->find("checks");
            if (c == it->end() || !c->is_array() || c->empty())
                m_r.error(gp + ".checks", "expected a non-empty array of checks");
            else
                for (std::size_t i = 0; i < c->size(); ++i) {
                    LessonCheck chk;
                    check((*c)[i], gp + ".checks[" + std::to_string(i) + "]", chk);
                    s.checks.push_back(std::move(chk));
                }
        }
    } else {
        m_r.error(p + ".goal", "missing (every step has a goal with checks)");
    }
    m_r.stringList(j, "hints", p, s.hints, true);
    if (auto it = j.find("experiment"); it != j.end()) {
        Experiment e;
        experiment(*it, p + ".experiment", e);
        s.experiment = std::move(e);
    }
    if (m_r.string(j, "highlight", p, s.highlight) && s.highlight.rfind("action:", 0) != 0 &&
        !findKind(s.highlight))
        m_r.error(p + ".highlight",
                  "expected a component kind or \"action:<name>\", got \"" + s.highlight + "\"");
    if (s.needsExperiment() && !s.experiment)
        m_r.error(p + ".experiment",
                  "missing: this step has metric checks, which need an experiment to run");
    if (auto it = j.find("prediction"); it != j.end()) {
        Prediction pr;
        prediction(*it, p + ".prediction", pr);
        if (!s.experiment)
            m_r.error(p + ".prediction",
                      "a prediction needs the step's experiment (it is revealed by its run)");
        s.prediction = std::move(pr);
    }
    if (auto it = j.find("compare"); it != j.end()) {
        LessonCompare c;
        compare(*it, p + ".compare", c);
        if (!s.experiment)
            m_r.error(p + ".compare",
                      "a comparison needs the step's experiment (both designs run it)");
        s.compare = std::move(c);
    }
}

void LessonParser::compare(const json& j, const std::string& p, LessonCompare& c)
{
    if (!m_r.object(j, p, {"with", "variant", "seeds", "note"}))
        return;
    const bool hasWith = m_r.string(j, "with", p, c.withFile);
    const bool hasVariant = m_r.string(j, "variant", p, c.variant);
    if (hasWith == hasVariant && !j.contains("with") && !j.contains("variant"))
        m_r.error(p, "expected \"with\" (a scenario file of the lesson) or \"variant\" "
                     "(\"cache\", \"web\" or \"replica\")");
    else if (hasWith && hasVariant)
        m_r.error(p, "expected either \"with\" or \"variant\", not both");
    if (hasWith)
        c.with = scenarioFile(c.withFile, p + ".with");
    if (hasVariant) {
        bool known = false;
        std::string list;
        for (const auto& v : designVariants(Scenario{})) {
            known = known || v.id == c.variant;
            list += (list.empty() ? "" : ", ") + v.id;
        }
        if (!known)
            m_r.error(p + ".variant",
                      "unknown variant \"" + c.variant + "\" (expected one of: " + list + ")");
    }
    double seeds = c.seeds;
    if (m_r.number(j, "seeds", p, seeds, kMinCompareSeeds, 20)) {
        if (seeds != static_cast<int>(seeds))
            m_r.error(p + ".seeds", "expected a whole number of runs per design");
        c.seeds = static_cast<int>(seeds);
    }
    if (m_r.string(j, "note", p, c.note, true))
        if (std::string why = checkLessonRichText(c.note); !why.empty())
            m_r.error(p + ".note", why);
}

void LessonParser::metricWindow(const json& j, const std::string& p, const std::string& metric,
                                std::optional<TimeWindow>& window, bool& windowMax)
{
    if (auto w = j.find("window"); w != j.end()) {
        const std::string wp = p + ".window";
        if (!metricTakesWindow(metric))
            m_r.error(wp, "the metric \"" + metric +
                              "\" counts over the whole run and takes no window");
        else if (m_r.object(*w, wp, {"from_s", "to_s"})) {
            TimeWindow tw;
            m_r.number(*w, "from_s", wp, tw.fromS, 0, 1e7, true);
            m_r.number(*w, "to_s", wp, tw.toS, 0, 1e7, true);
            if (tw.toS <= tw.fromS)
                m_r.error(wp + ".to_s", "expected a time after from_s");
            window = tw;
        }
    }
    std::string agg;
    if (m_r.string(j, "agg", p, agg)) {
        if (agg != "mean" && agg != "max")
            m_r.error(p + ".agg", "expected \"mean\" or \"max\", got \"" + agg + "\"");
        if (!window)
            m_r.error(p + ".agg", "only meaningful with a window");
        windowMax = agg == "max";
    }
}

void LessonParser::prediction(const json& j, const std::string& p, Prediction& pr)
{
    if (!m_r.object(j, p,
                    {"question", "metric", "kind", "window", "agg", "choices", "guess",
                     "explanation"}))
        return;
    if (m_r.string(j, "question", p, pr.question, true) && pr.question.empty())
        m_r.error(p + ".question", "expected a question, got an empty text");
    if (m_r.string(j, "explanation", p, pr.explanation, true) && pr.explanation.empty())
        m_r.error(p + ".explanation", "expected a short explanation, got an empty text");
    const auto& names = lessonMetricNames();
    if (m_r.string(j, "metric", p, pr.metric, true) &&
        std::find(names.begin(), names.end(), pr.metric) == names.end()) {
        std::string list;
        for (const auto& n : names)
            list += (list.empty() ? "" : ", ") + n;
        m_r.error(p + ".metric",
                  "unknown metric \"" + pr.metric + "\" (expected one of: " + list + ")");
    }
    kindField(j, "kind", p, pr.kind, pr.metric == "max_utilization");
    metricWindow(j, p, pr.metric, pr.window, pr.windowMax);
    const auto choices = j.find("choices");
    const auto guess = j.find("guess");
    if ((choices == j.end()) == (guess == j.end())) {
        m_r.error(p, "expected either \"choices\" (2 to 4 answers) or \"guess\" (a numeric "
                     "guess), not both and not neither");
        return;
    }
    if (choices != j.end()) {
        const std::string cp = p + ".choices";
        if (!choices->is_array() || choices->size() < 2 || choices->size() > 4) {
            m_r.error(cp, "expected 2 to 4 choices, got " +
                              (choices->is_array() ? std::to_string(choices->size())
                                                   : std::string("no array")));
            return;
        }
        for (std::size_t i = 0; i < choices->size(); ++i) {
            const std::string ip = cp + "[" + std::to_string(i) + "]";
            const json& c = (*choices)[i];
            PredictionChoice ch;
            if (m_r.object(c, ip, {"text", "min", "max"})) {
                if (m_r.string(c, "text", ip, ch.text, true) && ch.text.empty())
                    m_r.error(ip + ".text", "expected the answer's text, got an empty text");
                const bool hasMin = m_r.number(c, "min", ip, ch.min, -1e12, 1e12);
                const bool hasMax = m_r.number(c, "max", ip, ch.max, -1e12, 1e12);
                if (!hasMin && !hasMax && !c.contains("min") && !c.contains("max"))
                    m_r.error(ip, "expected \"min\" and/or \"max\": the range of measured "
                                  "values for which this answer is right");
                else if (hasMin && hasMax && ch.min >= ch.max)
                    m_r.error(ip + ".max", "expected more than min (the answer is right for "
                                           "min <= measured < max)");
            }
            pr.choices.push_back(std::move(ch));
        }
        for (std::size_t a = 0; a < pr.choices.size(); ++a)
            for (std::size_t b = a + 1; b < pr.choices.size(); ++b)
                if (pr.choices[a].min < pr.choices[b].max && pr.choices[b].min < pr.choices[a].max)
                    m_r.error(cp + "[" + std::to_string(b) + "]",
                              "its range overlaps choice " + std::to_string(a + 1) +
                                  "'s: at most one answer may be right for a measured value");
    } else {
        const std::string gp = p + ".guess";
        if (m_r.object(*guess, gp, {"min", "max", "unit", "tolerance"})) {
            const bool a = m_r.number(*guess, "min", gp, pr.guessMin, -1e12, 1e12, true);
            const bool b = m_r.number(*guess, "max", gp, pr.guessMax, -1e12, 1e12, true);
            if (a && b && pr.guessMin >= pr.guessMax)
                m_r.error(gp + ".max", "expected more than min (the slider runs from min to max)");
            if (m_r.string(*guess, "unit", gp, pr.unit, true) && pr.unit.empty())
                m_r.error(gp + ".unit", "expected a unit (\"ms\", \"%\", \"req/s\", ...)");
            m_r.number(*guess, "tolerance", gp, pr.tolerance, 0, 10);
        }
        const bool fraction = pr.metric == "error_rate" || pr.metric == "availability" ||
                              pr.metric == "failed_write_fraction" ||
                              pr.metric == "cache_hit_rate" || pr.metric == "cdn_hit_rate" ||
                              pr.metric == "max_utilization";
        const bool ms = pr.metric.size() > 3 &&
                        pr.metric.compare(pr.metric.size() - 3, 3, "_ms") == 0;
        const char* want = fraction ? "%" : ms ? "ms" : pr.metric == "throughput_rps" ? "req/s" : nullptr;
        if (want && !pr.unit.empty() && pr.unit != want)
            m_r.error(gp + ".unit", std::string("expected \"") + want + "\" for the metric \"" +
                                        pr.metric + "\", got \"" + pr.unit + "\"");
    }
}

void LessonParser::kindField(const json& j, const char* key, const std::string& p, std::string& out,
                             bool required)
{
    if (m_r.string(j, key, p, out, required) && !findKind(out))
        m_r.error(p + "." + key, "unknown component kind \"" + out + "\"");
}

void LessonParser::check(const json& j, const std::string& p, LessonCheck& c)
{
    if (!j.is_object()) {
        m_r.error(p, "expected an object");
        return;
    }
    if (!m_r.string(j, "check", p, c.type, true))
        return;
    static const std::map<std::string, std::vector<std::string>> fields = {
        {"has_component", {"kind", "min", "max"}},
        {"connection", {"from_kind", "to_kind"}},
        {"path", {"from_kind", "to_kind"}},
        {"no_spof", {"capability", "kind"}},
        {"can_serve", {"capability"}},
        {"param", {"kind", "key", "op", "value", "match"}},
        {"reads_via_replica", {}},
        {"spread", {"kind", "min"}},
        {"metric", {"metric", "op", "value", "window", "agg", "kind"}},
    };
    auto f = fields.find(c.type);
    if (f == fields.end()) {
        std::string list;
        for (const auto& [k, v] : fields)
            list += (list.empty() ? "" : ", ") + k;
        m_r.error(p + ".check", "unknown check \"" + c.type + "\" (expected one of: " + list + ")");
        return;
    }
    std::vector<std::string> allowed = f->second;
    allowed.push_back("check");
    allowed.push_back("label");
    if (!m_r.object(j, p, allowed))
        return;
    m_r.string(j, "label", p, c.label);
    const std::string& t = c.type;
    auto opField = [&](bool required) {
        std::string op;
        if (m_r.string(j, "op", p, op, required) && !parseOp(op, c.op))
            m_r.error(p + ".op", "expected one of <, <=, >, >=, ==, !=, got \"" + op + "\"");
    };
    if (t == "has_component" || t == "spread") {
        kindField(j, "kind", p, c.kind, true);
        m_r.number(j, "min", p, c.min, 0, 1e6);
        m_r.number(j, "max", p, c.max, 0, 1e6);
    } else if (t == "connection" || t == "path") {
        kindField(j, "from_kind", p, c.fromKind, true);
        kindField(j, "to_kind", p, c.toKind, true);
    } else if (t == "no_spof" || t == "can_serve") {
        if (t == "no_spof")
            kindField(j, "kind", p, c.kind, false);
        if (m_r.string(j, "capability", p, c.capability, true) && c.capability != "read" &&
            c.capability != "write" && c.capability != "static")
            m_r.error(p + ".capability",
                      "expected \"read\", \"write\" or \"static\", got \"" + c.capability + "\"");
    } else if (t == "param") {
        kindField(j, "kind", p, c.kind, true);
        opField(true);
        if (m_r.string(j, "match", p, c.match) && c.match != "all" && c.match != "any")
            m_r.error(p + ".match", "expected \"all\" or \"any\", got \"" + c.match + "\"");
        const KindSpec* k = findKind(c.kind);
        if (m_r.string(j, "key", p, c.key, true) && k && !k->param(c.key))
            m_r.error(p + ".key", "a " + k->displayName + " has no parameter \"" + c.key + "\"");
        auto v = j.find("value");
        if (v == j.end())
            m_r.error(p + ".value", "missing");
        else if (v->is_number())
            c.value = v->get<double>();
        else if (v->is_string()) {
            c.value = v->get<std::string>();
            if (c.op != CompareOp::Equal && c.op != CompareOp::NotEqual)
                m_r.error(p + ".op", "a text value can only be compared with == or !=");
            if (k && k->param(c.key))
                if (std::string why = checkParamValue(*k->param(c.key), c.value); !why.empty())
                    m_r.error(p + ".value", why);
        } else
            m_r.error(p + ".value", "expected a number or a string");
    } else if (t == "metric") {
        const auto& names = lessonMetricNames();
        if (m_r.string(j, "metric", p, c.metric, true) &&
            std::find(names.begin(), names.end(), c.metric) == names.end()) {
            std::string list;
            for (const auto& n : names)
                list += (list.empty() ? "" : ", ") + n;
            m_r.error(p + ".metric",
                      "unknown metric \"" + c.metric + "\" (expected one of: " + list + ")");
        }
        opField(true);
        double v = 0;
        m_r.number(j, "value", p, v, -1e12, 1e12, true);
        c.value = v;
        kindField(j, "kind", p, c.kind, c.metric == "max_utilization");
        metricWindow(j, p, c.metric, c.window, c.windowMax);
    }
}

void LessonParser::selector(const std::string& sel, const std::string& p)
{
    if (sel.rfind("kind:", 0) == 0) {
        std::string k = sel.substr(5);
        if (auto h = k.find('#'); h != std::string::npos) {
            const std::string n = k.substr(h + 1);
            k = k.substr(0, h);
            if (n.empty() || n.size() > 4 ||
                !std::all_of(n.begin(), n.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) ||
                std::stoi(n) < 1)
                m_r.error(p, "expected \"kind:<kind>#<n>\" with n = 1, 2, ...");
        }
        if (!findKind(k))
            m_r.error(p, "unknown component kind \"" + k + "\" in selector");
    } else if (sel.rfind("role:", 0) == 0) {
        if (sel != "role:primary" && sel != "role:replica")
            m_r.error(p, "expected \"role:primary\" or \"role:replica\"");
    } else if (sel.empty()) {
        m_r.error(p, "expected a component id or a selector such as \"kind:web_server\"");
    }
}

void LessonParser::event(const json& j, const std::string& p, TimelineEvent& e)
{
    if (!m_r.object(
            j, p, {"at_s", "type", "target", "target2", "duration_s", "factor", "value", "label"}))
        return;
    m_r.number(j, "at_s", p, e.atS, 0, 1e7, true);
    if (m_r.string(j, "type", p, e.type, true)) {
        const EventKind* spec = findInjectableEventKind(e.type);
        if (!spec)
            m_r.error(p + ".type", "unknown event type \"" + e.type + "\"");
        if (m_r.string(j, "target", p, e.target, spec && spec->needsTarget()))
            selector(e.target, p + ".target");
        if (m_r.string(j, "target2", p, e.target2, spec && spec->needsTarget2()))
            selector(e.target2, p + ".target2");
    }
    m_r.number(j, "duration_s", p, e.durationS, 0, 1e7);
    m_r.number(j, "factor", p, e.factor, 0, 1e6);
    m_r.number(j, "value", p, e.value, -1e9, 1e9);
    m_r.string(j, "label", p, e.label);
}

void LessonParser::experiment(const json& j, const std::string& p, Experiment& e)
{
    if (!m_r.object(
            j, p,
            {"duration_s", "warmup_s", "seed", "rate_rps", "users", "zipf_exponent", "timeline"}))
        return;
    m_r.number(j, "duration_s", p, e.durationS, 1, 3600, true);
    m_r.number(j, "warmup_s", p, e.warmupS, 0, 3600);
    if (e.warmupS >= e.durationS)
        m_r.error(p + ".warmup_s", "expected less than duration_s");
    double seed = 1;
    if (m_r.number(j, "seed", p, seed, 0, 9007199254740991.0))
        e.seed = static_cast<std::uint64_t>(seed);
    double v = 0;
    if (m_r.number(j, "rate_rps", p, v, 0, 1e7))
        e.rateRps = v;
    if (m_r.number(j, "users", p, v, 1, 1e8))
        e.users = v;
    if (m_r.number(j, "zipf_exponent", p, v, 0, 5))
        e.zipfExponent = v;
    if (auto it = j.find("timeline"); it != j.end()) {
        if (!it->is_array()) {
            m_r.error(p + ".timeline", "expected an array of events");
            return;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            TimelineEvent ev;
            event((*it)[i], p + ".timeline[" + std::to_string(i) + "]", ev);
            e.events.push_back(std::move(ev));
        }
    }
}

} // namespace

LessonLoadResult parseLesson(const std::string& text, const std::string& fileName,
                             const LessonSource& source)
{
    LessonLoadResult result;
    JsonReader r(result.errors, fileName);
    json root;
    if (!r.parse(text, root))
        return result;
    Lesson l;
    l.file = fileName;
    LessonParser(r, source).lesson(root, l);
    if (result.errors.empty())
        result.lesson = std::move(l);
    return result;
}

LessonLoadResult loadLessonDirectory(const std::string& dir, const std::string& language)
{
    DirectoryLessonSource source{std::filesystem::path(dir)};
    return loadLesson(source, language);
}

LessonCatalog loadLessonCatalog(const std::string& root, const std::string& language)
{
    namespace fs = std::filesystem;
    LessonCatalog cat;
    std::vector<fs::path> dirs;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root, ec))
        if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / "lesson.json", ec))
            dirs.push_back(entry.path());
    if (ec)
        cat.errors.push_back({root, "", "cannot list the lessons folder: " + ec.message()});
    std::sort(dirs.begin(), dirs.end());
    for (const auto& d : dirs) {
        LessonLoadResult r = loadLessonDirectory(d.string(), language);
        cat.errors.insert(cat.errors.end(), r.translationErrors.begin(),
                          r.translationErrors.end());
        if (r.lesson)
            cat.lessons.push_back(std::move(*r.lesson));
        cat.errors.insert(cat.errors.end(), r.errors.begin(), r.errors.end());
    }
    return cat;
}

} // namespace scalelab::core
