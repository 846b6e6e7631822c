// The workspace's two colour schemes, light and dark, as a QPalette for the application
// plus the few colours a palette has no role for (internal notes, outbound messages,
// warnings, presence). Delegates ask for those here, so both schemes stay readable.
#pragma once

#include "protocol/Enums.h"

#include <QColor>
#include <QPalette>

namespace switchboard::ui {

class WorkspacePalette {
public:
    static QPalette light();
    static QPalette dark();
    // Whether `palette` is a dark one (its window darker than its text).
    static bool isDark(const QPalette& palette);

    static QColor noteBackground(const QPalette& palette);
    static QColor noteAccent(const QPalette& palette);
    static QColor outboundBackground(const QPalette& palette);
    static QColor inboundBackground(const QPalette& palette);
    static QColor groupHeaderBackground(const QPalette& palette);
    static QColor secondaryText(const QPalette& palette);
    static QColor warning(const QPalette& palette);
    static QColor danger(const QPalette& palette);
    static QColor presence(protocol::Presence presence);
    static QColor priority(protocol::Priority priority);
};

} // namespace switchboard::ui
