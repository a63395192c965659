// SPDX-License-Identifier: GPL-3.0-or-later
// anchor-probe: the anchors' M/M/c and tandem models as a bare event loop, with no
// engine, no components and no statistics beyond what the RESULT line needs. It is a
// yardstick, not part of ScaleLab: run it in the same run_anchors.sh invocation as
// scalelab-bench to see how close the real core comes to the cheapest possible loop
// on the same machine and load (see docs/performance.md).
//
// It speaks the anchors' contract (README.md of the anchor harness, ../shared/anchors/perf/ beside the repository): the common
// random streams, the draw order, one RESULT line.
#include "SojournStats.h"
#include "sim/Random.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace {

using scalelab::core::RandomStream;

/// A pending event: time in ns, then a sequence number for deterministic ties; `what`
/// is 0 for the next arrival, k+1 for a completion at station k; `who` the customer.
struct Ev
{
    std::int64_t t;
    std::uint64_t seq;
    std::uint32_t what, who;
};

bool before(const Ev& a, const Ev& b) { return a.t < b.t || (a.t == b.t && a.seq < b.seq); }

/// Binary min-heap; the models never hold more than c+1 or 5 events.
struct Heap
{
    std::vector<Ev> v;
    void push(const Ev& e)
    {
        std::size_t i = v.size();
        v.push_back(e);
        while (i > 0) {
            const std::size_t p = (i - 1) / 2;
            if (!before(e, v[p]))
                break;
            v[i] = v[p];
            i = p;
        }
        v[i] = e;
    }
    Ev pop()
    {
        const Ev top = v.front();
        const Ev last = v.back();
        v.pop_back();
        const std::size_t n = v.size();
        std::size_t i = 0;
        for (;;) {
            std::size_t m = 2 * i + 1;
            if (m >= n)
                break;
            if (m + 1 < n && before(v[m + 1], v[m]))
                ++m;
            if (!before(v[m], last))
                break;
            v[i] = v[m];
            i = m;
        }
        if (n > 0)
            v[i] = last;
        return top;
    }
};

/// FIFO of waiting customers (a growable ring).
struct Fifo
{
    std::vector<std::uint32_t> buf = std::vector<std::uint32_t>(64);
    std::size_t head = 0, count = 0;
    void push(std::uint32_t x)
    {
        if (count == buf.size()) {
            std::vector<std::uint32_t> bigger(buf.size() * 2);
            for (std::size_t k = 0; k < count; ++k)
                bigger[k] = buf[(head + k) % buf.size()];
            buf.swap(bigger);
            head = 0;
        }
        buf[(head + count) % buf.size()] = x;
        ++count;
    }
    std::uint32_t pop()
    {
        const std::uint32_t x = buf[head];
        head = head + 1 == buf.size() ? 0 : head + 1;
        --count;
        return x;
    }
};

std::string arg(int argc, char** argv, const char* key, const char* fallback)
{
    const std::size_t len = std::strlen(key);
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
            return argv[i] + len + 1;
    return fallback;
}

/// Seconds to whole nanoseconds, rounded to nearest (the delays are never negative).
std::int64_t ns(double seconds) { return static_cast<std::int64_t>(seconds * 1e9 + 0.5); }

} // namespace

int main(int argc, char** argv)
{
    const std::string model = arg(argc, argv, "--model", "mmc");
    const std::string lambdaText = arg(argc, argv, "--lambda", "900");
    const std::string musText = arg(argc, argv, "--mus", "1000");
    const double lambda = std::strtod(lambdaText.c_str(), nullptr);
    const int c = std::atoi(arg(argc, argv, "--c", "1").c_str());
    const auto n = std::strtoull(arg(argc, argv, "--n", "1000000").c_str(), nullptr, 10);
    const auto seed = std::strtoull(arg(argc, argv, "--seed", "1").c_str(), nullptr, 10);
    std::vector<double> mus;
    for (const char* p = musText.c_str(); *p;) {
        char* end = nullptr;
        mus.push_back(std::strtod(p, &end));
        p = *end == ',' ? end + 1 : end;
    }
    const std::size_t stations = mus.size();
    if ((model != "mmc" && model != "tandem") || stations == 0 || (model == "mmc" && stations != 1) ||
        !(lambda > 0) || c < 1 || n == 0 || n > 0xFFFFFFFFull) {
        std::fprintf(stderr, "anchor-probe: expected --model=mmc|tandem --lambda>0 --mus --c>=1 --n>0\n");
        return 2;
    }

    RandomStream arrivals(seed, 0);
    std::vector<RandomStream> service;
    std::vector<double> meanS;
    for (std::size_t k = 0; k < stations; ++k) {
        service.emplace_back(seed, k + 1);
        meanS.push_back(1.0 / mus[k]);
    }
    std::vector<int> busy(stations, 0);
    std::vector<Fifo> queue(stations);
    std::vector<std::int64_t> born(n);
    std::vector<double> sojourn;
    sojourn.reserve(n);
    Heap heap;
    heap.v.reserve(64);
    std::uint64_t seq = 0, events = 0;
    std::uint32_t generated = 0;
    std::int64_t now = 0;
    const double meanArrival = 1.0 / lambda;

    auto start = [&](std::size_t k, std::uint32_t who) {
        ++busy[k];
        heap.push({now + ns(-std::log(service[k].uniform()) * meanS[k]), seq++, static_cast<std::uint32_t>(k + 1), who});
    };
    auto join = [&](std::size_t k, std::uint32_t who) {
        if (busy[k] < c)
            start(k, who);
        else
            queue[k].push(who);
    };

    const auto t0 = std::chrono::steady_clock::now();
    heap.push({ns(-std::log(arrivals.uniform()) * meanArrival), seq++, 0, 0});
    while (!heap.v.empty()) {
        const Ev e = heap.pop();
        now = e.t;
        ++events;
        if (e.what == 0) {
            const std::uint32_t who = generated++;
            born[who] = now;
            if (generated < n)
                heap.push({now + ns(-std::log(arrivals.uniform()) * meanArrival), seq++, 0, 0});
            join(0, who);
            continue;
        }
        const std::size_t k = e.what - 1;
        --busy[k];
        if (queue[k].count > 0)
            start(k, queue[k].pop());
        if (k + 1 < stations)
            join(k + 1, e.who);
        else
            sojourn.push_back(static_cast<double>(now - born[e.who]) * 1e-9);
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    const std::size_t completed = sojourn.size();
    const scalelab::bench::SojournStats st = scalelab::bench::sojournStats(sojourn);
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("RESULT engine=probe model=%s lambda=%g mus=%s c=%d rng=common seed=%llu customers=%llu "
                "completed=%zu events=%llu wall_s=%.6f mean_sojourn_s=%.12g p99_sojourn_s=%.12g ci95_s=%.12g "
                "engine_events=%llu sim_time_s=%.6f events_per_s=%.0f maxrss_mb=%.1f\n",
                model.c_str(), lambda, musText.c_str(), c, seed, static_cast<unsigned long long>(n), completed,
                static_cast<unsigned long long>(n * (1 + stations)), wall, st.mean, st.p99, st.ci95,
                static_cast<unsigned long long>(events), static_cast<double>(now) * 1e-9,
                static_cast<double>(events) / wall, static_cast<double>(ru.ru_maxrss) / 1024.0);
    return completed == n ? 0 : 1;
}
