// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/Lesson.h"

namespace scalelab::core {

const char* compareOpText(CompareOp op)
{
    switch (op) {
    case CompareOp::Less:
        return "<";
    case CompareOp::LessEqual:
        return "<=";
    case CompareOp::Greater:
        return ">";
    case CompareOp::GreaterEqual:
        return ">=";
    case CompareOp::Equal:
        return "==";
    case CompareOp::NotEqual:
        return "!=";
    }
    return "?";
}

bool compare(double measured, CompareOp op, double value)
{
    if (measured != measured) // NaN: nothing measured never passes
        return false;
    switch (op) {
    case CompareOp::Less:
        return measured < value;
    case CompareOp::LessEqual:
        return measured <= value;
    case CompareOp::Greater:
        return measured > value;
    case CompareOp::GreaterEqual:
        return measured >= value;
    case CompareOp::Equal:
        return measured == value;
    case CompareOp::NotEqual:
        return measured != value;
    }
    return false;
}

const std::vector<std::string>& lessonMetricNames()
{
    static const std::vector<std::string> names = {"p50_ms",          "p95_ms",
                                                   "p99_ms",          "mean_ms",
                                                   "read_p95_ms",     "write_p95_ms",
                                                   "throughput_rps",  "error_rate",
                                                   "availability",    "failed_write_fraction",
                                                   "cache_hit_rate",  "cdn_hit_rate",
                                                   "sessions_lost",   "lost_writes",
                                                   "stale_reads",     "dead_letters",
                                                   "jobs_processed",  "queue_depth_max",
                                                   "max_utilization", "cost_per_hour",
                                                   "alerts_fired",    "servers_added",
                                                   "session_misses",  "cache_stale_reads"};
    return names;
}

bool LessonStep::needsExperiment() const
{
    for (const auto& c : checks)
        if (c.isExperiment())
            return true;
    return false;
}

} // namespace scalelab::core
