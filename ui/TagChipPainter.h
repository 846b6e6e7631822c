// Draws a tag as a small rounded chip in the tag's colour, the same way in the inbox
// list and the conversation header, readable on light and dark backgrounds.
#pragma once

#include <QColor>
#include <QFont>
#include <QRect>
#include <QString>

class QPainter;

namespace switchboard::ui {

class TagChipPainter {
public:
    static constexpr int kHeight = 18;
    static constexpr int kGap = 4;

    static QFont font(const QFont& base);
    static int width(const QFont& base, const QString& name);
    // Paints the chip with its top-left at `origin`; returns its width.
    static int paint(QPainter& painter, QPoint origin, const QFont& base, const QString& name,
        const QColor& colour, bool darkBackground);
};

} // namespace switchboard::ui
