// SPDX-License-Identifier: GPL-3.0-or-later
// scalelab-bench: speed measurements of the simulation core (see docs/performance.md).
//   scalelab-bench --model=mmc|tandem --lambda= --mus=a,b --c= --n= --seed= --rng=common
//   scalelab-bench --scale [--users=N] [--sim-s=S] [--per-user]
//   scalelab-bench --queues [--pending=N] [--events=N]
//   scalelab-bench --backends [--servers=N] [--policy=P] [--autoscale-to=M] [--rate=R] [--sim-s=S]
#include "BenchCommon.h"

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <sys/resource.h>

namespace scalelab::bench {

Flags parseFlags(int argc, char** argv)
{
    Flags f;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("--", 0) != 0)
            continue;
        a = a.substr(2);
        const auto eq = a.find('=');
        if (eq == std::string::npos)
            f[a] = "";
        else
            f[a.substr(0, eq)] = a.substr(eq + 1);
    }
    return f;
}

std::string flag(const Flags& f, const std::string& key, const std::string& fallback)
{
    const auto it = f.find(key);
    return it == f.end() ? fallback : it->second;
}

std::vector<double> parseList(const std::string& text)
{
    std::vector<double> out;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ','))
        if (!item.empty())
            out.push_back(std::strtod(item.c_str(), nullptr));
    return out;
}

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

} // namespace scalelab::bench

int main(int argc, char** argv)
{
    using namespace scalelab::bench;
    const Flags flags = parseFlags(argc, argv);
    if (flags.count("help")) {
        std::puts("scalelab-bench --model=mmc|tandem --lambda=L --mus=a,b,.. --c=C --n=N --seed=S --rng=common\n"
                  "scalelab-bench --scale [--users=N] [--sim-s=S] [--per-user]\n"
                  "scalelab-bench --queues [--pending=N] [--events=N]\n"
                  "scalelab-bench --backends [--servers=N] [--policy=P] [--autoscale-to=M] [--rate=R] [--sim-s=S]");
        return 0;
    }
    if (flags.count("scale"))
        return runScale(flags, argv[0]);
    if (flags.count("queues"))
        return runQueues(flags);
    if (flags.count("backends"))
        return runBackends(flags);
    return runAnchors(flags);
}
