// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/DiagramScene.h"

#include "analysis/GraphAnalysis.h"
#include "canvas/ComponentItem.h"
#include "canvas/ConnectionItem.h"
#include "commands/Commands.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsView>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <set>

namespace scalelab::ui {

DiagramScene::DiagramScene(Document* document, QUndoStack* undoStack, QObject* parent)
    : QGraphicsScene(parent), m_doc(document), m_stack(undoStack)
{
    setItemIndexMethod(QGraphicsScene::NoIndex); // items move often; few hundred at most
    connect(m_doc, &Document::scenarioReset, this, &DiagramScene::rebuild);
    connect(m_doc, &Document::componentAdded, this, &DiagramScene::addComponentItem);
    connect(m_doc, &Document::componentRemoved, this, &DiagramScene::removeComponentItem);
    connect(m_doc, &Document::componentChanged, this, &DiagramScene::onComponentChanged);
    connect(m_doc, &Document::componentMoved, this, &DiagramScene::onComponentChanged);
    connect(m_doc, &Document::connectionAdded, this, &DiagramScene::addConnectionItem);
    connect(m_doc, &Document::connectionRemoved, this, &DiagramScene::removeConnectionItem);
    m_animation.setInterval(33);
    connect(&m_animation, &QTimer::timeout, this, [this] {
        m_phaseS = m_clock.elapsed() / 1000.0;
        for (auto& [key, item] : m_connections)
            if (item->live())
                item->update();
    });
    rebuild();
}

DiagramScene::~DiagramScene() = default;

ComponentItem* DiagramScene::componentItem(const QString& id) const
{
    auto it = m_components.find(id);
    return it == m_components.end() ? nullptr : it->second;
}

ConnectionItem* DiagramScene::connectionItem(const QString& from, const QString& to) const
{
    auto it = m_connections.find({from, to});
    return it == m_connections.end() ? nullptr : it->second;
}

void DiagramScene::rebuild()
{
    clearSelection();
    for (auto& [key, item] : m_connections)
        delete item;
    m_connections.clear();
    for (auto& [id, item] : m_components)
        delete item;
    m_components.clear();
    delete m_rubberLine;
    m_rubberLine = nullptr;
    m_keyboardConnect = false;
    m_connectFrom.clear();
    // Data centers first so their boxes can be sized around members.
    for (const auto& c : m_doc->scenario().components)
        addComponentItem(QString::fromStdString(c.id));
    for (const auto& c : m_doc->scenario().connections)
        addConnectionItem(QString::fromStdString(c.from), QString::fromStdString(c.to));
    refreshDatacenters();
    refreshSpofs();
}

void DiagramScene::addComponentItem(const QString& id)
{
    const core::Component* c = m_doc->component(id);
    if (!c || m_components.count(id))
        return;
    ComponentItem* item =
        c->kind == "datacenter" ? new DatacenterItem(this, id) : new ComponentItem(this, id);
    addItem(item);
    m_components[id] = item;
    refreshDatacenters();
    refreshSpofs();
}

void DiagramScene::removeComponentItem(const QString& id)
{
    auto it = m_components.find(id);
    if (it == m_components.end())
        return;
    delete it->second;
    m_components.erase(it);
    refreshDatacenters();
    refreshSpofs();
}

void DiagramScene::onComponentChanged(const QString& id)
{
    if (ComponentItem* item = componentItem(id)) {
        item->sync();
        updateConnectionsOf(id);
    }
    refreshDatacenters();
    refreshSpofs();
}

void DiagramScene::addConnectionItem(const QString& from, const QString& to)
{
    if (m_connections.count({from, to}))
        return;
    auto* item = new ConnectionItem(this, from, to);
    addItem(item);
    m_connections[{from, to}] = item;
    refreshSpofs();
}

void DiagramScene::removeConnectionItem(const QString& from, const QString& to)
{
    auto it = m_connections.find({from, to});
    if (it == m_connections.end())
        return;
    delete it->second;
    m_connections.erase(it);
    refreshSpofs();
}

void DiagramScene::updateConnectionsOf(const QString& id)
{
    for (auto& [key, item] : m_connections)
        if (key.first == id || key.second == id)
            item->updatePath();
}

void DiagramScene::refreshDatacenters()
{
    for (auto& [id, item] : m_components)
        if (item->isDatacenter())
            item->sync();
}

void DiagramScene::refreshSpofs()
{
    std::set<std::string> spofs;
    if (m_showSpofs) {
        for (auto cap :
             {core::Capability::Read, core::Capability::Write, core::Capability::Static}) {
            if (!core::canServe(m_doc->scenario(), cap))
                continue;
            for (const auto& id : core::singlePointsOfFailure(m_doc->scenario(), cap))
                spofs.insert(id);
        }
    }
    for (auto& [id, item] : m_components)
        item->setSpof(spofs.count(id.toStdString()) > 0 && item->kind() != QLatin1String("users"));
}

void DiagramScene::setMinLabelPx(qreal px)
{
    if (px == m_minLabelPx)
        return;
    m_minLabelPx = px;
    update(); // the boxes read it when they paint
}

void DiagramScene::setShowSpofs(bool on)
{
    m_showSpofs = on;
    refreshSpofs();
    if (on) {
        int n = 0;
        for (auto& [id, item] : m_components)
            n += item->isSpof() ? 1 : 0;
        Q_EMIT statusMessage(
            n == 0 ? tr("No single point of failure: every capability survives the loss of any one "
                        "component.")
                   : tr("%n single point(s) of failure outlined in purple.", nullptr, n));
    }
}

QStringList DiagramScene::selectedComponentIds() const
{
    QStringList out;
    for (const auto& c : m_doc->scenario().components) { // document order, stable
        ComponentItem* item = componentItem(QString::fromStdString(c.id));
        if (item && item->isSelected())
            out << item->id();
    }
    return out;
}

std::vector<std::pair<QString, QString>> DiagramScene::selectedConnections() const
{
    std::vector<std::pair<QString, QString>> out;
    for (auto& [key, item] : m_connections)
        if (item->isSelected())
            out.push_back(key);
    return out;
}

void DiagramScene::selectComponents(const QStringList& ids)
{
    clearSelection();
    for (const QString& id : ids)
        if (ComponentItem* item = componentItem(id))
            item->setSelected(true);
}

QPointF DiagramScene::snap(QPointF p) const
{
    return {std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid};
}

ComponentItem* DiagramScene::componentAt(QPointF scenePos, const QString& exclude) const
{
    ComponentItem* best = nullptr;
    for (auto& [id, item] : m_components) {
        if (id == exclude || item->isDatacenter())
            continue;
        if (item->sceneBox().adjusted(-4, -4, 4, 4).contains(scenePos))
            best = item;
    }
    return best;
}

QString DiagramScene::datacenterAt(QPointF scenePos, const QString& exclude) const
{
    for (auto& [id, item] : m_components)
        if (item->isDatacenter() && id != exclude && item->sceneBox().contains(scenePos))
            return id;
    return {};
}

QString DiagramScene::addComponentAt(const QString& kind, QPointF scenePos)
{
    const core::KindSpec* spec = core::findKind(kind.toStdString());
    if (!spec)
        return {};
    core::Component c;
    c.kind = spec->id;
    c.id = m_doc->scenario().uniqueId(c.kind);
    const auto dash = c.id.rfind('-');
    const std::string number = dash == std::string::npos ? std::string() : c.id.substr(dash + 1);
    c.name = spec->displayName + (number == "1" || number.empty() ? std::string() : " " + number);
    const QPointF topLeft =
        snap(scenePos - QPointF(ComponentItem::kWidth / 2, ComponentItem::kHeight / 2));
    c.position = {topLeft.x(), topLeft.y()};
    if (c.kind != "datacenter")
        c.datacenter = datacenterAt(scenePos).toStdString();
    const QString id = QString::fromStdString(c.id);
    m_stack->push(new AddComponentCommand(m_doc, c));
    selectComponents({id});
    return id;
}

bool DiagramScene::connectComponents(const QString& from, const QString& to, QString* reason)
{
    const core::Component* a = m_doc->component(from);
    const core::Component* b = m_doc->component(to);
    QString why;
    if (!a || !b)
        why = tr("Connect two components.");
    else if (from == to)
        why = tr("A component cannot connect to itself.");
    else if (connectionItem(from, to))
        why = tr("%1 is already connected to %2.")
                  .arg(QString::fromStdString(a->name), QString::fromStdString(b->name));
    else
        why = QString::fromStdString(core::connectionRefusal(a->kind, b->kind));
    if (!why.isEmpty()) {
        if (reason)
            *reason = why;
        Q_EMIT statusMessage(why);
        return false;
    }
    core::Connection c;
    c.from = a->id;
    c.to = b->id;
    m_stack->push(new AddConnectionCommand(m_doc, c));
    return true;
}

void DiagramScene::deleteSelection()
{
    if (QUndoCommand* cmd = makeDeleteCommand(m_doc, selectedComponentIds(), selectedConnections()))
        m_stack->push(cmd);
}

QString DiagramScene::currentComponentId() const
{
    if (auto* focus = dynamic_cast<ComponentItem*>(focusItem()); focus && focus->isSelected())
        return focus->id();
    const QStringList ids = selectedComponentIds();
    return ids.isEmpty() ? QString() : ids.first();
}

std::vector<std::pair<QString, QString>> DiagramScene::keyboardOrder() const
{
    std::vector<std::pair<QString, QString>> out;
    for (const auto& c : m_doc->scenario().components)
        if (componentItem(QString::fromStdString(c.id)))
            out.emplace_back(QString::fromStdString(c.id), QString());
    for (const auto& c : m_doc->scenario().connections)
        if (connectionItem(QString::fromStdString(c.from), QString::fromStdString(c.to)))
            out.emplace_back(QString::fromStdString(c.from), QString::fromStdString(c.to));
    return out;
}

void DiagramScene::makeCurrent(QGraphicsItem* item)
{
    clearSelection();
    item->setSelected(true);
    auto* component = dynamic_cast<ComponentItem*>(item);
    setFocusItem(component, Qt::OtherFocusReason);
    for (QGraphicsView* v : views())
        v->ensureVisible(component ? component->sceneBox() : item->sceneBoundingRect(), 40, 40);
    if (m_keyboardConnect && m_rubberLine && component)
        updateConnection(component->sceneBox().center());
    std::pair<QString, QString> key;
    if (component)
        key = {component->id(), QString()};
    else if (auto* link = dynamic_cast<ConnectionItem*>(item))
        key = {link->from(), link->to()};
    const auto order = keyboardOrder();
    const auto it = std::find(order.begin(), order.end(), key);
    if (it != order.end())
        Q_EMIT keyboardCurrentChanged(static_cast<int>(it - order.begin()));
}

bool DiagramScene::selectInOrder(bool next)
{
    auto order = keyboardOrder();
    if (m_keyboardConnect)
        order.erase(std::remove_if(order.begin(), order.end(),
                                   [this](const auto& k) {
                                       return !k.second.isEmpty() || k.first == m_connectFrom;
                                   }),
                    order.end());
    if (order.empty())
        return false;
    int current = -1;
    if (const QString id = currentComponentId(); !id.isEmpty()) {
        for (std::size_t i = 0; i < order.size(); ++i)
            if (order[i].second.isEmpty() && order[i].first == id)
                current = static_cast<int>(i);
    } else if (const auto links = selectedConnections(); !links.empty()) {
        for (std::size_t i = 0; i < order.size(); ++i)
            if (order[i] == links.front())
                current = static_cast<int>(i);
    }
    const int n = static_cast<int>(order.size());
    const int target = current < 0 ? (next ? 0 : n - 1) : current + (next ? 1 : -1);
    if (target < 0 || target >= n) {
        clearSelection(); // the next Tab into the canvas starts again at the first
        return false;
    }
    const auto& key = order[static_cast<std::size_t>(target)];
    QGraphicsItem* item = key.second.isEmpty()
                              ? static_cast<QGraphicsItem*>(componentItem(key.first))
                              : static_cast<QGraphicsItem*>(connectionItem(key.first, key.second));
    makeCurrent(item);
    return true;
}

QString DiagramScene::selectNeighbour(int dx, int dy)
{
    const QString exclude = m_keyboardConnect ? m_connectFrom : QString();
    ComponentItem* from = componentItem(currentComponentId());
    if (!from && m_keyboardConnect)
        from = componentItem(m_connectFrom);
    ComponentItem* best = nullptr;
    if (!from) {
        for (const auto& c : m_doc->scenario().components) { // document order
            ComponentItem* item = componentItem(QString::fromStdString(c.id));
            if (item && item->id() != exclude) {
                best = item;
                break;
            }
        }
    } else {
        // Nearest centre ahead in the direction; sideways distance counts double, so the
        // component straight ahead wins over a closer one off to the side.
        const QPointF origin = from->sceneBox().center();
        double bestScore = 0;
        for (const auto& [id, item] : m_components) {
            if (item == from || id == exclude)
                continue;
            const QPointF d = item->sceneBox().center() - origin;
            const double along = d.x() * dx + d.y() * dy;
            if (along <= 0.5)
                continue;
            const double side = dx != 0 ? std::abs(d.y()) : std::abs(d.x());
            const double score = along + 2 * side;
            if (!best || score < bestScore) {
                best = item;
                bestScore = score;
            }
        }
    }
    if (!best)
        return {};
    makeCurrent(best);
    return best->id();
}

bool DiagramScene::moveSelectionBy(int dx, int dy)
{
    const QStringList ids = selectedComponentIds();
    if (ids.isEmpty())
        return false;
    beginDrag(); // as a drag: members follow their data center, membership is updated
    for (const QString& id : ids)
        if (ComponentItem* item = componentItem(id))
            item->setPos(item->pos() + QPointF(dx * kGrid, dy * kGrid));
    endDrag();
    if (ComponentItem* item = componentItem(currentComponentId()))
        for (QGraphicsView* v : views())
            v->ensureVisible(item->sceneBox(), 40, 40);
    return true;
}

bool DiagramScene::beginKeyboardConnection()
{
    const QStringList ids = selectedComponentIds();
    ComponentItem* source = ids.size() == 1 ? componentItem(ids.first()) : nullptr;
    if (!source) {
        Q_EMIT statusMessage(tr("Select one component first (Tab or the arrow keys), then "
                                "press C to connect it."));
        return false;
    }
    if (!source->hasHandle()) {
        Q_EMIT statusMessage(
            tr("%1 does not send requests to other components.")
                .arg(QString::fromStdString(m_doc->component(source->id())->name)));
        return false;
    }
    beginConnection(source->id(), source->sceneBox().center());
    m_keyboardConnect = true;
    Q_EMIT statusMessage(tr("Connecting from %1: choose the target with Tab or the arrow keys, "
                            "then press Enter (Esc cancels).")
                             .arg(QString::fromStdString(m_doc->component(source->id())->name)));
    return true;
}

bool DiagramScene::finishKeyboardConnection()
{
    if (!m_keyboardConnect)
        return false;
    const QString from = m_connectFrom;
    const QString to = currentComponentId();
    cancelKeyboardConnection();
    if (to.isEmpty() || to == from) {
        Q_EMIT statusMessage(tr("Choose the target with Tab or the arrow keys before pressing "
                                "Enter."));
        return false;
    }
    if (!connectComponents(from, to))
        return false;
    Q_EMIT statusMessage(tr("Connected %1 to %2.")
                             .arg(QString::fromStdString(m_doc->component(from)->name),
                                  QString::fromStdString(m_doc->component(to)->name)));
    return true;
}

void DiagramScene::cancelKeyboardConnection()
{
    m_keyboardConnect = false;
    m_connectFrom.clear();
    dropRubberLine();
}

void DiagramScene::dropRubberLine()
{
    delete m_rubberLine;
    m_rubberLine = nullptr;
    for (QGraphicsView* v : views())
        v->viewport()->setToolTip({});
}

void DiagramScene::beginConnection(const QString& from, QPointF scenePos)
{
    m_connectFrom = from;
    delete m_rubberLine;
    m_rubberLine = addLine(QLineF(scenePos, scenePos),
                           QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    m_rubberLine->setZValue(100);
}

void DiagramScene::updateConnection(QPointF scenePos)
{
    if (!m_rubberLine)
        return;
    m_rubberLine->setLine(QLineF(m_rubberLine->line().p1(), scenePos));
    ComponentItem* target = componentAt(scenePos, m_connectFrom);
    QString why;
    if (target) {
        const core::Component* a = m_doc->component(m_connectFrom);
        const core::Component* b = m_doc->component(target->id());
        if (a && b)
            why = QString::fromStdString(core::connectionRefusal(a->kind, b->kind));
    }
    QPen pen = m_rubberLine->pen();
    pen.setColor(why.isEmpty() ? palette().color(QPalette::Highlight) : QColor(0x8a, 0x8a, 0x8a));
    m_rubberLine->setPen(pen);
    for (QGraphicsView* v : views())
        v->viewport()->setToolTip(why);
}

void DiagramScene::finishConnection(QPointF scenePos)
{
    dropRubberLine();
    const QString from = m_connectFrom;
    m_connectFrom.clear();
    if (ComponentItem* target = componentAt(scenePos, from))
        connectComponents(from, target->id());
    else
        Q_EMIT statusMessage(tr("Drop the connection on another component."));
}

void DiagramScene::beginDrag()
{
    m_dragging = true;
}

void DiagramScene::itemMoved(ComponentItem* item)
{
    updateConnectionsOf(item->id());
    if (!m_dragging || !item->isDatacenter())
        return;
    // Members follow their data center while it is dragged.
    const core::Component* dc = m_doc->component(item->id());
    if (!dc)
        return;
    const QPointF delta = item->pos() - QPointF(dc->position.x, dc->position.y);
    for (const auto& c : m_doc->scenario().components) {
        if (c.datacenter != dc->id)
            continue;
        ComponentItem* member = componentItem(QString::fromStdString(c.id));
        if (member && !member->isSelected())
            member->setPos(QPointF(c.position.x, c.position.y) + delta);
    }
}

void DiagramScene::endDrag()
{
    if (!m_dragging)
        return;
    m_dragging = false;
    MoveComponentsCommand::Moves moves;
    std::set<QString> movedDcs;
    for (auto& [id, item] : m_components) {
        const core::Component* c = m_doc->component(id);
        if (!c)
            continue;
        const core::Point to{item->pos().x(), item->pos().y()};
        if (!(to == c->position)) {
            moves[id] = {c->position, to};
            if (item->isDatacenter())
                movedDcs.insert(id);
        }
    }
    if (moves.empty())
        return;
    auto* macro = new QUndoCommand;
    auto* move = new MoveComponentsCommand(m_doc, moves, false, macro);
    macro->setText(move->text());
    // Moving a component into or out of a data center changes its membership.
    for (const auto& [id, m] : moves) {
        ComponentItem* item = componentItem(id);
        const core::Component* c = m_doc->component(id);
        if (!item || !c || item->isDatacenter() ||
            movedDcs.count(QString::fromStdString(c->datacenter)))
            continue;
        const QString dc = datacenterAt(item->sceneBox().center());
        if (dc != QString::fromStdString(c->datacenter))
            makeSetDatacenterCommand(m_doc, id, dc, macro);
    }
    m_stack->push(macro);
}

void DiagramScene::applyFrame(const LiveFrame& frame)
{
    std::map<QString, const ComponentLive*> comps;
    for (const auto& c : frame.components)
        comps[c.id] = &c;
    for (auto& [id, item] : m_components) {
        auto it = comps.find(id);
        item->setLive(it == comps.end() ? std::nullopt : std::optional<ComponentLive>(*it->second));
    }
    std::map<std::pair<QString, QString>, const LinkLive*> links;
    double maxRps = 0;
    for (const auto& l : frame.links) {
        links[{l.from, l.to}] = &l;
        maxRps = std::max(maxRps, l.rps);
    }
    // At most ~12 dots per second leave on the busiest link.
    m_requestsPerDot = maxRps <= 12 ? 1.0 : std::pow(10.0, std::ceil(std::log10(maxRps / 12.0)));
    for (auto& [key, item] : m_connections) {
        auto it = links.find(key);
        item->setLive(it == links.end() ? std::nullopt : std::optional<LinkLive>(*it->second));
    }
    for (const auto& [id, primary] : frame.roleChanges) {
        if (primary)
            markPromoted(id);
        else
            markDemoted(id);
    }
    if (!m_live) {
        m_live = true;
        m_clock.start();
        m_animation.start();
    }
}

void DiagramScene::markPromoted(const QString& id)
{
    m_promoted.insert(id);
    m_demoted.erase(id);
    if (auto it = m_components.find(id); it != m_components.end())
        it->second->update();
}

void DiagramScene::markDemoted(const QString& id)
{
    m_demoted.insert(id);
    m_promoted.erase(id);
    if (auto it = m_components.find(id); it != m_components.end())
        it->second->update();
}

void DiagramScene::clearLive()
{
    m_live = false;
    m_promoted.clear();
    m_demoted.clear();
    m_animation.stop();
    for (auto& [id, item] : m_components)
        item->setLive(std::nullopt);
    for (auto& [key, item] : m_connections)
        item->setLive(std::nullopt);
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* e)
{
    for (QGraphicsItem* it : items(e->scenePos())) {
        if (auto* c = dynamic_cast<ComponentItem*>(it)) {
            if (!c->isSelected()) {
                clearSelection();
                c->setSelected(true);
            }
            Q_EMIT componentContextMenuRequested(c->id(), e->screenPos());
            e->accept();
            return;
        }
        if (auto* l = dynamic_cast<ConnectionItem*>(it)) {
            Q_EMIT connectionContextMenuRequested(l->from(), l->to(), e->screenPos());
            e->accept();
            return;
        }
    }
    Q_EMIT backgroundContextMenuRequested(e->scenePos(), e->screenPos());
    e->accept();
}

} // namespace scalelab::ui
