#include "ui/WorkspacePalette.h"

namespace switchboard::ui {

namespace {

QPalette make(QColor window, QColor base, QColor alternate, QColor text, QColor mid,
    QColor highlight, QColor highlightedText, QColor button)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Midlight, alternate);
    p.setColor(QPalette::Dark, mid.darker(130));
    p.setColor(QPalette::Light, base);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    // Half-way between text and background: readable, yet plainly not typed text.
    QColor placeholder;
    placeholder.setRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
        (text.blueF() + base.blueF()) / 2);
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::Link, highlight);
    QColor disabled = text;
    disabled.setAlpha(110);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

} // namespace

QPalette WorkspacePalette::light()
{
    return make(QColor(0xf4, 0xf5, 0xf7), Qt::white, QColor(0xf8, 0xf9, 0xfb),
        QColor(0x1f, 0x23, 0x28), QColor(0xd5, 0xd9, 0xe0), QColor(0xdb, 0xe7, 0xfb),
        QColor(0x10, 0x2a, 0x5c), QColor(0xfb, 0xfb, 0xfc));
}

QPalette WorkspacePalette::dark()
{
    return make(QColor(0x1d, 0x20, 0x25), QColor(0x24, 0x28, 0x2e), QColor(0x2a, 0x2e, 0x35),
        QColor(0xe6, 0xe8, 0xeb), QColor(0x3d, 0x43, 0x4c), QColor(0x2c, 0x4a, 0x7c),
        QColor(0xf2, 0xf6, 0xff), QColor(0x2e, 0x33, 0x3a));
}

bool WorkspacePalette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

QColor WorkspacePalette::noteBackground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x45, 0x3a, 0x1c) : QColor(0xff, 0xf6, 0xd6);
}

QColor WorkspacePalette::noteAccent(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xe0, 0xb0, 0x40) : QColor(0xc2, 0x8a, 0x12);
}

QColor WorkspacePalette::outboundBackground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x23, 0x36, 0x52) : QColor(0xea, 0xf1, 0xfd);
}

QColor WorkspacePalette::inboundBackground(const QPalette& palette)
{
    return palette.color(QPalette::Base);
}

QColor WorkspacePalette::groupHeaderBackground(const QPalette& palette)
{
    return palette.color(QPalette::AlternateBase);
}

QColor WorkspacePalette::secondaryText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x9a, 0xa3, 0xae) : QColor(0x5f, 0x67, 0x73);
}

QColor WorkspacePalette::warning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x3c) : QColor(0xb4, 0x6a, 0x00);
}

QColor WorkspacePalette::danger(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

QColor WorkspacePalette::presence(protocol::Presence presence)
{
    switch (presence) {
    case protocol::Presence::Available:
        return QColor(0x2e, 0xa0, 0x43);
    case protocol::Presence::Busy:
        return QColor(0xd2, 0x3f, 0x31);
    case protocol::Presence::Away:
        return QColor(0xe3, 0x9b, 0x1b);
    case protocol::Presence::Offline:
        return QColor(0x8a, 0x91, 0x9c);
    }
    return {};
}

QColor WorkspacePalette::priority(protocol::Priority priority)
{
    switch (priority) {
    case protocol::Priority::Low:
        return QColor(0x8a, 0x91, 0x9c);
    case protocol::Priority::Normal:
        return QColor(0x5f, 0x67, 0x73);
    case protocol::Priority::High:
        return QColor(0xe0, 0x7b, 0x00);
    case protocol::Priority::Urgent:
        return QColor(0xd2, 0x3f, 0x31);
    }
    return {};
}

} // namespace switchboard::ui
