#include "ui/ChannelIcons.h"

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must sit outside any namespace. Calling it from the icon lookups makes
// the linker keep the compiled resources of this static library.
static void initIconResources()
{
    static const bool once = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(once);
}

namespace switchboard::ui {

QIcon ChannelIcons::of(protocol::Channel channel)
{
    initIconResources();
    return QIcon(u":/icons/channel-"_s + protocol::wireName(channel) + u".svg"_s);
}

QIcon ChannelIcons::note()
{
    initIconResources();
    return QIcon(u":/icons/note.svg"_s);
}

QIcon ChannelIcons::feedback()
{
    initIconResources();
    return QIcon(u":/icons/feedback.svg"_s);
}

QIcon ChannelIcons::search()
{
    initIconResources();
    return QIcon(u":/icons/search.svg"_s);
}

} // namespace switchboard::ui
