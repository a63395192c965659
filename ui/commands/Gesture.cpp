// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/Gesture.h"

#include <QAbstractSlider>
#include <QVariant>

namespace scalelab::ui {

namespace {
constexpr const char* kGestureProperty = "scalelabDragGesture";
int g_lastGesture = 0; // GUI thread only
} // namespace

void trackDragGestures(QAbstractSlider* slider)
{
    QObject::connect(slider, &QAbstractSlider::sliderPressed, slider,
                     [slider] { slider->setProperty(kGestureProperty, ++g_lastGesture); });
}

int dragGesture(const QAbstractSlider* slider)
{
    return slider && slider->isSliderDown() ? slider->property(kGestureProperty).toInt() : 0;
}

} // namespace scalelab::ui
