// The SVG icons of the workspace (one per channel, notes, feedback), from the resources.
#pragma once

#include "protocol/Enums.h"

#include <QIcon>

namespace switchboard::ui {

class ChannelIcons {
public:
    static QIcon of(protocol::Channel channel);
    static QIcon note();
    static QIcon feedback();
    static QIcon search();
};

} // namespace switchboard::ui
