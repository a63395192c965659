// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Scenario.h"

#include "model/ParamSpec.h"

#include <cmath>
#include <numbers>

namespace scalelab::core {

double Component::number(const std::string& key) const
{
    auto it = params.find(key);
    if (it != params.end())
        if (const double* d = std::get_if<double>(&it->second))
            return *d;
    if (const KindSpec* k = findKind(kind))
        if (const ParamSpec* p = k->param(key))
            return p->defaultNumber;
    return 0.0;
}

std::string Component::choice(const std::string& key) const
{
    auto it = params.find(key);
    if (it != params.end())
        if (const std::string* s = std::get_if<std::string>(&it->second))
            return *s;
    if (const KindSpec* k = findKind(kind))
        if (const ParamSpec* p = k->param(key); p && !p->choices.empty())
            return p->choices.front();
    return {};
}

double LoadCurve::factorAt(double tS) const
{
    switch (type) {
    case Type::Constant:
        return 1.0;
    case Type::Ramp:
        if (tS <= startS || endS <= startS)
            return tS <= startS ? from : to;
        if (tS >= endS)
            return to;
        return from + (to - from) * (tS - startS) / (endS - startS);
    case Type::Daily:
        return std::max(0.0, 1.0 + amplitude * std::cos(2.0 * std::numbers::pi * (tS - peakS) / periodS));
    }
    return 1.0;
}

const Component* Scenario::find(const std::string& id) const
{
    for (const auto& c : components)
        if (c.id == id)
            return &c;
    return nullptr;
}

Component* Scenario::find(const std::string& id)
{
    for (auto& c : components)
        if (c.id == id)
            return &c;
    return nullptr;
}

int Scenario::indexOf(const std::string& id) const
{
    for (std::size_t i = 0; i < components.size(); ++i)
        if (components[i].id == id)
            return static_cast<int>(i);
    return -1;
}

std::string Scenario::uniqueId(const std::string& kind) const
{
    for (int n = 1;; ++n) {
        std::string id = kind + "-" + std::to_string(n);
        if (!find(id))
            return id;
    }
}

} // namespace scalelab::core
