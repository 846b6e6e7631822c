#include "ui/TagChipPainter.h"

#include <QFontMetrics>
#include <QPainter>

namespace switchboard::ui {

namespace {
constexpr int kPadding = 6;
constexpr int kRadius = 4;
} // namespace

QFont TagChipPainter::font(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

int TagChipPainter::width(const QFont& base, const QString& name)
{
    return QFontMetrics(font(base)).horizontalAdvance(name) + 2 * kPadding;
}

int TagChipPainter::paint(QPainter& painter, QPoint origin, const QFont& base, const QString& name,
    const QColor& colour, bool darkBackground)
{
    const QColor c = colour.isValid() ? colour : QColor(0x8a, 0x91, 0x9c);
    const int w = width(base, name);
    const QRect rect(origin, QSize(w, kHeight));
    QColor fill = c;
    fill.setAlpha(darkBackground ? 70 : 38);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, kRadius, kRadius);
    painter.setPen(darkBackground ? c.lighter(150) : c.darker(135));
    painter.setFont(font(base));
    painter.drawText(rect, Qt::AlignCenter, name);
    painter.restore();
    return w;
}

} // namespace switchboard::ui
